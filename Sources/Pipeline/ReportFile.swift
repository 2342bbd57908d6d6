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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        var content = content
        let written = content.withUTF8 { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let error = written && ftruncate(descriptor, off_t(content.utf8.count)) == 0 ? nil : failure(path)
        guard close(descriptor) == 0, error == nil else { throw error ?? failure(path) }
    }

    private static func failure(_ path: String) -> ReportsError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}
