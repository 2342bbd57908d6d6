import Foundation
import Testing

@testable import Ingest

@Suite("Gzip decoding")
struct GzipDecoderTests {
    /// Arabic and ASCII text long enough to need several output chunks.
    static let sample: Data = {
        var text = ""
        for index in 0..<2000 { text += "سطر \(index): أجرى بوريطة مباحثات هاتفية مع بلينكن.\n" }
        return Data(text.utf8)
    }()

    @Test func roundTripInOneCall() throws {
        let compressed = GzipTestSupport.gzip(Self.sample)
        #expect(GzipDecoder.isGzip(compressed))
        #expect(compressed.count < Self.sample.count / 4)
        #expect(try GzipDecoder.decompress(compressed) == Self.sample)
    }

    @Test(arguments: [1, 7, 4096, 1 << 20])
    func streamingYieldsBoundedChunks(chunkSize: Int) throws {
        let reader = try GzipReader(data: GzipTestSupport.gzip(Self.sample), chunkSize: chunkSize)
        var output = Data()
        var chunks = 0
        while let chunk = try reader.next() {
            #expect(chunk.count <= chunkSize && !chunk.isEmpty)
            output.append(chunk)
            chunks += 1
        }
        #expect(output == Self.sample)
        #expect(chunks >= Self.sample.count / chunkSize)
        #expect(try reader.next() == nil)
        #expect(reader.membersCompleted == 1)
    }

    @Test func multiMemberStreamsAreConcatenated() throws {
        let first = Data("first member\n".utf8)
        let second = Data("ثاني\n".utf8)
        var data = GzipTestSupport.gzip(first) + GzipTestSupport.gzip(second)
        data.append(contentsOf: [0, 0, 0, 0])  // padding after the last member is tolerated
        let reader = try GzipReader(data: data)
        var output = Data()
        while let chunk = try reader.next() { output.append(chunk) }
        #expect(output == first + second)
        #expect(reader.membersCompleted == 2)
    }

    @Test func trailingBytesAfterACompleteMemberAreIgnored() throws {
        let data = GzipTestSupport.gzip(Data("article".utf8)) + Data("garbage".utf8)
        #expect(try GzipDecoder.decompress(data) == Data("article".utf8))
    }

    @Test func readsFromAFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.txt.gz", GzipTestSupport.gzip(Self.sample))
        let reader = try GzipReader(contentsOf: path, chunkSize: 1000)
        var output = Data()
        while let chunk = try reader.next() { output.append(chunk) }
        #expect(output == Self.sample)
    }

    @Test func truncatedStreamSaysSoWithTheOffset() throws {
        let compressed = GzipTestSupport.gzip(Self.sample)
        let cut = compressed.prefix(compressed.count / 2)
        do {
            _ = try GzipDecoder.decompress(Data(cut), source: "a.txt.gz")
            Issue.record("a truncated stream must throw")
        } catch let error as IngestError {
            #expect(error == .truncatedGzip(source: "a.txt.gz", offset: cut.count))
            #expect(error.description.contains("truncated gzip"))
            #expect(error.description.contains("a.txt.gz"))
        }
    }

    @Test func truncatedTrailerIsDetected() throws {
        let compressed = GzipTestSupport.gzip(Data("short".utf8))
        #expect(throws: IngestError.self) { try GzipDecoder.decompress(compressed.dropLast(3)) }
    }

    @Test func corruptDataSaysWhere() throws {
        var compressed = GzipTestSupport.gzip(Self.sample)
        for index in 20..<40 { compressed[index] ^= 0xA5 }
        do {
            _ = try GzipDecoder.decompress(compressed, source: "b.gz")
            Issue.record("corrupt data must throw")
        } catch let error as IngestError {
            guard case .corruptGzip(let source, let offset, _) = error else {
                Issue.record("expected corruptGzip, got \(error)")
                return
            }
            #expect(source == "b.gz")
            #expect(offset > 0 && offset <= compressed.count)
            #expect(error.description.contains("corrupt gzip data at byte"))
        }
    }

    @Test func notGzipAtAll() {
        #expect(!GzipDecoder.isGzip(Data("plain".utf8)))
        #expect(throws: IngestError.self) { try GzipDecoder.decompress(Data("plain text, not gzip".utf8)) }
    }

    @Test func sizeLimitStopsDecompressionBombs() {
        let compressed = GzipTestSupport.gzip(Data(repeating: 0x41, count: 1_000_000))
        #expect(throws: IngestError.decompressedTooLarge(source: "bomb.gz", limit: 1000)) {
            try GzipDecoder.decompress(compressed, source: "bomb.gz", limit: 1000)
        }
    }
}
