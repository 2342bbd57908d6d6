/// What happened to the run's inputs: how many were read, and why any were not.
///
/// Every skipped or failed input has a record, so that a newsroom can see that an article is missing from the
/// report and fix the feed rather than trust an incomplete comparison.
public struct RunSummary: Hashable, Codable, Sendable {
    /// Inputs found (files, or JSONL lines).
    public var inputs: Int
    /// Inputs that became articles.
    public var processed: Int
    /// Inputs passed over on purpose (empty body, unsupported type, duplicate id).
    public var skipped: Int
    /// Inputs that could not be read.
    public var failed: Int
    /// One record per skipped or failed input, in input order.
    public var records: [InputRecord]

    public init(inputs: Int, processed: Int, skipped: Int, failed: Int, records: [InputRecord] = []) {
        self.inputs = inputs
        self.processed = processed
        self.skipped = skipped
        self.failed = failed
        self.records = records
    }
}
