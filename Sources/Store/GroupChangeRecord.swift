/// A group that is new or changed on one night: its state before the night, what changed and its report.
///
/// The record is what a re-run of the same night reads back, so the nightly report comes out the same however often
/// the night is run. `beforeJSON` is the group's state when the night began (nil for a group born tonight); a second
/// run the same night with more input keeps it, so "what changed" is always measured from the start of the night.
public struct GroupChangeRecord: Sendable, Hashable {
    public var night: Int
    public var groupID: Int64
    public var beforeJSON: String?
    public var changesJSON: String
    /// With ``memberRows``: what the night's verifier decided of the group's page (its scores and the pairs shown),
    /// as JSON. Without (a record stored before schema v6): the whole page as JSON, compacted (``JSONCompaction``).
    public var reportJSON: String
    /// The index rows of the group's members that night, in the page's order; nil for a record stored before
    /// schema v6, whose ``reportJSON`` is the whole page.
    public var memberRows: [Int64]?
    /// The position in ``memberRows`` of the first of the night's new articles (the page's pairs and copied
    /// passages are those involving one of them).
    public var firstNew: Int?

    public init(
        night: Int, groupID: Int64, beforeJSON: String?, changesJSON: String, reportJSON: String,
        memberRows: [Int64]? = nil, firstNew: Int? = nil
    ) {
        self.night = night
        self.groupID = groupID
        self.beforeJSON = beforeJSON
        self.changesJSON = changesJSON
        self.reportJSON = reportJSON
        self.memberRows = memberRows
        self.firstNew = firstNew
    }
}
