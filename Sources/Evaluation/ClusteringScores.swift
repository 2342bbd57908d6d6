/// Agreement between a predicted clustering and a gold one: ARI, B-cubed and pairwise precision/recall/F1.
///
/// ARI (Hubert & Arabie) is chance-corrected: 0 for a random partition, 1 for the gold one. B-cubed (Bagga &
/// Baldwin) averages per item: precision is the share of an item's predicted cluster that shares its gold event,
/// recall the share of its gold event found in its predicted cluster. Pairwise scores count same-cluster pairs.
public struct ClusteringScores: Sendable, Hashable {
    public var ari: Double
    public var bcubedPrecision: Double
    public var bcubedRecall: Double
    public var bcubedF1: Double
    public var pairPrecision: Double
    public var pairRecall: Double
    public var pairF1: Double

    /// Scores `predicted` against `gold`; both map each item to a label, over the same items.
    public init<Gold: Hashable, Predicted: Hashable>(gold: [Gold], predicted: [Predicted]) {
        precondition(gold.count == predicted.count, "gold and predicted label every item")
        let n = gold.count
        var joint: [Pair<Gold, Predicted>: Int] = [:]
        var goldSizes: [Gold: Int] = [:]
        var predictedSizes: [Predicted: Int] = [:]
        for index in 0..<n {
            joint[Pair(first: gold[index], second: predicted[index]), default: 0] += 1
            goldSizes[gold[index], default: 0] += 1
            predictedSizes[predicted[index], default: 0] += 1
        }
        func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
        let together = joint.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSizes.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSizes.values.reduce(0) { $0 + pairs($1) }
        let expected = n > 1 ? goldPairs * predictedPairs / pairs(n) : 0
        let maximum = (goldPairs + predictedPairs) / 2
        ari = maximum == expected ? 1 : (together - expected) / (maximum - expected)

        pairPrecision = predictedPairs > 0 ? together / predictedPairs : 1
        pairRecall = goldPairs > 0 ? together / goldPairs : 1
        pairF1 = Self.f1(pairPrecision, pairRecall)

        var precision = 0.0
        var recall = 0.0
        for index in 0..<n {
            let shared = Double(joint[Pair(first: gold[index], second: predicted[index])]!)
            precision += shared / Double(predictedSizes[predicted[index]]!)
            recall += shared / Double(goldSizes[gold[index]]!)
        }
        bcubedPrecision = n > 0 ? precision / Double(n) : 1
        bcubedRecall = n > 0 ? recall / Double(n) : 1
        bcubedF1 = Self.f1(bcubedPrecision, bcubedRecall)
    }

    static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    private struct Pair<A: Hashable, B: Hashable>: Hashable {
        var first: A
        var second: B
    }
}
