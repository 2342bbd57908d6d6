/// Tonight's groups decided against the indexed candidates read back, before their reports: what
/// ``Pipeline/link(tonight:indexed:storedGroups:groupSizes:mergeStories:timings:)`` decides and
/// ``Pipeline/report(_:mates:mateGroups:order:timings:)`` completes once the joined groups' other members are read.
public struct AttachLinks: Sendable {
    /// The indexed candidates, then tonight's articles.
    let items: [PreparedArticle]
    /// Where tonight's articles start in `items`.
    let offset: Int
    let verifier: PairVerifier
    /// Every assessed candidate pair, in pair order (indices in `items`).
    let assessed: [PairAssessment]
    /// The stored group of each indexed candidate; an ungrouped one is a group of its own, labelled `-(index + 1)`
    /// (stored group ids count from 1, so a label is a stored group exactly when it is positive).
    let labels: [Int64]
    /// Stored groups (by label) and the positions in `items` of tonight's articles that join them; where stored
    /// groups merge, the key is one of them and the others are in `merged`.
    let joined: [Int64: [Int]]
    /// Stored groups (by label) merged tonight into the group keyed in `joined` that they map to.
    let merged: [Int64: Int64]
    /// Tonight's groups that join no stored group, as positions in `items`.
    let newGroups: [[Int]]

    /// The stored groups tonight's articles join or merge, ascending: those whose other members the caller reads
    /// back.
    public var joinedGroups: [Int64] { (Array(joined.keys) + Array(merged.keys)).filter { $0 > 0 }.sorted() }

    /// The key in `joined` under which a stored group's members go: its own label unless it was merged.
    func story(of label: Int64) -> Int64 { merged[label] ?? label }
}
