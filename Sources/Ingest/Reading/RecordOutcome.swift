import CrossCheckModel

/// What happened to one input record: the article it gave, or why it gave none.
///
/// Every input is accounted for: a file gives at least one outcome, a JSONL file one per non-blank line, so a report
/// can say "120 processed, 3 skipped, 2 failed" and list each reason.
public struct RecordOutcome: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// An article was read.
        case processed
        /// Nothing to read, and nothing wrong with that (an empty file, an unsupported extension).
        case skipped
        /// The input is damaged or malformed; `reason` says how to fix it.
        case failed
    }

    /// A path, or `path:line` for a JSONL record.
    public var origin: String
    public var status: Status
    /// Why the record was skipped or failed (nil when processed).
    public var reason: String?
    public var article: Article?
    /// Where the article's metadata came from (HTML and WARC inputs).
    public var sources: MetadataSources?
    /// Time spent decoding, parsing and extracting the page, in milliseconds (HTML and WARC inputs).
    public var extractionMilliseconds: Double?

    public init(origin: String, status: Status, reason: String? = nil, article: Article? = nil) {
        self.origin = origin
        self.status = status
        self.reason = reason
        self.article = article
    }

    /// Equality ignores `extractionMilliseconds`, which differs from run to run.
    public static func == (lhs: RecordOutcome, rhs: RecordOutcome) -> Bool {
        lhs.origin == rhs.origin && lhs.status == rhs.status && lhs.reason == rhs.reason && lhs.article == rhs.article
            && lhs.sources == rhs.sources
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(origin)
        hasher.combine(status)
        hasher.combine(reason)
        hasher.combine(article)
        hasher.combine(sources)
    }

    static func processed(_ article: Article) -> RecordOutcome {
        RecordOutcome(origin: article.origin, status: .processed, article: article)
    }

    static func failed(_ origin: String, _ error: IngestError) -> RecordOutcome {
        RecordOutcome(origin: origin, status: .failed, reason: error.description)
    }

    static func skipped(_ origin: String, _ reason: String) -> RecordOutcome {
        RecordOutcome(origin: origin, status: .skipped, reason: reason)
    }
}
