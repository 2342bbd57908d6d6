import Similarity

/// Parameters of the near-copy lane: how texts become signatures and band keys, and when a pair is a near copy.
///
/// The defaults match the run's near-copy pass (5-word shingles, 128 values, seed 1, Jaccard 0.5) and give
/// 25 bands × 5 rows; `bands`/`rows` override the derived banding (the peer benchmark uses 32 × 4 everywhere).
public struct NearCopyOptions: Sendable, Hashable {
    public var shingleSize = 5
    public var numPermutations = 128
    public var seed: UInt64 = 1
    /// Estimated Jaccard at or above which a candidate pair is verified; also the LSH design threshold.
    public var threshold = 0.5
    public var bands: Int?
    public var rows: Int?

    public init() {}

    /// The banding: the override when both are given, else the optimum for ``threshold`` (see `LSHParameters`).
    public func lshParameters() throws -> LSHParameters {
        guard threshold > 0 && threshold < 1 else {
            throw NearCopyError.invalidParameters("--threshold must be strictly between 0 and 1")
        }
        switch (bands, rows) {
        case (let bands?, let rows?):
            guard bands > 0, rows > 0, bands * rows <= numPermutations else {
                throw NearCopyError.invalidParameters(
                    "--bands × --rows must be positive and at most --permutations (\(numPermutations))")
            }
            return LSHParameters(bands: bands, rows: rows)
        case (nil, nil): return .optimal(threshold: threshold, numPermutations: numPermutations)
        default: throw NearCopyError.invalidParameters("give both --bands and --rows, or neither")
        }
    }

    var minHasher: MinHasher { MinHasher(numPermutations: numPermutations, seed: seed) }
    var shingler: Shingler { Shingler(size: shingleSize, seed: seed) }
}
