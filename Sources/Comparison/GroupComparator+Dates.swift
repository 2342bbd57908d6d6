import CrossCheckModel
import Facts

extension GroupComparator {
    /// The event-date row: each source's resolved, day-grained event dates; nil when no source dates the event.
    ///
    /// Historical, unresolved and month- or year-grained dates are listed in `notCompared` instead.
    static func dateRow(for sources: [SourceFacts], notCompared: inout [UncomparedFact]) -> DateRow? {
        var entries: [DateEntry] = []
        for source in sources {
            var kept: [DateFact] = []
            for fact in source.facts.dates.sorted(by: { $0.evidence.start < $1.evidence.start }) {
                if let reason = exclusion(of: fact) {
                    notCompared.append(UncomparedFact(articleID: source.articleID, reason: reason, date: fact))
                } else if !kept.contains(where: { $0.date == fact.date }) {
                    kept.append(fact)
                }
            }
            if !kept.isEmpty {
                entries.append(
                    DateEntry(
                        articleID: source.articleID, outlet: source.outlet, published: source.published, dates: kept))
            }
        }
        guard let first = entries.first else { return nil }
        guard entries.count > 1 else { return DateRow(verdict: .single, entries: entries) }
        var common = Set(first.dates.compactMap(\.date))
        for entry in entries.dropFirst() { common.formIntersection(entry.dates.compactMap(\.date)) }
        let primaries = entries.compactMap(\.primary).map(\.daysSinceEpoch)
        let spread = (primaries.max() ?? 0) - (primaries.min() ?? 0)
        if let day = common.min() {
            return DateRow(verdict: .agree, entries: entries, commonDate: day, spreadDays: spread)
        }
        return DateRow(verdict: .conflict, entries: entries, spreadDays: spread)
    }

    /// Why a date is left out of the event-date row, or nil when it takes part.
    static func exclusion(of fact: DateFact) -> UncomparedFact.Reason? {
        if fact.role == .historical { return .historical }
        if fact.date == nil || fact.resolution == .unresolved { return .unresolvedDate }
        if fact.grain != .day { return .coarseDate }
        return nil
    }
}
