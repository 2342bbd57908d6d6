import Dispatch

/// Work running on a thread of its own while the caller goes on: the index storing tonight's articles while they
/// are prepared, the night's commit while the reports are written. SQLite works on one core; the other work uses
/// every core, and neither needs the other's result until ``wait()``.
///
/// The semaphore orders the worker's write of `result` before the waiter's read, which is what makes the unchecked
/// `Sendable` sound.
///
///     let committing = BackgroundTask { try store.commit(commit) }
///     try run.write(to: "reports", formats: formats)
///     try committing.wait()
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts `work` at once.
    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work to end, and returns its value or throws its error.
    func wait() throws -> Value {
        done.wait()
        done.signal()  // a second wait returns at once
        return try result!.get()
    }
}
