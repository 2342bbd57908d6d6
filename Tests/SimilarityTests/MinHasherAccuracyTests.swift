import Similarity
import Testing

/// The estimator's accuracy on pairs spread over true Jaccard 0.1…0.9: unbiased, with the binomial spread.
@Suite struct MinHasherAccuracyTests {
    struct Spread {
        var meanError: Double
        /// Observed standard deviation over the theoretical √(J(1−J)/k).
        var ratio: Double
    }

    /// Estimates `pairs` random set pairs of `union` elements at Jaccard `tenths`/10.
    static func measure(scheme: MinHashScheme, tenths: Int, union: Int, pairs: Int, seed: UInt64) -> Spread {
        let jaccard = Double(tenths) / 10
        let common = union * tenths / 10
        let minHasher = MinHasher(numPermutations: 128, seed: seed, scheme: scheme)
        var random = TestRandom(seed: seed &* 31 &+ UInt64(tenths))
        var lists: [[UInt64]] = []
        for _ in 0..<pairs {
            let (a, b) = MinHasherTests.randomPair(union: union, common: common, random: &random)
            lists.append(a)
            lists.append(b)
        }
        let matrix = minHasher.signatures(of: lists)
        let estimates = (0..<pairs).map { matrix.estimatedJaccard(2 * $0, 2 * $0 + 1) }
        let mean = estimates.reduce(0, +) / Double(pairs)
        let variance = estimates.map { ($0 - jaccard) * ($0 - jaccard) }.reduce(0, +) / Double(pairs)
        return Spread(
            meanError: mean - jaccard, ratio: variance.squareRoot() / (jaccard * (1 - jaccard) / 128).squareRoot())
    }

    @Test(arguments: [20, 100, 500, 2000, 8000])
    func explore(union: Int) {
        for tenths in 1...9 {
            let p = Self.measure(scheme: .partitioned, tenths: tenths, union: union, pairs: 1000, seed: 7)
            let q = Self.measure(scheme: .permutations, tenths: tenths, union: union, pairs: 1000, seed: 7)
            print("union \(union) J \(tenths) part err \(p.meanError) ratio \(p.ratio)  perm err \(q.meanError) ratio \(q.ratio)")
        }
        #expect(Bool(true))
    }
}
