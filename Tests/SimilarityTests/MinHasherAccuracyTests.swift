import Similarity
import TestSupport
import Testing

/// The estimator's accuracy on pairs spread over true Jaccard 0.1…0.9 (issue 3's acceptance test).
///
/// Measured with 1,000 pairs per cell (see `explore` in git history): the partitioned scheme's spread is within 5 %
/// of √(J(1−J)/k) on sets of 8,000 shingles, and 10–30 % *below* it on sets of 20–500 (bins sample without
/// replacement, so fewer elements mean less variance); k multiply-shift permutations match the binomial at every size.
@Suite struct MinHasherAccuracyTests {
    struct Spread {
        var meanError: Double
        /// Observed root-mean-square error over the theoretical √(J(1−J)/k).
        var ratio: Double
    }

    /// Estimates `pairs` random set pairs with `union` elements at Jaccard `tenths`/10.
    static func measure(scheme: MinHashScheme, tenths: Int, union: Int, pairs: Int) -> Spread {
        let jaccard = Double(tenths) / 10
        let minHasher = MinHasher(numPermutations: 128, seed: 7, scheme: scheme)
        var random = TestRandom(seed: 1_000 * UInt64(union) + UInt64(tenths))
        var lists: [[UInt64]] = []
        for _ in 0..<pairs {
            let (a, b) = MinHasherTests.randomPair(union: union, common: union * tenths / 10, random: &random)
            lists.append(a)
            lists.append(b)
        }
        let matrix = minHasher.signatures(of: lists)
        let estimates = (0..<pairs).map { matrix.estimatedJaccard(2 * $0, 2 * $0 + 1) }
        let mean = estimates.reduce(0, +) / Double(pairs)
        let squared = estimates.map { ($0 - jaccard) * ($0 - jaccard) }.reduce(0, +) / Double(pairs)
        return Spread(
            meanError: mean - jaccard, ratio: squared.squareRoot() / (jaccard * (1 - jaccard) / 128).squareRoot())
    }

    /// Large sets: mean error under 0.01 and spread within 10 % of the binomial, for the default scheme.
    @Test(arguments: 1...9)
    func partitionedSchemeMatchesTheBinomialOnLargeSets(tenths: Int) {
        let spread = Self.measure(scheme: .partitioned, tenths: tenths, union: 6_000, pairs: 500)
        #expect(abs(spread.meanError) < 0.01, "mean error \(spread.meanError) at J = 0.\(tenths)")
        #expect(abs(spread.ratio - 1) < 0.1, "spread ratio \(spread.ratio) at J = 0.\(tenths)")
    }

    /// Short and news-sized texts: still unbiased, and never noisier than the binomial (usually quieter).
    @Test(arguments: [20, 100, 500])
    func partitionedSchemeIsUnbiasedAndNoNoisierOnSmallSets(union: Int) {
        for tenths in [1, 3, 5, 7, 9] {
            let spread = Self.measure(scheme: .partitioned, tenths: tenths, union: union, pairs: 500)
            #expect(abs(spread.meanError) < 0.01, "mean error \(spread.meanError) at J = 0.\(tenths), n = \(union)")
            #expect(spread.ratio < 1.1, "spread ratio \(spread.ratio) at J = 0.\(tenths), n = \(union)")
        }
    }

    /// The reference scheme: k multiply-shift permutations follow the binomial at any size.
    @Test(arguments: [1, 5, 9])
    func permutationSchemeMatchesTheBinomial(tenths: Int) {
        let spread = Self.measure(scheme: .permutations, tenths: tenths, union: 100, pairs: 500)
        #expect(abs(spread.meanError) < 0.01, "mean error \(spread.meanError)")
        #expect(abs(spread.ratio - 1) < 0.1, "spread ratio \(spread.ratio)")
    }
}
