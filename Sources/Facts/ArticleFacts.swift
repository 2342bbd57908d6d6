/// Everything the fact extractor read from one article.
public struct ArticleFacts: Hashable, Codable, Sendable {
    public var casualties: [CasualtyFact]
    public var dates: [DateFact]
    public var numbers: [NumberMention]
    /// Vague counts outside casualty figures too ("مليارات الدولارات", "hundreds of lawsuits"), each with its
    /// interval in `NumberMention.vague`, in text order. The comparison weighs them against other sources' numbers;
    /// they are not in `numbers` (written numbers only) and are not encoded.
    public var vagueCounts: [NumberMention] = []
    /// Relative ordinals ("الأخير", "السابق", "next to last"), each with its `NumberMention.anchor`, in text
    /// order. Apart from `numbers` because they never state a quantity; not encoded.
    public var relativeOrdinals: [NumberMention] = []

    private enum CodingKeys: String, CodingKey {
        case casualties, dates, numbers
    }

    public init(casualties: [CasualtyFact] = [], dates: [DateFact] = [], numbers: [NumberMention] = []) {
        self.casualties = casualties
        self.dates = dates
        self.numbers = numbers
    }

    /// The headline figure per casualty kind, as an interval (see `headlines`).
    public var totals: [CasualtyKind: CountInterval] { headlines.mapValues(\.count) }

    /// The headline figure per casualty kind: the first asserted `whole` figure about the reported incident.
    ///
    /// News puts the latest toll first (the inverted pyramid); figures further down are earlier tolls ("5 people
    /// were killed according to earlier information"), cumulative ones ("the war has killed 400,000") or other
    /// events, so the largest figure is often not the event's. The first figure is taken, but a precise figure
    /// wins over a vague word ("Dozens killed" in the headline, "killed 58 civilians" in the body), and a running
    /// toll (`isCumulative`: "more than 320,000 people have been killed since the war began") is taken only when
    /// there is nothing else. Coordinated figures that share one trigger ("45 opposition fighters and 43 regime
    /// forces had been killed": same sentence, same evidence end) add up: 88. Subset figures ("of them 22
    /// Americans", relation `among`) are compared separately by subject. A whole figure with a subject counts:
    /// "استشهاد 12 فلسطينيا" is the article's total even though it names who was killed. Negated, hypothetical and
    /// historical figures never count.
    ///
    /// The returned fact is the first of its coordinated group, with the group's summed count and stated value.
    /// A first figure that counts only children or women ("killed 22 children") gives way to a later one about
    /// everyone that is over half again as large ("35 people in total had died"): a lead may name the most
    /// striking victims first.
    public var headlines: [CasualtyKind: CasualtyFact] {
        headlineCandidates.compactMapValues { list in
            guard let first = list.first else { return nil }
            guard let key = first.subjectKey, Self.subgroups.contains(key) else { return first }
            return list.first { fact in
                !(fact.subjectKey.map(Self.subgroups.contains) ?? false)
                    && (fact.count.min ?? 0) > 1.5 * (first.count.min ?? 0)
            } ?? first
        }
    }

    private static let subgroups: Set<String> = ["children", "women"]

    /// The figures per kind that can be the headline, in text order: asserted `whole` figures (coordinated ones
    /// summed), of the best kind present — precise ones about the incident, else vague ones, else running tolls.
    ///
    /// `headlines` takes the first; the comparison takes the largest, so that "1,200 killed in Gaza … 2,500 killed
    /// in all" is compared by 2,500 while a war's running toll or "dozens" never outweighs the incident's figure.
    public var headlineCandidates: [CasualtyKind: [CasualtyFact]] {
        var candidates: [CasualtyKind: [CasualtyFact]] = [:]
        for fact in casualties where fact.modality == .asserted && fact.relation == .whole {
            if var last = candidates[fact.kind]?.last, Self.isCoordinated(fact, with: last) {
                last.count = CountInterval(
                    min: last.count.min.flatMap { low in fact.count.min.map { low + $0 } },
                    max: last.count.max.flatMap { high in fact.count.max.map { high + $0 } })
                last.stated = last.stated.flatMap { low in fact.stated.map { low + $0 } }
                candidates[fact.kind]![candidates[fact.kind]!.count - 1] = last
            } else {
                candidates[fact.kind, default: []].append(fact)
            }
        }
        return candidates.mapValues { list in
            let best = list.map(Self.rank).min() ?? 0
            return list.filter { Self.rank($0) == best }
        }
    }

    /// Lower is preferred: a precise figure about the incident, then a vague one, then a running toll.
    private static func rank(_ fact: CasualtyFact) -> Int {
        (fact.isCumulative ? 2 : 0) + (fact.qualifier == .vague ? 1 : 0)
    }

    /// True when `fact` follows `first` under the same trigger: same sentence, same evidence end.
    private static func isCoordinated(_ fact: CasualtyFact, with first: CasualtyFact) -> Bool {
        first.evidence.end == fact.evidence.end && first.evidence.sentenceStart == fact.evidence.sentenceStart
            && first.evidence.start < fact.evidence.start
    }
}
