/// Everything one night's grouping writes, committed in one transaction so a crash leaves all of it or none.
///
/// The pending articles become grouped (with their band keys and facts); every analysed article gets its group;
/// groups are created, updated or deleted; each group that is new or changed tonight gets a change record.
public struct NightCommit: Sendable, Hashable {
    /// One article that was pending: its keys (its LSH band keys, then its keyword keys: the `signature` row's blob)
    /// and its facts (nil: none stored, they are extracted again when the article is read back).
    public struct IndexedArticle: Sendable, Hashable {
        public var rowID: Int64
        public var keys: [UInt64]
        public var factsJSON: String?

        public init(rowID: Int64, keys: [UInt64], factsJSON: String?) {
            self.rowID = rowID
            self.keys = keys
            self.factsJSON = factsJSON
        }
    }

    /// An indexed article whose stored facts did not decode, with its facts extracted again, to store over them.
    public struct RefreshedFacts: Sendable, Hashable {
        public var rowID: Int64
        public var factsJSON: String

        public init(rowID: Int64, factsJSON: String) {
            self.rowID = rowID
            self.factsJSON = factsJSON
        }
    }

    /// A group after tonight's grouping, with its members (row ids) and its state for tomorrow's comparison.
    public struct Group: Sendable, Hashable {
        public var id: Int64
        public var members: [Int64]
        public var snapshotJSON: String
        /// Stored groups merged into this one tonight (deleted by the commit): the story began on the first night
        /// of any of them.
        public var mergedFrom: [Int64]

        public init(id: Int64, members: [Int64], snapshotJSON: String, mergedFrom: [Int64] = []) {
            self.id = id
            self.members = members
            self.snapshotJSON = snapshotJSON
            self.mergedFrom = mergedFrom
        }
    }

    public var night: Int
    public var indexed: [IndexedArticle]
    public var groups: [Group]
    /// Groups left without members (merged into another or split up): removed.
    public var deletedGroups: [Int64]
    public var changes: [GroupChangeRecord]
    public var refreshedFacts: [RefreshedFacts]

    public init(
        night: Int, indexed: [IndexedArticle], groups: [Group], deletedGroups: [Int64], changes: [GroupChangeRecord],
        refreshedFacts: [RefreshedFacts] = []
    ) {
        self.night = night
        self.indexed = indexed
        self.groups = groups
        self.deletedGroups = deletedGroups
        self.changes = changes
        self.refreshedFacts = refreshedFacts
    }
}
