import Foundation
import Similarity
import TextCore

/// The bar for event grouping: TF-IDF cosine with average-linkage clustering, its threshold tuned on the very
/// documents it is scored on (an oracle no real run has).
///
/// Plain words (normalised, stop words removed), sublinear TF times ln(N / df), no names, pairs or time evidence:
/// what crosscheck adds is measured against this.
public struct TFIDFBaseline: Sendable {
    public var thresholds: [Double] = stride(from: 0.05, through: 0.6, by: 0.025).map { $0 }

    public init() {}

    /// The cosine of every pair of texts with a positive score, as clustering edges.
    public static func edges(texts: [String]) -> [(Int, Int, Double)] {
        let stopWords = StopWords.hashSet(language: nil, seed: 7)
        let counts: [[UInt64: Int]] = texts.map { text in
            var counts: [UInt64: Int] = [:]
            for token in Tokenizer.tokens(in: text) {
                let hash = Hash64.hash(token.text, seed: 7)
                if !stopWords.contains(hash) { counts[hash, default: 0] += 1 }
            }
            return counts
        }
        var df: [UInt64: Int] = [:]
        for document in counts { for term in document.keys { df[term, default: 0] += 1 } }
        let n = Double(texts.count)
        let vectors: [[UInt64: Double]] = counts.map { document in
            var vector: [UInt64: Double] = [:]
            for (term, count) in document {
                let weight = (1 + log(Double(count))) * log(n / Double(df[term]!))
                if weight > 0 { vector[term] = weight }
            }
            let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? vector.mapValues { $0 / norm } : vector
        }
        var edges: [(Int, Int, Double)] = []
        for i in 0..<vectors.count {
            for j in (i + 1)..<max(i + 1, vectors.count) {
                let (small, large) = vectors[i].count < vectors[j].count ? (i, j) : (j, i)
                var sum = 0.0
                for (term, weight) in vectors[small] { sum += weight * (vectors[large][term] ?? 0) }
                if sum > 0 { edges.append((i, j, sum)) }
            }
        }
        return edges
    }

    /// Clusters at every threshold and returns the best by ARI, with that threshold.
    public func oracle(texts: [String], score: ([[Int]]) -> ClusteringScores) -> (ClusteringScores, Double) {
        let edges = Self.edges(texts: texts)
        var best: (ClusteringScores, Double)?
        for threshold in thresholds {
            let clusters = AverageLinkageClustering(threshold: threshold).clusters(count: texts.count, edges: edges)
            let scores = score(clusters.map(\.members))
            if best == nil || scores.ari > best!.0.ari { best = (scores, threshold) }
        }
        return best!
    }
}
