/// An article this run stored: its row, where it was in the input, and the id it was stored under.
///
/// A night prepares its articles while they are stored; this tells it which of the prepared ones became pending
/// rows, without reading their text back from the index.
public struct AdmittedArticle: Sendable, Hashable {
    public var rowID: Int64
    /// The article's position in the list given to ``IndexStore/admit(_:night:chunkSize:)``.
    public var position: Int
    /// The id it was stored under: its own, or `id@YYYY-MM-DD` when another article had that id.
    public var articleID: String
    /// The day its matching window is measured from (see ``StoredArticle/windowDay``).
    public var windowDay: Int
}
