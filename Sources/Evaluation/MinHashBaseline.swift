import Similarity

/// The copy detector as an event grouper: word 5-gram MinHash LSH, pairs at or above the threshold joined
/// transitively, at the best threshold for the data (an oracle). It shows why shingles alone cannot group events.
public struct MinHashBaseline: Sendable {
    public var thresholds: [Double] = stride(from: 0.05, through: 0.9, by: 0.05).map { $0 }

    public init() {}

    public func oracle(texts: [String], score: ([[Int]]) -> ClusteringScores) -> (ClusteringScores, Double) {
        let shingler = Shingler(size: 5, seed: 1)
        let signatures = MinHasher(numPermutations: 128, seed: 1).signatures(ofTexts: texts, shingler: shingler)
        var best: (ClusteringScores, Double)?
        for threshold in thresholds {
            let parameters = LSHParameters.optimal(threshold: threshold, numPermutations: 128)
            let index = LSHIndex(signatures: signatures, parameters: parameters)
            var parent = Array(0..<texts.count)
            func root(_ x: Int) -> Int {
                var x = x
                while parent[x] != x {
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                }
                return x
            }
            for (a, b) in index.candidatePairs() where index.estimatedJaccard(a, b) >= threshold {
                parent[root(a)] = root(b)
            }
            var groups: [Int: [Int]] = [:]
            for item in 0..<texts.count { groups[root(item), default: []].append(item) }
            let scores = score(Array(groups.values))
            if best == nil || scores.ari > best!.0.ari { best = (scores, threshold) }
        }
        return best!
    }
}
