import CZlib
import Foundation

/// Decompresses gzip data chunk by chunk, so that large inputs (WARC files later) never sit in memory decompressed.
///
/// The reader handles multi-member gzip (members concatenated, as WARC files are: one member per record); bytes
/// after the last member that do not start another one (zero padding) are ignored, as `gzip -d` does. Each call to `next()` returns at most `chunkSize` decompressed bytes. A stream that
/// ends early throws `IngestError.truncatedGzip`, damaged data throws `IngestError.corruptGzip`; both give the
/// compressed byte offset so that a user can see how much of the file was good.
///
///     let reader = try GzipReader(contentsOf: "crawl.warc.gz")
///     while let chunk = try reader.next() { consume(chunk) }
///
/// The zlib stream lives in memory this class owns (zlib keeps a pointer back to it), so the reader is a class and
/// is not `Sendable`: use one reader per thread.
public final class GzipReader {
    /// Decompressed bytes returned by one `next()` call at most.
    public let chunkSize: Int
    /// Gzip members fully decompressed so far.
    public private(set) var membersCompleted = 0
    /// Compressed bytes consumed so far.
    public var compressedOffset: Int { fedBytes - Int(stream.pointee.avail_in) }

    private let source: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let inputBuffer: UnsafeMutableBufferPointer<UInt8>
    private let outputBuffer: UnsafeMutableBufferPointer<UInt8>
    private var fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int
    private var fedBytes = 0
    private var inputExhausted = false
    private var atMemberBoundary = false
    private var finished = false

    /// Reads compressed data already in memory.
    /// - Parameters:
    ///   - data: the gzip (or zlib) bytes.
    ///   - source: the name used in error messages, usually the file path.
    ///   - chunkSize: the largest decompressed chunk `next()` returns.
    public convenience init(data: Data, source: String = "gzip data", chunkSize: Int = 64 * 1024) throws {
        var offset = data.startIndex
        try self.init(source: source, chunkSize: chunkSize) { buffer in
            let count = min(buffer.count, data.endIndex - offset)
            if count > 0 {
                data.copyBytes(to: buffer.baseAddress!, from: offset..<(offset + count))
                offset += count
            }
            return count
        }
    }

    /// Reads a gzip file from disk in bounded chunks.
    public convenience init(contentsOf path: String, chunkSize: Int = 64 * 1024) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? IngestError.unreadable(path: path, reason: "permission denied or not a file")
                : IngestError.notFound(path: path)
        }
        try self.init(source: path, chunkSize: chunkSize) { buffer in
            let data: Data?
            do {
                data = try handle.read(upToCount: buffer.count)
            } catch {
                throw IngestError.unreadable(path: path, reason: "\(error)")
            }
            guard let data, !data.isEmpty else { return 0 }
            return data.copyBytes(to: buffer)
        }
    }

    private init(
        source: String, chunkSize: Int, fill: @escaping (UnsafeMutableBufferPointer<UInt8>) throws -> Int
    ) throws {
        self.source = source
        self.chunkSize = max(1, chunkSize)
        self.fill = fill
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        inputBuffer = .allocate(capacity: 64 * 1024)
        outputBuffer = .allocate(capacity: self.chunkSize)
        let status = cc_inflateInitGzip(stream)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            inputBuffer.deallocate()
            outputBuffer.deallocate()
            throw IngestError.corruptGzip(source: source, offset: 0, detail: "zlib could not start (code \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        inputBuffer.deallocate()
        outputBuffer.deallocate()
    }

    /// Returns the next decompressed chunk (at most `chunkSize` bytes), or nil at the end of the data.
    /// - Throws: `IngestError.truncatedGzip` or `IngestError.corruptGzip`.
    public func next() throws -> Data? {
        guard !finished else { return nil }
        stream.pointee.next_out = outputBuffer.baseAddress
        stream.pointee.avail_out = UInt32(chunkSize)
        while stream.pointee.avail_out > 0 {
            if stream.pointee.avail_in == 0 {
                try refill()
                if stream.pointee.avail_in == 0 {
                    guard atMemberBoundary else {
                        throw IngestError.truncatedGzip(source: source, offset: compressedOffset)
                    }
                    finished = true
                    break
                }
            }
            if atMemberBoundary && membersCompleted > 0 && stream.pointee.next_in.pointee != 0x1F {
                // Zero padding or other trailing bytes after a complete member: ignored, as gzip(1) does.
                finished = true
                break
            }
            if atMemberBoundary {
                inflateReset(stream)
                atMemberBoundary = false
            }
            try inflateOnce()
        }
        let produced = chunkSize - Int(stream.pointee.avail_out)
        if produced == 0 { return nil }
        return Data(UnsafeBufferPointer(rebasing: outputBuffer[0..<produced]))
    }

    /// Runs one `inflate` step and records a member end; throws on damaged data.
    private func inflateOnce() throws {
        let status = inflate(stream, Z_NO_FLUSH)
        switch status {
        case Z_OK, Z_BUF_ERROR:
            return
        case Z_STREAM_END:
            membersCompleted += 1
            atMemberBoundary = true
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            throw IngestError.corruptGzip(source: source, offset: compressedOffset, detail: message)
        }
    }

    private func refill() throws {
        guard !inputExhausted else { return }
        let count = try fill(inputBuffer)
        if count == 0 {
            inputExhausted = true
            return
        }
        fedBytes += count
        stream.pointee.next_in = inputBuffer.baseAddress
        stream.pointee.avail_in = UInt32(count)
    }
}
