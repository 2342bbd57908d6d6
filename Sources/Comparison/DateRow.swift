import CrossCheckModel

/// The group's event-date line: when each source says the event happened.
///
/// Dates have no `update` verdict: a later report does not move the day of the event. The verdict is `agree` when
/// one day is named by every source, `conflict` when none is, `single` when only one source dates the event.
public struct DateRow: Hashable, Codable, Sendable {
    public var verdict: Verdict
    public var entries: [DateEntry]
    /// The earliest day that every source names, when there is one.
    public var commonDate: CivilDate?
    /// Days between the earliest and the latest of the sources' first-named event dates (0 when they agree).
    public var spreadDays: Int

    public init(verdict: Verdict, entries: [DateEntry], commonDate: CivilDate? = nil, spreadDays: Int = 0) {
        self.verdict = verdict
        self.entries = entries
        self.commonDate = commonDate
        self.spreadDays = spreadDays
    }
}
