import CrossCheckModel
import Facts

/// How a figure moved between the earliest and the newest report of an `update` row.
///
/// "Al Jazeera (2023-10-12) reports more than 2,500 killed, up from 1,200 (Reuters, 2023-10-10)": `from` is the
/// earliest published entry, `to` the newest, and `relativeChange` is |to − from| / max(from, to) on the figures'
/// nearest points.
public struct FigureChange: Hashable, Codable, Sendable {
    public var fromArticleID: String
    public var fromPublished: CivilDate
    public var from: CountInterval
    /// The newest report.
    public var toArticleID: String
    public var toPublished: CivilDate
    public var to: CountInterval
    public var relativeChange: Double

    public init(
        fromArticleID: String, fromPublished: CivilDate, from: CountInterval, toArticleID: String,
        toPublished: CivilDate, to: CountInterval, relativeChange: Double
    ) {
        self.fromArticleID = fromArticleID
        self.fromPublished = fromPublished
        self.from = from
        self.toArticleID = toArticleID
        self.toPublished = toPublished
        self.to = to
        self.relativeChange = relativeChange
    }
}
