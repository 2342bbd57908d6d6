import CrossCheckModel
import Facts
import Reports
import Similarity

/// Articles prepared for grouping (facts, shingles), opaque outside the pipeline: tonight's and the index's.
///
/// A nightly run prepares tonight's articles once, takes their LSH band keys to look up candidates in the index,
/// then reads back the index's candidates and their groups and attaches tonight's groups to them with
/// ``Pipeline/attach(tonight:indexed:storedGroups:)``.
public struct PreparedWindow: Sendable {
    var items: [PreparedArticle]

    public var count: Int { items.count }
    public var articles: [Article] { items.map(\.article) }
    public var facts: [ArticleFacts] { items.map(\.facts) }

    /// The two windows' articles, `self`'s first.
    public func appending(_ other: PreparedWindow) -> PreparedWindow {
        PreparedWindow(items: items + other.items)
    }
}

/// One group of a window: member positions in the window, ascending, and its report (id to be set by the caller).
public struct WindowGroup: Sendable {
    public var members: [Int]
    public var report: GroupReport
}
