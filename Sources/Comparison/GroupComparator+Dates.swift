import CrossCheckModel
import Facts

extension GroupComparator {
    /// The event-date row: each source's resolved, day-grained event dates; nil when no source dates the event.
    ///
    /// When fewer than two sources give a day, month- and year-grained event dates are compared instead ("عام
    /// 2018" against "عام 2020" is a contradiction an editor must see); otherwise they go to `notCompared` with
    /// historical and unresolved dates.
    static func dateRow(for sources: [SourceFacts], notCompared: inout [UncomparedFact]) -> DateRow? {
        var dayEntries: [DateEntry] = []
        var coarseEntries: [DateEntry] = []
        var coarseFacts: [UncomparedFact] = []
        for source in sources {
            var days: [DateFact] = []
            var coarse: [DateFact] = []
            for fact in source.facts.dates.sorted(by: { $0.evidence.start < $1.evidence.start }) {
                switch exclusion(of: fact) {
                case nil:
                    if !days.contains(where: { $0.date == fact.date }) { days.append(fact) }
                case .coarseDate?:
                    coarseFacts.append(UncomparedFact(articleID: source.articleID, reason: .coarseDate, date: fact))
                    if !coarse.contains(where: { $0.date == fact.date }) { coarse.append(fact) }
                case let reason?:
                    notCompared.append(UncomparedFact(articleID: source.articleID, reason: reason, date: fact))
                }
            }
            let (outlet, published) = (source.outlet, source.published)
            if !days.isEmpty {
                dayEntries.append(
                    DateEntry(articleID: source.articleID, outlet: outlet, published: published, dates: days))
            }
            if !coarse.isEmpty {
                coarseEntries.append(
                    DateEntry(articleID: source.articleID, outlet: outlet, published: published, dates: coarse))
            }
        }
        let entries: [DateEntry]
        if dayEntries.count < 2 && coarseEntries.count >= 2 {
            entries = coarseEntries
        } else {
            entries = dayEntries
            notCompared += coarseFacts
        }
        if entries.isEmpty, let row = weekdayRow(for: sources) { return row }
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

    /// When no source fixes a date, weekdays named without one ("الأربعاء الأحمر" against "الثلاثاء الأحمر",
    /// undated headlines): a conflict when two sources name weekdays and share none, else nil.
    static func weekdayRow(for sources: [SourceFacts]) -> DateRow? {
        var entries: [DateEntry] = []
        for source in sources {
            let named = source.facts.dates.filter { $0.date == nil && $0.weekday != nil && $0.role == .event }
            guard !named.isEmpty else { continue }
            entries.append(
                DateEntry(articleID: source.articleID, outlet: source.outlet, published: source.published, dates: named)
            )
        }
        guard entries.count > 1 else { return nil }
        var common = Set(entries[0].dates.compactMap(\.weekday))
        for entry in entries.dropFirst() { common.formIntersection(entry.dates.compactMap(\.weekday)) }
        return common.isEmpty ? DateRow(verdict: .conflict, entries: entries, spreadDays: 0) : nil
    }

    /// Why a date is left out of the day-grained event-date row, or nil when it takes part.
    static func exclusion(of fact: DateFact) -> UncomparedFact.Reason? {
        if fact.role == .historical { return .historical }
        // "since 2011" bounds the event; "منذ يوم السبت" (since Saturday) still dates it by its day.
        if fact.kind == .interval, fact.date == nil || (fact.end == nil && fact.grain != .day),
            fact.resolution != .unresolved
        {
            return .openRange
        }
        if fact.date == nil || fact.resolution == .unresolved { return .unresolvedDate }
        if fact.grain != .day { return .coarseDate }
        return nil
    }
}
