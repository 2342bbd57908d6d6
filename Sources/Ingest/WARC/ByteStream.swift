import Foundation

/// A buffered reader of a byte stream (a plain file, or a gzip file decompressed on the fly) with line and block
/// reads and an absolute offset, so that a WARC reader can point at the record that went wrong.
///
/// Memory is bounded by the buffer (it grows only to hold one line or one requested block) whatever the file size.
///
///     let stream = try ByteStream(path: "crawl.warc.gz")
///     while let line = try stream.readLine(limit: 65_536) { … }
final class ByteStream {
    /// Bytes consumed so far, in the decompressed stream.
    private(set) var offset = 0
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false
    private let pull: () throws -> Data?

    /// Opens a file; gzip (one member per record, or one for the whole file) is recognised by its magic bytes.
    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? IngestError.unreadable(path: path, reason: "permission denied or not a file")
                : IngestError.notFound(path: path)
        }
        let head = (try? handle.read(upToCount: 2)) ?? Data()
        try? handle.seek(toOffset: 0)
        if head.count == 2, head[head.startIndex] == 0x1F, head[head.startIndex + 1] == 0x8B {
            try? handle.close()
            let reader = try GzipReader(contentsOf: path, chunkSize: 256 * 1024)
            pull = { try reader.next() }
        } else {
            pull = {
                do {
                    let data = try handle.read(upToCount: 256 * 1024)
                    return data?.isEmpty == false ? data : nil
                } catch {
                    throw IngestError.unreadable(path: path, reason: "\(error)")
                }
            }
        }
    }

    /// Reads bytes already in memory (tests).
    init(data: Data) {
        var remaining: Data? = data
        pull = {
            defer { remaining = nil }
            return remaining?.isEmpty == false ? remaining : nil
        }
    }

    /// True when no byte is left.
    func atEnd() throws -> Bool {
        if position < buffer.count { return false }
        try fillMore()
        return position >= buffer.count
    }

    /// The next byte without consuming it, or nil at the end.
    func peek() throws -> UInt8? {
        if position >= buffer.count { try fillMore() }
        return position < buffer.count ? buffer[position] : nil
    }

    /// True when the bytes ahead start with `prefix`; consumes nothing.
    func hasPrefix(_ prefix: [UInt8]) throws -> Bool {
        while buffer.count - position < prefix.count {
            let before = buffer.count - position
            try fillMore()
            if buffer.count - position == before { return false }
        }
        return buffer[position..<(position + prefix.count)].elementsEqual(prefix)
    }

    /// Reads one line without its CRLF or LF; nil at the end of the stream. A line longer than `limit` is returned
    /// cut at `limit` bytes (the rest stays for the next call), so a binary blob can never exhaust memory.
    func readLine(limit: Int) throws -> [UInt8]? {
        var scanned = position
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                if newline - position > limit { return take(limit) }
                var line = Array(buffer[position..<newline])
                if line.last == 0x0D { line.removeLast() }
                consume(newline + 1 - position)
                return line
            }
            if buffer.count - position > limit { return take(limit) }
            scanned = buffer.count
            let before = buffer.count - position
            try fillMore()
            scanned = position + before
            if buffer.count - position == before {
                // End of stream: the last line has no newline.
                return before == 0 ? nil : take(before)
            }
        }
    }

    /// Reads exactly `count` bytes, or fewer when the stream ends first.
    func read(_ count: Int) throws -> Data {
        var out = Data()
        out.reserveCapacity(min(count, 1 << 20))
        var remaining = count
        while remaining > 0 {
            if position >= buffer.count {
                try fillMore()
                if position >= buffer.count { break }
            }
            let take = min(remaining, buffer.count - position)
            out.append(contentsOf: buffer[position..<(position + take)])
            consume(take)
            remaining -= take
        }
        return out
    }

    /// Skips `count` bytes without keeping them; returns how many were skipped (fewer at the end of the stream).
    func skip(_ count: Int) throws -> Int {
        var remaining = count
        while remaining > 0 {
            if position >= buffer.count {
                try fillMore()
                if position >= buffer.count { break }
            }
            let take = min(remaining, buffer.count - position)
            consume(take)
            remaining -= take
        }
        return count - remaining
    }

    private func take(_ count: Int) -> [UInt8] {
        let line = Array(buffer[position..<(position + count)])
        consume(count)
        return line
    }

    private func consume(_ count: Int) {
        position += count
        offset += count
    }

    /// Appends the next chunk, first dropping consumed bytes so the buffer never grows past one chunk plus a line.
    private func fillMore() throws {
        guard !ended else { return }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        guard let chunk = try pull() else {
            ended = true
            return
        }
        buffer.append(contentsOf: chunk)
    }
}
