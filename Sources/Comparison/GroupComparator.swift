import CrossCheckModel
import Facts

/// Lines up the facts of a group's articles and says, fact by fact, whether the sources agree.
///
/// Casualty figures are aligned by `FactKey` (kind, subject, relation): "killed" with "killed", "Americans among
/// the killed" with the same subset. Each source contributes its best figure per key (the largest lower bound; on a
/// tie, the first in the text); for a kind as a whole, among its headline candidates
/// (`ArticleFacts.headlineCandidates`: figures about the incident, whatever subject they name, not a war's running
/// toll nor "dozens" when a precise figure is there). Only asserted figures take part: negated, hypothetical and historical ones are
/// listed in `notCompared`. Figures are compared as intervals with a tolerance for rounding, so "about 30" and 29,
/// or "more than 2,500" and 2,600, agree while 200 and 2,500 conflict — unless the 2,500 was published on a later
/// day, which makes it an `update`.
///
///     let comparison = GroupComparator.compare([reuters, aljazeera])
///     comparison.rows.first?.verdict  // .conflict, .update, .agree or .single
public enum GroupComparator {
    /// Compares the sources of one group.
    ///
    /// - Parameter sources: one entry per article; their order does not change the result.
    /// - Returns: rows sorted conflicts first (largest first), then updates, agreements and singles.
    public static func compare(_ sources: [SourceFacts]) -> GroupComparison {
        let ordered = sources.sorted(by: chronological)
        var entriesByKey: [FactKey: [FactEntry]] = [:]
        var notCompared: [UncomparedFact] = []
        for source in ordered {
            let chosen = bestFacts(of: source, notCompared: &notCompared)
            for (key, fact) in chosen {
                let entry = FactEntry(
                    articleID: source.articleID, outlet: source.outlet, published: source.published, fact: fact)
                entriesByKey[key, default: []].append(entry)
            }
        }
        let rows = entriesByKey.keys.sorted().map { row(for: $0, entries: entriesByKey[$0]!) }
        let sortedRows = rows.enumerated().sorted { left, right in
            if left.element.verdict != right.element.verdict { return left.element.verdict < right.element.verdict }
            if left.element.size != right.element.size { return left.element.size > right.element.size }
            return left.offset < right.offset
        }.map(\.element)
        let eventDate = dateRow(for: ordered, notCompared: &notCompared)
        var counts = VerdictCounts()
        for row in sortedRows { counts.add(row.verdict) }
        if let eventDate { counts.add(eventDate.verdict) }
        notCompared.sort { left, right in
            if left.articleID != right.articleID { return left.articleID < right.articleID }
            if left.start != right.start { return left.start < right.start }
            return left.reason < right.reason
        }
        return GroupComparison(
            rows: sortedRows, eventDate: eventDate, notCompared: notCompared, counts: counts,
            quantities: custodyRows(for: ordered) + quantityRows(for: ordered))
    }

    /// Dated sources first, oldest first; undated last; then by article id, so that entries read as a timeline.
    static func chronological(_ left: SourceFacts, _ right: SourceFacts) -> Bool {
        switch (left.published, right.published) {
        case (let l?, let r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return left.articleID < right.articleID
        }
    }

    /// The figure per key that a source is compared by; left-out figures go to `notCompared`.
    static func bestFacts(of source: SourceFacts, notCompared: inout [UncomparedFact]) -> [FactKey: CasualtyFact] {
        var chosen: [FactKey: CasualtyFact] = [:]
        for fact in source.facts.casualties {
            guard fact.modality == .asserted else {
                notCompared.append(
                    UncomparedFact(articleID: source.articleID, reason: reason(fact.modality), casualty: fact))
                continue
            }
            let key = FactKey(fact)
            if key.relation == .whole && key.subjectKey == nil { continue }
            if let current = chosen[key], !isBetter(fact, than: current) { continue }
            chosen[key] = fact
        }
        for (kind, candidates) in source.facts.headlineCandidates {
            for fact in candidates {
                if let current = chosen[FactKey(kind: kind)], !isBetter(fact, than: current) { continue }
                chosen[FactKey(kind: kind)] = fact
            }
        }
        // A headline that names its subject ("17 Americans missing" alone) is not shown twice.
        for (key, fact) in chosen where key.subjectKey != nil && chosen[FactKey(kind: key.kind)] == fact {
            chosen[key] = nil
        }
        for fact in source.facts.casualties where fact.modality == .asserted {
            guard let kept = chosen[FactKey(fact)], kept != fact, kept.count != fact.count else { continue }
            notCompared.append(UncomparedFact(articleID: source.articleID, reason: .superseded, casualty: fact))
        }
        return chosen
    }

    static func isBetter(_ candidate: CasualtyFact, than current: CasualtyFact) -> Bool {
        if candidate.count.low != current.count.low { return candidate.count.low > current.count.low }
        return candidate.evidence.start < current.evidence.start
    }

    static func reason(_ modality: Modality) -> UncomparedFact.Reason {
        switch modality {
        case .negated: return .negated
        case .hypothetical: return .hypothetical
        case .historical, .asserted: return .historical
        }
    }
}
