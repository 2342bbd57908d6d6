/// One line of a JSONL corpus reduced to what signatures need: its id and its text.
///
/// The similarity lane reads `text` exactly as written (no boilerplate cleaning), so that another engine given the
/// same file signs the same characters; `src`, when present, is the planted source of a generated near-duplicate
/// and only serves benchmark scoring.
public struct TextRecord: Sendable, Hashable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
