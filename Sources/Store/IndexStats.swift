import CrossCheckModel

/// What `crosscheck index stats` prints: counts, size on disk and the date range of an index.
public struct IndexStats: Sendable, Hashable {
    public var articles: Int
    /// Articles stored by a run that was interrupted before grouping them.
    public var pending: Int
    public var groups: Int
    /// Groups with more than one article.
    public var multiArticleGroups: Int
    /// Keys stored in the articles' signatures: band keys and keyword keys.
    public var keys: Int
    public var nights: Int
    public var firstNight: CivilDate?
    public var lastNight: CivilDate?
    public var earliestPublished: CivilDate?
    public var latestPublished: CivilDate?
    /// The database file plus its WAL, in bytes.
    public var sizeBytes: Int64
    public var schema: [String]

    public init(
        articles: Int, pending: Int, groups: Int, multiArticleGroups: Int, keys: Int, nights: Int,
        firstNight: CivilDate?, lastNight: CivilDate?, earliestPublished: CivilDate?, latestPublished: CivilDate?,
        sizeBytes: Int64, schema: [String]
    ) {
        self.articles = articles
        self.pending = pending
        self.groups = groups
        self.multiArticleGroups = multiArticleGroups
        self.keys = keys
        self.nights = nights
        self.firstNight = firstNight
        self.lastNight = lastNight
        self.earliestPublished = earliestPublished
        self.latestPublished = latestPublished
        self.sizeBytes = sizeBytes
        self.schema = schema
    }
}
