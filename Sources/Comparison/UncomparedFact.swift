import Facts

/// A fact a source gave that was left out of the comparison, and why.
///
/// "No one was killed", "could kill thousands" and "the 1967 war" are not figures for tonight's event; listing them
/// apart lets a reader check that the extractor read them right instead of losing them silently.
public struct UncomparedFact: Hashable, Codable, Sendable {
    public enum Reason: String, Codable, Sendable, Comparable {
        /// The text denies the figure ("no one was killed").
        case negated
        /// The figure is a possibility or a warning ("could kill thousands").
        case hypothetical
        /// The figure or date belongs to an earlier event ("the 1967 war", "the 4 June 1967 borders").
        case historical
        /// The same source gives a larger figure of the same kind; that one was compared.
        case superseded
        /// An event date that could not be placed on the calendar.
        case unresolvedDate = "unresolved_date"
        /// An event date known only to the month or the year.
        case coarseDate = "coarse_date"
        /// A period open at one end ("since 2011", "before 2018"): it bounds the event, it does not date it.
        case openRange = "open_range"

        public static func < (lhs: Reason, rhs: Reason) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var articleID: String
    public var reason: Reason
    /// Set for a casualty figure.
    public var casualty: CasualtyFact?
    /// Set for a date.
    public var date: DateFact?

    public init(articleID: String, reason: Reason, casualty: CasualtyFact? = nil, date: DateFact? = nil) {
        self.articleID = articleID
        self.reason = reason
        self.casualty = casualty
        self.date = date
    }

    /// Where the fact starts in its article, for ordering.
    var start: Int { casualty?.evidence.start ?? date?.evidence.start ?? 0 }
}
