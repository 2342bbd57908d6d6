/// The result of expanding the paths a user gave: the files to read, the paths that will not be read, and the
/// folders' manifests.
public struct CollectedInputs: Sendable, Hashable {
    /// Files to read, in a deterministic order (arguments in the order given, each folder sorted by path).
    public var items: [InputItem]
    /// Paths that give no article: `skipped` (unsupported extension, a manifest passed as input) or `failed`
    /// (missing path, unreadable folder), each with its reason.
    public var rejected: [RecordOutcome]
    /// Manifests by the folder they describe (the folder as written in the items' paths).
    public var manifests: [String: Manifest]

    public init(items: [InputItem] = [], rejected: [RecordOutcome] = [], manifests: [String: Manifest] = [:]) {
        self.items = items
        self.rejected = rejected
        self.manifests = manifests
    }

    /// The manifest of the folder that holds `item`, if that folder has one.
    public func manifest(for item: InputItem) -> Manifest? { manifests[item.folder] }

    /// Problems found in manifests (malformed lines), sorted by manifest path then line.
    public var warnings: [String] {
        manifests.keys.sorted().flatMap { manifests[$0]!.problems }
    }
}
