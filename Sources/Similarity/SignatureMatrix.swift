/// MinHash signatures of many documents in one flat row-major buffer: row `i` is `values[i*k ..< (i+1)*k]`.
///
/// One allocation for the whole corpus keeps banding cache-friendly and lets parallel workers write disjoint
/// slices. A document with no shingle has no meaningful signature: its row is all `UInt32.max` and it is flagged in
/// ``emptyRows`` so that ``LSHIndex`` never buckets it and its estimated similarity to anything is 0.
public struct SignatureMatrix: Hashable, Sendable {
    /// Values per row (k).
    public let numPermutations: Int
    /// `count × numPermutations` minimum hash values, row-major.
    public let values: [UInt32]
    /// `emptyRows[i]` is true when document `i` had no shingle.
    public let emptyRows: [Bool]

    public init(numPermutations: Int, values: [UInt32], emptyRows: [Bool]) {
        precondition(numPermutations > 0 && values.count == emptyRows.count * numPermutations, "ragged signatures")
        self.numPermutations = numPermutations
        self.values = values
        self.emptyRows = emptyRows
    }

    /// Number of documents (rows).
    public var count: Int { emptyRows.count }

    /// The signature of document `index`.
    public func row(_ index: Int) -> ArraySlice<UInt32> {
        values[index * numPermutations..<(index + 1) * numPermutations]
    }

    /// The fraction of positions where two signatures agree: an unbiased estimate of the Jaccard similarity of the
    /// two shingle sets, with standard deviation √(J(1−J)/k). 0 when either document is empty.
    public func estimatedJaccard(_ first: Int, _ second: Int) -> Double {
        if emptyRows[first] || emptyRows[second] { return 0 }
        let k = numPermutations
        return values.withUnsafeBufferPointer { buffer in
            var equal = 0
            let a = first * k
            let b = second * k
            for position in 0..<k where buffer[a + position] == buffer[b + position] { equal += 1 }
            return Double(equal) / Double(k)
        }
    }
}
