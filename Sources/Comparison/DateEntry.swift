import CrossCheckModel
import Facts

/// The event dates one source gives: resolved, day-grained dates with the `event` role, in text order.
///
/// A source may name more than one ("yesterday, Wednesday 11 October… on Thursday"); the row agrees when some day
/// is named by every source. Each `DateFact` keeps its `resolution`, so a report can mark an inferred year.
public struct DateEntry: Hashable, Codable, Sendable {
    public var articleID: String
    public var outlet: String?
    public var published: CivilDate?
    /// Distinct dates, first mention of each, in the order the text names them.
    public var dates: [DateFact]

    public init(articleID: String, outlet: String? = nil, published: CivilDate? = nil, dates: [DateFact]) {
        self.articleID = articleID
        self.outlet = outlet
        self.published = published
        self.dates = dates
    }

    /// The first event date the text names: usually the lede's "yesterday" or "on Wednesday".
    public var primary: CivilDate? { dates.first?.date }
}
