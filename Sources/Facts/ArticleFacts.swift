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
    ///
    /// A later toll statement that is larger replaces the headline ("At least eight died" … "placed the death toll
    /// at 50"), and figures marked as additions in the same or the next sentence are added to it ("killed 58
    /// civilians. The group added that 24 other people were killed": 82).
    public var headlines: [CasualtyKind: CasualtyFact] {
        headlineCandidates.compactMapValues { list in
            guard let first = list.first else { return nil }
            var head = first
            if let key = first.subjectKey, Self.subgroups.contains(key) {
                head =
                    list.first { fact in
                        !(fact.subjectKey.map(Self.subgroups.contains) ?? false)
                            && (fact.count.min ?? 0) > 1.5 * (first.count.min ?? 0)
                    } ?? first
            }
            let low = head.count.min ?? 0
            if let update = list.first(where: {
                // Ten times the headline is another count (a war's, a province's), not an update of it.
                $0.isToll && $0.evidence.start > head.evidence.start && ($0.count.min ?? 0) > low
                    && ($0.count.min ?? 0) <= 10 * max(low, 1)
            }) {
                head = update
            }
            // "Quinze otages ont été libérés, mais 22 autres sont toujours retenus": the others are those of a figure
            // before them in the sentence, which counts no casualty.
            if head.isAdditional, head.evidence.start == first.evidence.start,
                head.evidence.start == casualties.first?.evidence.start,
                !numbers.contains(where: {
                    $0.evidence.sentenceStart == head.evidence.sentenceStart
                        && $0.evidence.start < head.evidence.start && !$0.isOrdinal
                })
            {
                // "Senior Nusra Front leader … 8 more killed": the article's first figure counts others, so it
                // counts one more, someone named before it ("وأصيب 30 آخرون" after a toll of the dead does not).
                head.count = CountInterval(min: head.count.min.map { $0 + 1 }, max: head.count.max.map { $0 + 1 })
                head.stated = head.stated.map { $0 + 1 }
            }
            if let part = Self.identifiedPart(of: head, in: list) { return part }
            return Self.addingAdditions(to: head, from: list)
        }
    }

    /// "killed more than 50 people … killed 15 civilians and 27 fighters, with another 10 bodies yet to be
    /// identified": the next figure after the headline breaks it into victims known to be civilians or fighters and
    /// a remainder not yet identified (`isUnidentified`, in the same sentence). The identified part is what the
    /// source attributes, so it is the headline when it and the remainder make up the whole (to within a tenth).
    private static func identifiedPart(of head: CasualtyFact, in list: [CasualtyFact]) -> CasualtyFact? {
        guard let index = list.firstIndex(where: { $0.evidence.start > head.evidence.start }), index + 1 < list.count
        else { return nil }
        let part = list[index]
        let rest = list[index + 1]
        guard rest.isUnidentified, rest.evidence.sentenceStart == part.evidence.sentenceStart,
            let whole = head.count.min, let known = part.count.min, let unknown = rest.count.min, known < whole,
            known + unknown >= 0.9 * whole, known + unknown <= 1.1 * whole
        else { return nil }
        return part
    }

    /// The headline with the additions that follow it at once, each in the same sentence as the last part or the
    /// next one. Another figure in between ends the chain ("killed 21 … 15 were killed in Manbij while six others
    /// …": the six add to the 15, a part of the 21), and a restatement ("20 killed … 20 other terrorists were
    /// killed") is not an addition.
    private static func addingAdditions(to head: CasualtyFact, from list: [CasualtyFact]) -> CasualtyFact {
        var result = head
        var sentenceEnd = head.evidence.sentenceEnd
        for fact in list where fact.evidence.start > head.evidence.start {
            guard fact.isAdditional, fact.evidence.sentenceStart <= sentenceEnd + 2 else { break }
            if fact.stated == head.stated {
                // "20 Terrorists Killed … his son and 20 other terrorists were killed": the restated figure counts
                // others besides someone named, who is one more.
                result.count = CountInterval(min: result.count.min.map { $0 + 1 }, max: result.count.max.map { $0 + 1 })
                result.stated = result.stated.map { $0 + 1 }
                break
            }
            result.count = CountInterval(
                min: result.count.min.flatMap { low in fact.count.min.map { low + $0 } },
                max: result.count.max.flatMap { high in fact.count.max.map { high + $0 } })
            result.stated = result.stated.flatMap { low in fact.stated.map { low + $0 } }
            sentenceEnd = fact.evidence.sentenceEnd
        }
        return result
    }

    private static let subgroups: Set<String> = ["children", "women"]

    /// The figures per kind that can be the headline, in text order: asserted `whole` figures (coordinated ones
    /// summed), of the best kind present — precise ones about the incident, else vague ones, else running tolls.
    ///
    /// `headlines` takes the first; the comparison takes the largest, so that "1,200 killed in Gaza … 2,500 killed
    /// in all" is compared by 2,500 while a war's running toll or "dozens" never outweighs the incident's figure.
    public var headlineCandidates: [CasualtyKind: [CasualtyFact]] {
        var candidates: [CasualtyKind: [CasualtyFact]] = [:]
        var lastWhole: CasualtyFact? = nil
        for fact in casualties where fact.modality == .asserted {
            if fact.relation == .whole { lastWhole = fact }
            // "Dozens of people have been killed …, including at least 29 people in one district": a precise part
            // of people in general under a vague whole is the best figure the article states.
            guard
                fact.relation == .whole
                    || (fact.subjectKey == nil && lastWhole?.qualifier == .vague
                        && lastWhole?.evidence.sentenceStart == fact.evidence.sentenceStart)
            else { continue }
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
        if fact.continuesList && first.evidence.sentenceStart == fact.evidence.sentenceStart
            && first.evidence.start <= fact.evidence.start
        {
            return true
        }
        return first.evidence.end == fact.evidence.end && first.evidence.sentenceStart == fact.evidence.sentenceStart
            && first.evidence.start < fact.evidence.start
    }
}
