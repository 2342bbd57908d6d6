import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive, non-blocking `flock` on `INDEX.lock`: one writer per index, released by the kernel on any exit.
///
/// SQLite's own locks only serialise transactions; two nightly runs interleaving their transactions would each group
/// against a half-written night. A lock held for the whole run, taken without waiting, makes the second run fail at
/// once with ``StoreError/locked(path:)``. `kill -9` cannot leave it held: the kernel drops a `flock` with the
/// process's descriptors. The lock file is never deleted, since deleting it would let two runs lock two files.
///
/// A run releases it when it closes the index (``release()``), not when the last reference goes: a background thread
/// of the run may hold the store a moment longer, and a second run in the same process would then find the index
/// locked.
final class WriterLock: Sendable {
    /// The lock file's descriptor, or -1 once released.
    private let descriptor: Atomic<Int32>

    /// Takes the lock or throws ``StoreError/locked(path:)`` without waiting.
    init(indexPath: String) throws(StoreError) {
        let lockPath = indexPath + ".lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .database(path: indexPath, message: "cannot create lock file \(lockPath) (errno \(errno))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .locked(path: indexPath)
        }
        descriptor = Atomic(fd)
    }

    /// Unlocks and closes the lock file; a second call does nothing.
    func release() {
        let fd = descriptor.exchange(-1, ordering: .acquiringAndReleasing)
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }

    deinit { release() }
}
