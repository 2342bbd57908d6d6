import CrossCheckModel
import Foundation
import Testing

@testable import Ingest

@Suite("WARC reading")
struct WARCReaderTests {
    static let page = """
        <html lang="en"><head><title>Storm hits the coast | Example News</title></head><body><div>
        <p>A storm hit the coast on Tuesday, cutting power to thousands of homes, officials said.</p>
        <p>Emergency crews worked through the night to restore the lines, the utility company said.</p>
        </div></body></html>
        """

    static func record(type: String, uri: String, contentType: String, block: Data) -> Data {
        var head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\n"
        head += "WARC-Date: 2024-10-01T00:00:00Z\r\nContent-Type: \(contentType)\r\n"
        head += "Content-Length: \(block.count)\r\n\r\n"
        return Data(head.utf8) + block + Data("\r\n\r\n".utf8)
    }

    static func response(_ body: Data, headers: String = "Content-Type: text/html; charset=utf-8\r\n") -> Data {
        Data("HTTP/1.1 200 OK\r\n\(headers)\r\n".utf8) + body
    }

    static func chunked(_ data: Data, size: Int) -> Data {
        var out = Data()
        var index = data.startIndex
        while index < data.endIndex {
            let end = min(index + size, data.endIndex)
            out += Data("\(String(end - index, radix: 16))\r\n".utf8) + data[index..<end] + Data("\r\n".utf8)
            index = end
        }
        return out + Data("0\r\n\r\n".utf8)
    }

    static func write(_ data: Data, name: String) throws -> String {
        let path = NSTemporaryDirectory() + "crosscheck-warc-\(UUID().uuidString)-\(name)"
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func outcomes(_ data: Data, name: String = "t.warc") throws -> [RecordOutcome] {
        let path = try write(data, name: name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return ArticleReader.read(InputItem(path: path, format: .warc, isCompressed: false), manifest: nil)
    }

    @Test func chunkedGzipResponseGivesTheArticle() throws {
        let body = Self.chunked(GzipTestSupport.gzip(Data(Self.page.utf8)), size: 50)
        let http = Self.response(
            body, headers: "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")
        let warc =
            Self.record(
                type: "request", uri: "https://example.com/storm", contentType: "application/http; msgtype=request",
                block: Data("GET /storm HTTP/1.1\r\n\r\n".utf8))
            + Self.record(
                type: "response", uri: "https://example.com/storm",
                contentType: "application/http; msgtype=response", block: http)
        let outcomes = try Self.outcomes(warc)
        let articles = outcomes.compactMap(\.article)
        #expect(articles.count == 1)
        #expect(articles.first?.id == "https://example.com/storm")
        #expect(articles.first?.title == "Storm hits the coast")
        #expect(articles.first?.text.hasPrefix("A storm hit the coast") == true)
        #expect(outcomes.last?.status == .skipped)
        #expect(outcomes.last?.reason?.contains("request 1") == true)
    }

    @Test func gzipPerRecordAndWholeFileReadAlike() throws {
        let html = Self.record(
            type: "response", uri: "https://example.com/a", contentType: "application/http; msgtype=response",
            block: Self.response(Data(Self.page.utf8)))
        let image = Self.record(
            type: "response", uri: "https://example.com/a.png", contentType: "application/http; msgtype=response",
            block: Self.response(Data([0x89, 0x50, 0x4E, 0x47]), headers: "Content-Type: image/png\r\n"))
        let perRecord = GzipTestSupport.gzip(html) + GzipTestSupport.gzip(image) + GzipTestSupport.gzip(html)
        let wholeFile = GzipTestSupport.gzip(html + image + html)
        for data in [perRecord, wholeFile] {
            let outcomes = try Self.outcomes(data, name: "t.warc.gz")
            #expect(outcomes.compactMap(\.article).count == 2)
            #expect(outcomes.contains { $0.reason?.contains("non-HTML response 1") == true })
        }
    }

    @Test func malformedRecordIsReportedWithItsOffsetAndReadingGoesOn() throws {
        let good = Self.record(
            type: "response", uri: "https://example.com/b", contentType: "application/http; msgtype=response",
            block: Self.response(Data(Self.page.utf8)))
        let broken = Data("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\njunk\r\n\r\n".utf8)
        let outcomes = try Self.outcomes(broken + good)
        let failed = outcomes.filter { $0.status == .failed }
        #expect(failed.count == 1)
        #expect(failed.first?.origin.hasSuffix("@0") == true)
        #expect(failed.first?.reason?.contains("Content-Length") == true)
        #expect(outcomes.compactMap(\.article).count == 1)
    }

    @Test func truncatedRecordIsReportedWithItsOffset() throws {
        let good = Self.record(
            type: "response", uri: "https://example.com/c", contentType: "application/http; msgtype=response",
            block: Self.response(Data(Self.page.utf8)))
        let outcomes = try Self.outcomes(good + good.prefix(good.count - 40))
        #expect(outcomes.compactMap(\.article).count == 1)
        let failed = outcomes.filter { $0.status == .failed }
        #expect(failed.count == 1)
        #expect(failed.first?.origin.hasSuffix("@\(good.count)") == true)
        #expect(failed.first?.reason?.contains("truncated") == true)
    }

    @Test func falseChunkedClaimIsReadAsIs() throws {
        let response = try HTTPResponse.parse(
            Self.response(Data(Self.page.utf8), headers: "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"))
        #expect(response.isHTML)
        #expect(String(decoding: response.body, as: UTF8.self) == Self.page)
        #expect(response.notes.count == 1)
    }

    static let shared = "../shared/eval/warc"

    /// The warcio test files (../shared/eval/warc); skipped when the data folder is absent.
    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: shared), "../shared/eval/warc is absent"),
        arguments: ["example.warc.gz", "example-iana.org-chunked.warc", "example-bad-non-chunked.warc.gz"])
    func sharedWARCFilesGiveEveryHTMLResponse(file: String) {
        let path = "\(Self.shared)/\(file)"
        let outcomes = ArticleReader.read(InputItem(path: path, format: .warc, isCompressed: false), manifest: nil)
        #expect(outcomes.filter { $0.status == .failed }.isEmpty, "\(outcomes.map(\.reason))")
        #expect(outcomes.compactMap(\.article).count == 1)
        let skipped = outcomes.filter { $0.status == .skipped }.compactMap(\.reason).joined()
        #expect(skipped.contains("request") && skipped.contains("warcinfo"))
    }
}
