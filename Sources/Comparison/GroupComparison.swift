/// Everything the comparison found for one group of articles.
///
/// `rows` are sorted as a reader should see them: conflicts first, largest first, then updates (largest change
/// first), agreements and singles; rows of equal rank keep `FactKey` order. `counts` cover `rows` and the
/// event-date row.
public struct GroupComparison: Hashable, Codable, Sendable {
    public var rows: [FactRow]
    public var eventDate: DateRow?
    public var notCompared: [UncomparedFact]
    public var counts: VerdictCounts
    /// Other numbers two or more sources give with the same unit word (sums, ages, durations), conflicts first.
    /// They are not in `counts`, which rank groups by their casualty figures and event date.
    public var quantities: [QuantityRow]

    public init(
        rows: [FactRow] = [], eventDate: DateRow? = nil, notCompared: [UncomparedFact] = [],
        counts: VerdictCounts = VerdictCounts(), quantities: [QuantityRow] = []
    ) {
        self.rows = rows
        self.eventDate = eventDate
        self.notCompared = notCompared
        self.counts = counts
        self.quantities = quantities
    }

    /// True when anything in the comparison conflicts: a casualty row, the event date or a quantity.
    public var hasConflict: Bool {
        counts.conflicts > 0 || quantities.contains { $0.verdict == .conflict }
    }

    /// The largest conflict's relative difference, 0 when nothing conflicts: ranks groups in an index.
    public var largestConflict: Double {
        rows.lazy.filter { $0.verdict == .conflict }.map(\.size).max() ?? 0
    }
}
