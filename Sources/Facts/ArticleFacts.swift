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

    /// The headline figure per casualty kind: the asserted `whole` figure of that kind with the largest lower bound.
    ///
    /// The comparison uses these totals; subset figures ("of them 22 Americans", relation `among`) are compared
    /// separately by subject. A whole figure with a subject counts: "استشهاد 12 فلسطينيا" is the article's total even
    /// though it names who was killed. Negated, hypothetical and historical figures never count.
    public var totals: [CasualtyKind: CountInterval] {
        var result: [CasualtyKind: CountInterval] = [:]
        for fact in casualties where fact.modality == .asserted && fact.relation == .whole {
            if let current = result[fact.kind], (current.min ?? 0) >= (fact.count.min ?? 0) { continue }
            result[fact.kind] = fact.count
        }
        return result
    }
}
