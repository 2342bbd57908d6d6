import CrossCheckModel
import Foundation

extension ArticleReader {
    /// Streams a WARC file: one outcome per HTML page, one `failed` outcome per damaged record (with its offset), and
    /// a closing `skipped` outcome that counts the records that are not HTML responses, by type.
    ///
    /// The article id is the record's `WARC-Target-URI`; the origin is `path@offset`, the record's byte offset in the
    /// decompressed stream, so a user can find it with `dd` or `warcio index`.
    static func readWARC(_ item: InputItem, _ body: (RecordOutcome) -> Void) {
        let reader: WARCReader
        do {
            reader = try WARCReader(path: item.path)
        } catch {
            return body(.failed(item.path, error as? IngestError ?? .unreadable(path: item.path, reason: "\(error)")))
        }
        var skipped: [String: Int] = [:]
        var records = 0
        while let next = reader.next() {
            switch next {
            case .problem(let problem):
                body(
                    .failed(
                        "\(item.path)@\(problem.offset)",
                        .malformedRecord(
                            origin: "\(item.path)@\(problem.offset)", reason: problem.reason)))
            case .record(let record):
                records += 1
                if let outcome = readWARCRecord(record, path: item.path, skipped: &skipped) { body(outcome) }
            }
        }
        if records == 0 {
            body(
                .failed(
                    item.path, .malformedRecord(origin: item.path, reason: "no WARC record found; is it a WARC file?")))
            return
        }
        if !skipped.isEmpty {
            let total = skipped.values.reduce(0, +)
            let detail = skipped.keys.sorted().map { "\($0) \(skipped[$0]!)" }.joined(separator: ", ")
            body(.skipped(item.path, "\(total) WARC records are not HTML pages (\(detail))"))
        }
    }

    /// Extracts one record, or counts it in `skipped` (by type, or `non-HTML response`) and returns nil.
    static func readWARCRecord(_ record: WARCRecord, path: String, skipped: inout [String: Int]) -> RecordOutcome? {
        let origin = "\(path)@\(record.offset)"
        guard let block = record.block else {
            skipped[record.type.isEmpty ? "untyped" : record.type, default: 0] += 1
            return nil
        }
        let html: Data
        var charset: String?
        if record.contentType.hasPrefix("application/http") {
            guard !record.contentType.contains("msgtype=request") else {
                skipped["request", default: 0] += 1
                return nil
            }
            let response: HTTPResponse
            do {
                response = try HTTPResponse.parse(block, origin: origin)
            } catch {
                return .failed(origin, error as? IngestError ?? .malformedRecord(origin: origin, reason: "\(error)"))
            }
            guard response.isHTML else {
                skipped["non-HTML response", default: 0] += 1
                return nil
            }
            guard (200..<300).contains(response.status) else {
                skipped["HTTP status \(response.status / 100)xx", default: 0] += 1
                return nil
            }
            html = response.body
            charset = response.charset
            for note in response.notes {
                FileHandle.standardError.write(Data("note: \(origin): \(note)\n".utf8))
            }
        } else if record.contentType.hasPrefix("text/html") || record.contentType.hasPrefix("application/xhtml") {
            html = block
            charset =
                HTTPResponse(
                    status: 200, headers: [HTTPHeader(name: "content-type", value: record.contentType)], body: Data(),
                    notes: []
                ).charset
        } else {
            skipped["non-HTML \(record.type)", default: 0] += 1
            return nil
        }
        guard !html.isEmpty else {
            return .skipped(origin, "empty HTML page")
        }
        let id = record.targetURI ?? origin
        return extractHTML(html, id: id, origin: origin, pageURL: record.targetURI, httpCharset: charset)
    }
}
