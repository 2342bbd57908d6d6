import Testing

@testable import Evaluation

@Suite("Clustering scores")
struct ClusteringScoresTests {
    @Test func perfectClusteringScoresOne() {
        let scores = ClusteringScores(gold: ["a", "a", "b", "b", "c"], predicted: [7, 7, 3, 3, 9])
        #expect(scores.ari == 1)
        #expect(scores.bcubedF1 == 1)
        #expect(scores.pairF1 == 1)
    }

    /// Worked example: gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
    @Test func knownValues() {
        let scores = ClusteringScores(gold: ["x", "x", "x", "y", "y"], predicted: [1, 1, 2, 2, 2])
        // Pairs together in both: (1,2), (4,5) = 2; gold pairs 3 + 1 = 4; predicted pairs 1 + 3 = 4.
        #expect(scores.pairPrecision == 0.5)
        #expect(scores.pairRecall == 0.5)
        // B-cubed precision: items 1,2 → 1; item 3 → 1/3; items 4,5 → 2/3 → (2 + 1/3 + 4/3) / 5.
        #expect(abs(scores.bcubedPrecision - (2 + 1.0 / 3 + 4.0 / 3) / 5) < 1e-12)
        // ARI: index 2, expected 4·4/10 = 1.6, max 4 → (2 − 1.6) / (4 − 1.6).
        #expect(abs(scores.ari - 0.4 / 2.4) < 1e-12)
    }

    @Test func allSingletonsAgainstOneEventHasNoRecall() {
        let scores = ClusteringScores(gold: ["e", "e", "e"], predicted: [1, 2, 3])
        #expect(scores.pairRecall == 0)
        #expect(scores.bcubedPrecision == 1)
        #expect(abs(scores.bcubedRecall - 1.0 / 3) < 1e-12)
    }
}
