import Facts

/// One line of a group's fact table: the same kind of figure as each source reported it, and a verdict.
///
/// Entries are listed by publication date (undated last), then by article id, so the table reads as a timeline.
public struct FactRow: Hashable, Codable, Sendable {
    public var key: FactKey
    public var verdict: Verdict
    public var entries: [FactEntry]
    /// For a `conflict`: the largest |a − b| / max(a, b) over the pairs that conflict, taken on the two figures'
    /// nearest points (2,500 vs 200 → 0.92; "more than 2,500" vs 200 → 2,501 vs 200). Nil for other verdicts.
    public var relativeDifference: Double?
    /// True when a conflict sets figures from two differently named authorities against each other ("the health
    /// ministry" vs "the army"): a report should say so rather than call it a plain contradiction between outlets.
    public var differentAuthorities: Bool
    /// For an `update`: the earliest and the newest report and how the figure changed. Nil for other verdicts.
    public var change: FigureChange?

    public init(
        key: FactKey, verdict: Verdict, entries: [FactEntry], relativeDifference: Double? = nil,
        differentAuthorities: Bool = false, change: FigureChange? = nil
    ) {
        self.key = key
        self.verdict = verdict
        self.entries = entries
        self.relativeDifference = relativeDifference
        self.differentAuthorities = differentAuthorities
        self.change = change
    }

    /// The number that ranks rows of one verdict: conflict size, or the size of an update's change.
    public var size: Double { relativeDifference ?? change?.relativeChange ?? 0 }
}
