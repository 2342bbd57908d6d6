import Dispatch

/// Maps over an array on every core, keeping the input order.
///
/// Ingest, normalisation and fact extraction are independent per article, and report pages per group, so they
/// spread over `DispatchQueue.concurrentPerform`; each worker writes its own slots of a preallocated buffer, so no
/// lock is needed.
public enum ParallelMap {
    public static func map<Input: Sendable, Output: Sendable>(
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
/// The storage is one raw allocation made up front: writing through a Swift `Array` from several threads would
/// race on the array's own copy-on-write bookkeeping, even when the indices are disjoint.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) { slots[index] = value }

    func values() -> [Value] { slots.map { $0! } }
}
