import Foundation

/// Reads the records of a WARC 1.0 or 1.1 file one at a time, from a plain file or from gzip (one member per record,
/// or one member for the whole file), with memory bounded by one record's block.
///
/// Crawls are large and never perfect, so the reader never gives up on the first damaged record: a record whose
/// header is malformed (no `WARC/` line, no valid `Content-Length`) is reported as a `WARCReader.Problem` with its byte
/// offset, and reading resumes at the next line that starts a record. Only the end of the data (a truncated last
/// record) or damaged gzip stops it, and that too is reported with its offset.
///
///     let reader = try WARCReader(path: "CC-NEWS-20241001.warc.gz")
///     while let item = reader.next() {
///         switch item {
///         case .record(let record): print(record.type, record.targetURI ?? "")
///         case .problem(let problem): print(problem)
///         }
///     }
public final class WARCReader {
    /// A record that could not be read, with where it starts in the decompressed stream.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "WARC record at byte \(offset): \(reason)" }
    }

    /// What `next()` returns: a record, or a problem found where a record was expected.
    public enum Item: Sendable, Hashable {
        case record(WARCRecord)
        case problem(Problem)
    }

    /// Blocks larger than this are skipped (reported as a problem) instead of being held in memory.
    public let blockLimit: Int
    /// Records of these types keep their block; the others are skipped unread.
    public var keptTypes: Set<String> = ["response", "resource", "conversion"]

    private let stream: ByteStream
    private let source: String
    private var finished = false
    private static let lineLimit = 64 * 1024

    /// Opens a WARC file (`.warc` or `.warc.gz`).
    /// - Throws: `IngestError.notFound` or `.unreadable`.
    public init(path: String, blockLimit: Int = 64 << 20) throws {
        stream = try ByteStream(path: path)
        source = path
        self.blockLimit = blockLimit
    }

    /// Reads WARC bytes already in memory.
    public init(data: Data, source: String = "WARC data", blockLimit: Int = 64 << 20) {
        stream = ByteStream(data: data)
        self.source = source
        self.blockLimit = blockLimit
    }

    /// The next record or problem; nil at the end of the file.
    public func next() -> Item? {
        guard !finished else { return nil }
        do {
            return try readItem()
        } catch {
            finished = true
            let reason = (error as? IngestError)?.description ?? "\(error)"
            return .problem(Problem(offset: stream.offset, reason: "the stream cannot be read further: \(reason)"))
        }
    }

    private func readItem() throws -> Item? {
        // Blank lines between records (the record's closing CRLF CRLF, or extra ones).
        var start = stream.offset
        var first: [UInt8]?
        while let line = try stream.readLine(limit: Self.lineLimit) {
            if !line.isEmpty {
                first = line
                break
            }
            start = stream.offset
        }
        guard let first else {
            finished = true
            return nil
        }
        guard first.starts(with: Array("WARC/".utf8)) else {
            let skipped = try resynchronise()
            return .problem(
                Problem(
                    offset: start,
                    reason: "expected a \"WARC/1.x\" line, found \(Self.preview(first)); skipped \(skipped) bytes "
                        + "to the next record"))
        }
        let version = String(decoding: first, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        var fields: [(name: String, value: String)] = []
        while true {
            guard let line = try stream.readLine(limit: Self.lineLimit) else {
                finished = true
                return .problem(Problem(offset: start, reason: "the file ends inside the record's header"))
            }
            if line.isEmpty { break }
            if line.first == 0x20 || line.first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].value +=
                    " "
                    + String(decoding: line, as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            fields.append((name, value))
        }
        var record = WARCRecord(version: version, fields: fields, block: nil, offset: start)
        guard let lengthText = record.field("Content-Length"), let length = Int(lengthText), length >= 0 else {
            let skipped = try resynchronise()
            return .problem(
                Problem(
                    offset: start,
                    reason: "missing or invalid Content-Length; skipped \(skipped) bytes to the next record"))
        }
        if keptTypes.contains(record.type) && length <= blockLimit {
            let block = try stream.read(length)
            guard block.count == length else {
                finished = true
                return .problem(Problem(offset: start, reason: truncated(length, got: block.count)))
            }
            record.block = block
        } else {
            let skipped = try stream.skip(length)
            guard skipped == length else {
                finished = true
                return .problem(Problem(offset: start, reason: truncated(length, got: skipped)))
            }
            if keptTypes.contains(record.type) {
                return .problem(
                    Problem(offset: start, reason: "block of \(length) bytes is over the \(blockLimit)-byte limit"))
            }
        }
        return .record(record)
    }

    private func truncated(_ length: Int, got: Int) -> String {
        "truncated record: Content-Length is \(length) bytes but the file ends after \(got)"
    }

    /// Skips lines up to the next one that starts with `WARC/1.`, which is left unread; returns the bytes skipped.
    private func resynchronise() throws -> Int {
        let start = stream.offset
        let marker = Array("WARC/1.".utf8)
        while !(try stream.atEnd()) {
            if try stream.peek() == marker[0], try isAtMarker(marker) { break }
            _ = try stream.readLine(limit: Self.lineLimit)
        }
        return stream.offset - start
    }

    /// True when the bytes ahead spell `marker`; consumes nothing.
    private func isAtMarker(_ marker: [UInt8]) throws -> Bool {
        try stream.hasPrefix(marker)
    }

    private static func preview(_ line: [UInt8]) -> String {
        let text = String(decoding: line.prefix(40), as: UTF8.self)
        return "\"" + text.filter { !$0.isNewline } + (line.count > 40 ? "…\"" : "\"")
    }
}
