extension SignatureMatrix {
    /// The matrix of the rows at `indices`, in that order (a row may come more than once).
    ///
    /// A nightly run signs tonight's articles once, for their index keys, then groups those it stored in another
    /// order: their signatures are taken from the matrix rather than computed again.
    public func rows(_ indices: [Int]) -> SignatureMatrix {
        let k = numPermutations
        var picked: [UInt32] = []
        picked.reserveCapacity(indices.count * k)
        for index in indices { picked.append(contentsOf: values[index * k..<(index + 1) * k]) }
        return SignatureMatrix(numPermutations: k, values: picked, emptyRows: indices.map { emptyRows[$0] })
    }

    /// This matrix's rows, then `other`'s (signatures of the same permutations).
    public func appending(_ other: SignatureMatrix) -> SignatureMatrix {
        precondition(other.numPermutations == numPermutations, "signatures of different permutations")
        return SignatureMatrix(
            numPermutations: numPermutations, values: values + other.values, emptyRows: emptyRows + other.emptyRows)
    }
}
