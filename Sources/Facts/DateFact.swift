import CrossCheckModel

/// A date mentioned in an article, resolved to the calendar when it can be.
///
/// "أمس الأربعاء 11 أكتوبر الجاري" resolves to 2023-10-11 with `yearInferred` set when no publication date fixes
/// the year; "حدود الرابع من يونيو 1967" is a `historical` reference, not the date of the reported event.
public struct DateFact: Hashable, Codable, Sendable {
    public enum Grain: String, Codable, Sendable {
        case day
        case month
        case year
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
