import Dispatch
import Store

/// A night's commit running on a thread of its own, so that the reports are written while SQLite works.
///
/// The semaphore orders the worker's write of `result` before the waiter's read, which is what makes the unchecked
/// `Sendable` sound.
///
///     let committing = BackgroundCommit(store: store, commit: commit)
///     try run.write(to: "reports", formats: formats)
///     try committing.wait()
final class BackgroundCommit: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Void, any Error> = .success(())

    /// Starts committing `commit` into `store` at once.
    init(store: IndexStore, commit: NightCommit) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try store.commit(commit) }
            self.done.signal()
        }
    }

    /// Waits for the commit to end, and throws its error if it failed.
    func wait() throws {
        done.wait()
        try result.get()
    }
}
