import Dispatch

/// Maps over an array on every core, keeping the input order.
///
/// Ingest, normalisation and fact extraction are independent per article, so they spread over
/// `DispatchQueue.concurrentPerform`; each worker writes its own slots of a preallocated buffer, so no lock is needed.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let count = inputs.count
        guard count > 1 else { return inputs.map(transform) }
        let results = ResultSlots<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(inputs[index]), at: index)
        }
        return results.values()
    }
}

/// Write-once slots shared by the workers of `ParallelMap`; each index is written by exactly one worker.
///
/// The slots are a buffer allocated once, not an `Array`: `Array.withUnsafeMutableBufferPointer` moves the array out
/// of its variable for the duration of the call, so two workers calling it at once race on the array itself (seen
/// as a crash in `_consumeAndCreateNew` under load).
private final class ResultSlots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<Value?>.allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: Value, at index: Int) { base[index] = value }

    func values() -> [Value] { (0..<count).map { base[$0]! } }
}
