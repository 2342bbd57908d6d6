import Comparison

/// One group of articles about the same event, with why they were grouped and how their facts compare.
///
/// An article that matched nothing is a group of one: it still gets a page, so its facts are not lost, and its
/// `cohesion` and `averageSimilarity` are 1.
public struct GroupReport: Hashable, Codable, Sendable {
    /// "g001", "g002", …: stable for the same input, and used as the page's file name.
    public var id: String
    public var members: [ArticleSummary]
    /// The smallest pairwise similarity in the group, 0…1: how loosely the group holds together.
    public var cohesion: Double
    public var averageSimilarity: Double
    public var pairs: [PairEvidence]
    public var comparison: GroupComparison
    /// What the extractor read from each member, in member order.
    public var facts: [ArticleFactsEntry]
    /// Passages shared word for word between members, with their origin and each member's containment.
    public var copies: CopiedPassages

    public init(
        id: String, members: [ArticleSummary], cohesion: Double = 1, averageSimilarity: Double = 1,
        pairs: [PairEvidence] = [], comparison: GroupComparison = GroupComparison(), facts: [ArticleFactsEntry] = [],
        copies: CopiedPassages = CopiedPassages()
    ) {
        self.id = id
        self.members = members
        self.cohesion = cohesion
        self.averageSimilarity = averageSimilarity
        self.pairs = pairs
        self.comparison = comparison
        self.facts = facts
        self.copies = copies
    }

    private enum CodingKeys: String, CodingKey {
        case id, members, cohesion, averageSimilarity, pairs, comparison, facts, copies
    }

    /// Reads reports written before `copies` existed (the nightly index keeps them) as having no copied passage.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        members = try container.decode([ArticleSummary].self, forKey: .members)
        cohesion = try container.decode(Double.self, forKey: .cohesion)
        averageSimilarity = try container.decode(Double.self, forKey: .averageSimilarity)
        pairs = try container.decode([PairEvidence].self, forKey: .pairs)
        comparison = try container.decode(GroupComparison.self, forKey: .comparison)
        facts = try container.decode([ArticleFactsEntry].self, forKey: .facts)
        copies = try container.decodeIfPresent(CopiedPassages.self, forKey: .copies) ?? CopiedPassages()
    }

    /// The member with this id, to name a source by its outlet and title.
    public func member(_ id: String) -> ArticleSummary? { members.first { $0.id == id } }
}
