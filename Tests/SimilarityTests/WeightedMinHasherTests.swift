import Foundation
import TestSupport
import Testing

@testable import Similarity

/// The weighted MinHash race: the bounded race (a logarithm only for a draw that may win) picks the very winners of
/// the plain race, and two weight vectors collide about as often as their probability Jaccard says.
@Suite struct WeightedMinHasherTests {
    /// The race as the paper states it: every (term, permutation) draws −ln(u) / w, the smallest wins.
    static func plainRace(_ hasher: WeightedMinHasher, terms: [UInt64], weights: [Double]) -> [UInt32] {
        var signature = [UInt32](repeating: .max, count: hasher.numPermutations)
        var best = [Double](repeating: .infinity, count: hasher.numPermutations)
        for (index, term) in terms.enumerated() where weights[index] > 0 {
            for j in 0..<hasher.numPermutations {
                let uniform = (Double(WeightedMinHasher.mix(term ^ hasher.seeds[j]) >> 11) + 1) * 0x1p-53
                let time = -log(uniform) * (1 / weights[index])
                if time < best[j] {
                    best[j] = time
                    signature[j] = UInt32(truncatingIfNeeded: term >> 32) | 1
                }
            }
        }
        return signature
    }

    @Test func boundedRacePicksThePlainRacesWinners() {
        var random = TestRandom(seed: 11)
        let hasher = WeightedMinHasher(numPermutations: 128, seed: 3)
        for size in [1, 2, 5, 20, 60, 200] {
            for _ in 0..<20 {
                let terms = (0..<size).map { _ in random.next() }
                // Weights as TF-IDF gives them, spread over three orders of magnitude, with a few zeros.
                let weights = (0..<size).map { _ in
                    Double.random(in: 0..<1, using: &random) < 0.05 ? 0 : exp(Double.random(in: -3...4, using: &random))
                }
                #expect(
                    hasher.signature(terms: terms, weights: weights)
                        == Self.plainRace(hasher, terms: terms, weights: weights))
            }
        }
    }

    @Test func collisionRateTracksProbabilityJaccard() {
        // x = (1, 1, 2, 0), y = (1, 1, 0, 2) over terms a, b, c, d: J_P = Σ_t 1 / Σ_i max(x_i/x_t, y_i/y_t) over the
        // shared terms a and b = 2 × 1 / (1 + 1 + 2 + 2) = 1/3.
        let terms: [UInt64] = [
            0xA1A1_0000_0000_0001, 0xB2B2_0000_0000_0002, 0xC3C3_0000_0000_0003, 0xD4D4_0000_0000_0004,
        ]
        var collisions = 0
        var total = 0
        for seed in 1...40 {
            let hasher = WeightedMinHasher(numPermutations: 128, seed: UInt64(seed))
            let first = hasher.signature(terms: terms, weights: [1, 1, 2, 0])
            let second = hasher.signature(terms: terms, weights: [1, 1, 0, 2])
            collisions += zip(first, second).filter { $0 == $1 }.count
            total += first.count
        }
        let rate = Double(collisions) / Double(total)
        #expect(abs(rate - 1.0 / 3.0) < 0.03, "collision rate \(rate)")
    }
}
