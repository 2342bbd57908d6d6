import CrossCheckModel
import Facts
import Reports
import Similarity

/// Articles prepared for grouping (facts, shingles), opaque outside the pipeline: tonight's and the index's.
///
/// A nightly run prepares tonight's articles once, takes their LSH band keys to look up candidates in the index,
/// reads the candidates back and links tonight's groups to theirs with
/// ``Pipeline/link(tonight:indexed:storedGroups:groupSizes:mergeStories:timings:)``, then reads the other members of
/// the groups tonight's articles join for ``Pipeline/report(_:mates:mateGroups:order:timings:)``.
public struct PreparedWindow: Sendable {
    var items: [PreparedArticle]
    /// The MinHash signatures of the items' copy shingles, one row per item, once ``Pipeline/signed(_:)`` has taken
    /// them: the index keys and the near-copy search read the same signatures, which are then computed once.
    var copySignatures: SignatureMatrix?

    init(items: [PreparedArticle], copySignatures: SignatureMatrix? = nil) {
        self.items = items
        self.copySignatures = copySignatures
    }

    public var count: Int { items.count }
    public var articles: [Article] { items.map(\.article) }
    public var facts: [ArticleFacts] { items.map(\.facts) }

    /// The two windows' articles, `self`'s first; signed when both are.
    public func appending(_ other: PreparedWindow) -> PreparedWindow {
        let signatures = copySignatures.flatMap { mine in other.copySignatures.map { mine.appending($0) } }
        return PreparedWindow(items: items + other.items, copySignatures: signatures)
    }

    /// The windows' articles, one window after the other: the parts of a window prepared as they were read (not
    /// signed: read-back windows never are).
    public static func joined(_ parts: [PreparedWindow]) -> PreparedWindow {
        PreparedWindow(items: parts.flatMap(\.items))
    }

    /// A window of some of these articles, in the order given, each under the identity given with it.
    ///
    /// A night prepares the articles it read while the index stores them, then takes those it stored, as the
    /// index has them (an article whose id another article had is stored under a new one): the preparation does
    /// not depend on the id, so it is reused rather than done again.
    public func picking(_ picks: [(position: Int, article: Article)]) -> PreparedWindow {
        PreparedWindow(
            items: picks.map { pick in
                let item = items[pick.position]
                return item.article == pick.article ? item : PreparedArticle(item, as: pick.article)
            },
            copySignatures: copySignatures?.rows(picks.map(\.position)))
    }
}

/// One group of a window: member positions in the window, ascending, and its report (id to be set by the caller).
public struct WindowGroup: Sendable {
    public var members: [Int]
    public var report: GroupReport
    /// The position in ``members`` of the first of tonight's articles (the window's stored articles come first);
    /// the report's pairs and copied passages are those involving one from here on.
    public var firstNew: Int
}
