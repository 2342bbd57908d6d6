/// Everything the fact extractor read from one article.
public struct ArticleFacts: Hashable, Codable, Sendable {
    public var casualties: [CasualtyFact]
    public var dates: [DateFact]
    public var numbers: [NumberMention]

    public init(casualties: [CasualtyFact] = [], dates: [DateFact] = [], numbers: [NumberMention] = []) {
        self.casualties = casualties
        self.dates = dates
        self.numbers = numbers
    }

    /// The headline figure per casualty kind: the largest asserted `whole` figure of that kind.
    ///
    /// The comparison uses these totals; subset figures ("of them 22 Americans") are compared separately by subject.
    public var totals: [CasualtyKind: CountInterval] {
        var result: [CasualtyKind: CountInterval] = [:]
        for fact in casualties where fact.modality == .asserted && fact.relation == .whole && fact.subjectKey == nil {
            if let current = result[fact.kind], (current.min ?? 0) >= (fact.count.min ?? 0) { continue }
            result[fact.kind] = fact.count
        }
        return result
    }
}
