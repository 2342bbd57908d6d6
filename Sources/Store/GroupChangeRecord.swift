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
    /// The group's report as JSON: as the report file has it when a night makes the record, compacted
    /// (``JSONCompaction``) when it is read back from the index, which stores it so.
    public var reportJSON: String

    public init(night: Int, groupID: Int64, beforeJSON: String?, changesJSON: String, reportJSON: String) {
        self.night = night
        self.groupID = groupID
        self.beforeJSON = beforeJSON
        self.changesJSON = changesJSON
        self.reportJSON = reportJSON
    }
}
