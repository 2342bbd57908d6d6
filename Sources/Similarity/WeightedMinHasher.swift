#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// MinHash for weighted sets (P-MinHash, Moulton & Jiang 2018): signatures whose collision rate is the probability
/// Jaccard of two weight vectors, so that rare, heavy terms decide candidates rather than term counts.
///
/// Plain MinHash treats a TF-IDF vector as a set: a shared place name counts as much as a shared "said". For event
/// candidates the weights matter, so each permutation runs an exponential race: every term draws `−ln(u) / w` from
/// its hash (u uniform in (0, 1]) and the term with the smallest time wins. Two vectors pick the same winner with
/// probability `J_P(x, y) = Σ_t 1 / Σ_i max(x_i / x_t, y_i / y_t)`, which equals Jaccard on unweighted sets and
/// tracks weighted overlap otherwise. The signature stores the winner's hash (32 bits), so ``LSHIndex`` bands them
/// like any MinHash signature. Cost: one hash per (term, permutation), and a logarithm only for a draw that may
/// win; callers pass an article's heaviest terms, not all of them.
public struct WeightedMinHasher: Sendable {
    public let numPermutations: Int
    let seeds: [UInt64]

    public init(numPermutations: Int = 128, seed: UInt64 = 1) {
        precondition(numPermutations > 0, "a signature needs at least one permutation")
        self.numPermutations = numPermutations
        var state = seed ^ 0x5851_F42D_4C95_7F2D
        seeds = (0..<numPermutations).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            return Self.mix(state)
        }
    }

    /// The signature of a weighted set; all `UInt32.max` when no weight is positive.
    public func signature(terms: [UInt64], weights: [Double]) -> [UInt32] {
        precondition(terms.count == weights.count, "one weight per term")
        var signature = [UInt32](repeating: .max, count: numPermutations)
        var best = [Double](repeating: .infinity, count: numPermutations)
        for (index, term) in terms.enumerated() where weights[index] > 0 {
            let inverse = 1 / weights[index]
            for j in 0..<numPermutations {
                let hash = Self.mix(term ^ seeds[j])
                let uniform = (Double(hash >> 11) + 1) * 0x1p-53
                // −ln(u) ≥ 1 − u, so a draw whose lower bound already loses needs no logarithm: once a few terms
                // have raced, nearly every draw is settled here. The bound is shaved by far more than the rounding
                // of both sides, so the winners are exactly those the logarithm picks.
                if (1 - uniform) * inverse * Self.boundMargin >= best[j] { continue }
                let time = -log(uniform) * inverse
                if time < best[j] {
                    best[j] = time
                    signature[j] = UInt32(truncatingIfNeeded: term >> 32) | 1
                }
            }
        }
        return signature
    }

    /// Below 1 by a million rounding errors: the lower bound's rounding can never make it pass the true time.
    static let boundMargin = 1 - 0x1p-32

    /// SplitMix64's finaliser: a bijective mix, so every (term, permutation) draws an independent uniform value.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
