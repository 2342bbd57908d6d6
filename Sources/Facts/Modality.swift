/// Whether a mention asserts something about the reported event.
///
/// Only `asserted` facts are compared between sources: "no one was killed" or "could kill thousands" are not figures
/// a source reported, and "the 1967 war killed…" is history, not tonight's event.
public enum Modality: String, Codable, Sendable {
    case asserted
    case negated
    case hypothetical
    case historical
}
