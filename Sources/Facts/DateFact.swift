import CrossCheckModel

/// A date mentioned in an article, resolved to the calendar when it can be.
///
/// "أمس الأربعاء 11 أكتوبر الجاري" resolves to 2023-10-11 with `yearInferred` set when no publication date fixes
/// the year; "حدود الرابع من يونيو 1967" is a `historical` reference, not the date of the reported event.
public struct DateFact: Hashable, Codable, Sendable {
    public enum Grain: String, Codable, Sendable {
        case day
        /// A week from Monday: "next week", "week 10", "الأسبوع المقبل". `date` is its Monday.
        case week
        case month
        /// "the third quarter", "Q4 2018": `date` is the quarter's first day.
        case quarter
        case year
    }

    /// Whether the fact is one date, a span of dates or a recurring date.
    public enum Kind: String, Codable, Sendable {
        /// One day, week, month, quarter or year: `date` at `grain`.
        case value
        /// From `date` (nil when open: "through 2014") to `end`, exclusive (nil when open: "since 2014"); both at
        /// `grain`. "July 13-15" is 2013-07-13 to 2013-07-16, "the last 2 years" 2011 to 2013.
        case interval
        /// A recurring date: "every day", "weekly", "كل يوم"; `recurrence` is its ISO 8601 period ("P1D").
        case set
    }

    public enum Role: String, Codable, Sendable {
        /// When the reported event happened (or the article's own "today", "yesterday").
        case event
        /// A date the article refers back to: an anniversary, a border, an earlier call.
        case historical
    }

    /// How the year (or the whole date, for relative words) was found.
    public enum Resolution: String, Codable, Sendable {
        /// Everything was written out: "11 October 2023".
        case explicit
        /// The year came from the publication date ("11 أكتوبر الجاري" in an article of 12 October 2023).
        case fromPublication = "from_publication"
        /// No publication date: the year is the latest one, not after the reference date, in which the stated day
        /// falls on the stated weekday.
        case inferredFromWeekday = "inferred_from_weekday"
        /// No publication date and no weekday: the latest year not after the reference date.
        case inferredFromReference = "inferred_from_reference"
        /// Relative words ("أمس", "last Saturday") resolved against the publication date.
        case relative
        /// Could not be placed on the calendar (relative words with no publication date).
        case unresolved
    }

    /// The resolved date; nil when `resolution` is `unresolved`. For `month` and `year` grains, the first day.
    public var date: CivilDate?
    public var grain: Grain
    public var role: Role
    public var resolution: Resolution
    /// The weekday the text names, if any ("الأربعاء").
    public var weekday: Weekday?
    /// True when the named weekday does not match the resolved date: a sign of a typo or a misread date.
    public var weekdayMismatch: Bool
    public var evidence: Evidence
    public var kind: Kind = .value
    /// The exclusive end of an interval; nil for a value, a set or an interval open at its end.
    public var end: CivilDate?
    /// For an interval written with both ends ("du 3 au 12 septembre"), the first day of its closing date
    /// (12 September); `end` is the day after the interval (13 September).
    public var closing: CivilDate?
    /// The ISO 8601 period or Timex of a set: "P1D" (every day), "P2W", "XXXX-WXX-1" (every Monday).
    public var recurrence: String?

    /// True when part of the date was not written in the text.
    public var isInferred: Bool {
        switch resolution {
        case .explicit: return false
        default: return true
        }
    }

    public init(
        date: CivilDate?, grain: Grain, role: Role, resolution: Resolution, weekday: Weekday? = nil,
        weekdayMismatch: Bool = false, evidence: Evidence
    ) {
        self.date = date
        self.grain = grain
        self.role = role
        self.resolution = resolution
        self.weekday = weekday
        self.weekdayMismatch = weekdayMismatch
        self.evidence = evidence
    }
}

extension DateFact {
    private enum CodingKeys: String, CodingKey {
        case date, grain, role, resolution, weekday, weekdayMismatch, evidence, kind, end, closing, recurrence
    }

    /// Decodes facts written before intervals and sets existed: `kind` defaults to `value`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decodeIfPresent(CivilDate.self, forKey: .date)
        grain = try container.decode(Grain.self, forKey: .grain)
        role = try container.decode(Role.self, forKey: .role)
        resolution = try container.decode(Resolution.self, forKey: .resolution)
        weekday = try container.decodeIfPresent(Weekday.self, forKey: .weekday)
        weekdayMismatch = try container.decode(Bool.self, forKey: .weekdayMismatch)
        evidence = try container.decode(Evidence.self, forKey: .evidence)
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .value
        end = try container.decodeIfPresent(CivilDate.self, forKey: .end)
        closing = try container.decodeIfPresent(CivilDate.self, forKey: .closing)
        recurrence = try container.decodeIfPresent(String.self, forKey: .recurrence)
    }

    /// Writes `kind`, `end`, `closing` and `recurrence` only for intervals and sets, so a plain date keeps its former form.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(grain, forKey: .grain)
        try container.encode(role, forKey: .role)
        try container.encode(resolution, forKey: .resolution)
        try container.encodeIfPresent(weekday, forKey: .weekday)
        try container.encode(weekdayMismatch, forKey: .weekdayMismatch)
        try container.encode(evidence, forKey: .evidence)
        if kind != .value { try container.encode(kind, forKey: .kind) }
        try container.encodeIfPresent(end, forKey: .end)
        try container.encodeIfPresent(closing, forKey: .closing)
        try container.encodeIfPresent(recurrence, forKey: .recurrence)
    }
}
