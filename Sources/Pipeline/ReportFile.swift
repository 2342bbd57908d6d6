import Reports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one report file with plain POSIX calls.
///
/// Foundation's `Data.write(to:)` syncs every file to disk before it returns, with or without `.atomic`; a night
/// writes tens of thousands of files and a gigabyte, and those syncs were a sixth of its write time. Reports are
/// regenerated from the input or the index, so a crash mid-write loses nothing that a rerun does not write again.
/// Writing from the string's own UTF-8 also skips the copy into a `Data`.
public enum ReportFile {
    /// Creates `path` or writes over it, then cuts it to the length of `content`.
    ///
    /// Not truncated first: ext4 takes a file truncated to nothing and written again for a program replacing it, and
    /// flushes it to disk as it is closed; and every block freed and allocated again is a discard on a disk mounted
    /// with it. A night rewrites tens of thousands of group pages that keep their names.
    ///
    /// - Throws: `ReportsError.writeFailed` with the path and the system's reason.
    public static func save(_ content: String, to path: String) throws {
        try overwrite(path) { descriptor in
            var content = content
            try content.withUTF8 { try writeAll(UnsafeRawBufferPointer($0), to: descriptor, path: path) }
            return content.utf8.count
        }
    }

    /// Writes what `produce` hands over, piece by piece, as ``save(_:to:)`` writes a string. Small pieces are
    /// gathered into writes of a megabyte; a large one is written as it is.
    public static func save(to path: String, _ produce: ReportOutput.Producer) throws {
        try overwrite(path) { descriptor in
            var sink = Sink(descriptor: descriptor)
            try produce { try sink.append($0, path: path) }
            try sink.flush(path: path)
            return sink.length
        }
    }

    /// Creates the folder `path` and any parent it lacks, as `mkdir -p` does.
    ///
    /// Foundation's `createDirectory` fails with an `NSError` whose text is a dump with the system's reason nested
    /// inside; an operator whose output path is a file, or on a full disk, should read the folder and the reason.
    ///
    /// - Throws: `ReportsError.writeFailed` naming the first folder that could not be made, with the system's reason
    ///   ("a file is in the way" when the path, or a parent, is a file).
    public static func makeFolder(_ path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw ReportsError.writeFailed(path: path, reason: "a file is in the way of this folder")
            }
            return
        }
        // Missing (or under a file): its parent first, which names a file in the way.
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex {
            try makeFolder(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path) }
    }

    /// Opens `path` for writing without truncating it, lets `fill` write from the start, cuts the file to the
    /// length `fill` returns, and closes it, also when `fill` throws.
    private static func overwrite(_ path: String, _ fill: (Int32) throws -> Int) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        let result = Result { () throws -> Void in
            let length = try fill(descriptor)
            if ftruncate(descriptor, off_t(length)) != 0 { throw failure(path) }
        }
        let closed = close(descriptor) == 0 ? nil : failure(path)
        try result.get()
        if let closed { throw closed }
    }

    /// Gathers pieces into one buffer and writes it when full.
    private struct Sink {
        let descriptor: Int32
        var buffer: [UInt8] = []
        /// Bytes handed over so far.
        var length = 0
        static let capacity = 1 << 20

        init(descriptor: Int32) {
            self.descriptor = descriptor
            buffer.reserveCapacity(Self.capacity)
        }

        mutating func append(_ bytes: UnsafeRawBufferPointer, path: String) throws {
            length += bytes.count
            if buffer.count + bytes.count > Self.capacity { try flush(path: path) }
            if bytes.count >= Self.capacity {
                try put(bytes, path: path)
            } else {
                buffer.append(contentsOf: bytes)
            }
        }

        mutating func flush(path: String) throws {
            try buffer.withUnsafeBytes { try put($0, path: path) }
            buffer.removeAll(keepingCapacity: true)
        }

        private func put(_ bytes: UnsafeRawBufferPointer, path: String) throws {
            try ReportFile.writeAll(bytes, to: descriptor, path: path)
        }
    }

    /// Writes all of `bytes`, retrying when a signal interrupts the call.
    fileprivate static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure(path) }
            offset += count
        }
    }

    fileprivate static func failure(_ path: String) -> ReportsError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}
