import CrossCheckModel

/// An article as the index holds it: the article, its identity and where it stands in the nightly process.
///
/// `windowDay` is the day the matching window is measured from: the publication date when known, otherwise the
/// night the article was added, so an undated article still ages out of the window.
public struct StoredArticle: Sendable, Hashable {
    /// SQLite's row id: the order in which articles entered the index, used as the canonical order of a batch.
    public var rowID: Int64
    public var article: Article
    public var contentHash: UInt64
    /// The night (days since 1970-01-01) the article was added.
    public var night: Int
    public var windowDay: Int
    /// False while the article is stored but its night's grouping has not been committed (a run was interrupted).
    public var grouped: Bool
    /// The index's group of the article, once grouped.
    public var groupID: Int64?
    /// The article's facts as JSON (`ArticleFacts`), once grouped.
    public var factsJSON: String?

    public init(
        rowID: Int64, article: Article, contentHash: UInt64, night: Int, windowDay: Int, grouped: Bool,
        groupID: Int64? = nil, factsJSON: String? = nil
    ) {
        self.rowID = rowID
        self.article = article
        self.contentHash = contentHash
        self.night = night
        self.windowDay = windowDay
        self.grouped = grouped
        self.groupID = groupID
        self.factsJSON = factsJSON
    }
}
