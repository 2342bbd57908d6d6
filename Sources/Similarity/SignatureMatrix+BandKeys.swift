extension SignatureMatrix {
    /// The LSH band keys of row `row`, one per band in band order; empty for a document without shingles.
    ///
    /// Band b's key is ``Hash64`` (seed b) of the little-endian bytes of values `b·rows ..< (b+1)·rows`: the key
    /// ``LSHIndex`` buckets by, published by `crosscheck signatures` so that another engine can group them.
    ///
    ///     matrix.bandKeys(of: 0, parameters: LSHParameters(bands: 32, rows: 4)).count  // 32
    public func bandKeys(of row: Int, parameters: LSHParameters) -> [UInt64] {
        precondition(parameters.bands * parameters.rows <= numPermutations, "\(parameters) needs more values")
        if emptyRows[row] { return [] }
        return (0..<parameters.bands).map { LSHIndex.bandKey(self, parameters, row, $0) }
    }
}
