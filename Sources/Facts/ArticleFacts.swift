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

    /// The headline figure per casualty kind: the first asserted `whole` figure of that kind in the text.
    ///
    /// News puts the latest toll first (the inverted pyramid); figures further down are earlier tolls ("5 people
    /// were killed according to earlier information"), cumulative ones ("the war has killed 400,000") or other
    /// events, so the largest figure is often not the event's. The comparison uses these totals; subset figures
    /// ("of them 22 Americans", relation `among`) are compared separately by subject. A whole figure with a subject
    /// counts: "استشهاد 12 فلسطينيا" is the article's total even though it names who was killed. Negated,
    /// hypothetical and historical figures never count.
    public var totals: [CasualtyKind: CountInterval] {
        var result: [CasualtyKind: CountInterval] = [:]
        for fact in casualties where fact.modality == .asserted && fact.relation == .whole {
            if result[fact.kind] == nil { result[fact.kind] = fact.count }
        }
        return result
    }
}
