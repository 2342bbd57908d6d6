/// The banding of MinHash signatures: `bands` bands of `rows` values; two documents are candidates when they agree
/// on every value of at least one band.
///
/// Two documents of Jaccard similarity s agree on a band with probability sʳ, so they become candidates with
/// probability P(s) = 1 − (1 − sʳ)ᵇ, an S-curve whose midpoint is near (1/b)^(1/r).
public struct LSHParameters: Hashable, Sendable, Codable, CustomStringConvertible {
    public let bands: Int
    public let rows: Int

    public init(bands: Int, rows: Int) {
        precondition(bands > 0 && rows > 0, "LSH needs at least one band of one row")
        self.bands = bands
        self.rows = rows
    }

    public var description: String { "\(bands) bands × \(rows) rows" }

    /// P(s) = 1 − (1 − sʳ)ᵇ, the probability that a pair of similarity `similarity` becomes a candidate.
    public func candidateProbability(similarity: Double) -> Double {
        1 - power(1 - power(similarity, rows), bands)
    }

    /// The (bands, rows) with b·r ≤ k that best separate pairs above `threshold` from pairs below it.
    ///
    /// Derivation (as in datasketch's `_optimal_param`): with P(s) the candidate probability above and a uniform
    /// prior on s, the false-positive mass is FP = ∫₀ᵗ P(s) ds (pairs below the threshold that become candidates) and
    /// the false-negative mass is FN = ∫ₜ¹ (1 − P(s)) ds (pairs above it that are missed). Every b in 1…k and r in
    /// 1…⌊k/b⌋ is tried and the one minimising `falsePositiveWeight`·FP + `falseNegativeWeight`·FN is kept (ties: the
    /// first found, fewest bands). The integrals are computed with composite Simpson's rule on 200 intervals, exact
    /// to ~1e-9 for these smooth polynomials. Raising `falseNegativeWeight` favours recall (more bands, more
    /// candidates to verify); raising `falsePositiveWeight` favours precision.
    ///
    ///     LSHParameters.optimal(threshold: 0.5, numPermutations: 128)  // 25 bands × 5 rows (0.8: 9 × 13)
    public static func optimal(
        threshold: Double, numPermutations: Int, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5
    ) -> LSHParameters {
        precondition(threshold > 0 && threshold < 1, "the LSH threshold must be strictly between 0 and 1")
        precondition(numPermutations > 0, "LSH needs at least one permutation")
        var best = LSHParameters(bands: 1, rows: 1)
        var bestError = Double.infinity
        for bands in 1...numPermutations {
            for rows in 1...(numPermutations / bands) {
                let candidate = LSHParameters(bands: bands, rows: rows)
                let falsePositive = integrate(from: 0, to: threshold) { candidate.candidateProbability(similarity: $0) }
                let falseNegative = integrate(from: threshold, to: 1) {
                    1 - candidate.candidateProbability(similarity: $0)
                }
                let error = falsePositiveWeight * falsePositive + falseNegativeWeight * falseNegative
                if error < bestError {
                    bestError = error
                    best = candidate
                }
            }
        }
        return best
    }

    /// Composite Simpson's rule on 200 intervals.
    static func integrate(from lower: Double, to upper: Double, _ function: (Double) -> Double) -> Double {
        let intervals = 200
        let step = (upper - lower) / Double(intervals)
        var sum = function(lower) + function(upper)
        for index in 1..<intervals {
            sum += function(lower + Double(index) * step) * (index % 2 == 1 ? 4 : 2)
        }
        return sum * step / 3
    }

    /// xⁿ for a non-negative integer n, by squaring (no Foundation `pow`).
    static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result *= factor }
            factor *= factor
            remaining >>= 1
        }
        return result
    }

    private func power(_ base: Double, _ exponent: Int) -> Double { Self.power(base, exponent) }
}
