import Foundation

/// Reads a JSONL file in large chunks of whole lines, so that a corpus bigger than memory streams through.
///
/// Each call to ``next()`` returns a buffer of complete lines (the partial last line is carried over to the next
/// chunk) and the 1-based number of its first line. A line longer than the chunk makes the chunk grow to hold it.
struct JSONLChunkReader {
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var finished = false
    private(set) var nextLine = 1
    let chunkBytes: Int

    init(path: String, chunkBytes: Int = 32 << 20) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw NearCopyError.unreadable(path: path) }
        self.handle = handle
        self.chunkBytes = chunkBytes
    }

    /// The next chunk of whole lines with the number of its first line, or nil at the end of the file.
    mutating func next() throws -> (lines: [UInt8], firstLine: Int)? {
        while !finished {
            let data = try handle.read(upToCount: chunkBytes) ?? Data()
            if data.isEmpty {
                finished = true
                break
            }
            pending.append(contentsOf: data)
            if let lastNewline = pending.lastIndex(of: 0x0A) {
                let lines = Array(pending[...lastNewline])
                pending.removeFirst(lastNewline + 1)
                return emit(lines)
            }
        }
        guard !pending.isEmpty else { return nil }
        let lines = pending
        pending = []
        return emit(lines)
    }

    private mutating func emit(_ lines: [UInt8]) -> (lines: [UInt8], firstLine: Int) {
        let first = nextLine
        nextLine += lines.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return (lines, first)
    }

    /// The byte ranges of the non-blank lines of `chunk`, without their line breaks, with their line numbers.
    static func lineRanges(_ chunk: [UInt8], firstLine: Int) -> [(range: Range<Int>, line: Int)] {
        var ranges: [(range: Range<Int>, line: Int)] = []
        var start = 0
        var line = firstLine
        chunk.withUnsafeBufferPointer { bytes in
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var trimmed = end
                if trimmed > start && bytes[trimmed - 1] == 0x0D { trimmed -= 1 }
                if bytes[start..<trimmed].contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                    ranges.append((start..<trimmed, line))
                }
                line += 1
                start = end + 1
            }
        }
        return ranges
    }
}
