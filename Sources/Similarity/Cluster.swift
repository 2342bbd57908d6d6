/// A group of documents found by ``AverageLinkageClustering``, with how tightly its members hold together.
public struct Cluster: Hashable, Sendable {
    /// Document indices, ascending.
    public let members: [Int]
    /// The lowest similarity between any two members, a missing pair counting as 0: the cohesion a report can show
    /// ("every pair shares at least 40 % of its shingles"). 1 for a single document.
    public let minPairwiseSimilarity: Double
    /// The mean similarity over all member pairs, missing pairs counting as 0. 1 for a single document.
    public let averageSimilarity: Double

    public init(members: [Int], minPairwiseSimilarity: Double, averageSimilarity: Double) {
        self.members = members
        self.minPairwiseSimilarity = minPairwiseSimilarity
        self.averageSimilarity = averageSimilarity
    }
}
