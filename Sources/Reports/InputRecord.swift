/// Why one input did not become an article.
public struct InputRecord: Hashable, Codable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// Passed over on purpose: nothing to compare in it.
        case skipped
        /// Could not be read or parsed.
        case failed
    }

    /// Where the input came from: a path, or `path:line` for a JSONL record.
    public var origin: String
    public var status: Status
    /// A message a user can act on ("not UTF-8 and no charset declared").
    public var reason: String

    public init(origin: String, status: Status, reason: String) {
        self.origin = origin
        self.status = status
        self.reason = reason
    }
}
