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
        // Each output is built in its final place: slots of optionals copied into an array afterwards held every
        // output twice, and a night's 1.6 million pair assessments are 140 MB each time.
        return [Output](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = ResultSlots(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.initialize(index, to: transform(inputs[index]))
            }
            initialized = count
        }
    }

    /// Maps `inputs` on every core a round of `round` at a time, `chunk` inputs per task, and hands each round's
    /// outputs to `body` in input order before the next round is mapped.
    ///
    /// For long inputs whose outputs are used as they come: memory holds one round, and the first outputs are
    /// consumed (stored, written) while later ones are not made yet. A chunk of several inputs per task spares the
    /// scheduling of a task per small input.
    public static func forEachInRounds<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], round: Int, chunk: Int = 1, _ transform: @Sendable (Input) -> Output,
        body: (Output) throws -> Void
    ) rethrows {
        precondition(round > 0 && chunk > 0, "a round and a chunk hold at least one input")
        var start = 0
        while start < inputs.count {
            let end = min(inputs.count, start + round)
            let chunks = stride(from: start, to: end, by: chunk).map { Array(inputs[$0..<min(end, $0 + chunk)]) }
            for outputs in map(chunks, { $0.map(transform) }) {
                for output in outputs { try body(output) }
            }
            start = end
        }
    }
}

/// The uninitialised storage of the array `ParallelMap.map` returns, shared by its workers; each index is
/// initialised by exactly one worker.
///
/// A raw pointer, because writing through a Swift `Array` from several threads would race on the array's own
/// copy-on-write bookkeeping, even when the indices are disjoint.
private struct ResultSlots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>

    init(_ base: UnsafeMutablePointer<Value>) { self.base = base }

    func initialize(_ index: Int, to value: Value) { (base + index).initialize(to: value) }
}
