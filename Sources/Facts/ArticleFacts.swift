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
    /// events, so the largest figure is often not the event's. Coordinated figures that share one trigger ("45
    /// opposition fighters and 43 regime forces had been killed": same sentence, same evidence end) add up: 88.
    /// Subset figures ("of them 22 Americans", relation `among`) are compared separately by subject. A whole figure
    /// with a subject counts: "استشهاد 12 فلسطينيا" is the article's total even though it names who was killed.
    /// Negated, hypothetical and historical figures never count.
    public var totals: [CasualtyKind: CountInterval] {
        var result: [CasualtyKind: CountInterval] = [:]
        var group: [CasualtyKind: Evidence] = [:]
        for fact in casualties where fact.modality == .asserted && fact.relation == .whole {
            guard let current = result[fact.kind] else {
                result[fact.kind] = fact.count
                group[fact.kind] = fact.evidence
                continue
            }
            guard let first = group[fact.kind], first.end == fact.evidence.end,
                first.sentenceStart == fact.evidence.sentenceStart, first.start < fact.evidence.start
            else {
                group[fact.kind] = Evidence(
                    text: "", start: 0, end: -1, sentence: "", sentenceStart: -1, sentenceEnd: -1)
                continue
            }
            result[fact.kind] = CountInterval(
                min: current.min.flatMap { low in fact.count.min.map { low + $0 } },
                max: current.max.flatMap { high in fact.count.max.map { high + $0 } })
        }
        return result
    }
}
