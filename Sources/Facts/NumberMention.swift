/// A number found in text, in digits or words ("2500", "٢٥٠٠", "ألفين", "three thousand", "trois mille").
public struct NumberMention: Hashable, Codable, Sendable {
    public var value: Double
    public var isOrdinal: Bool
    public var evidence: Evidence

    public init(value: Double, isOrdinal: Bool = false, evidence: Evidence) {
        self.value = value
        self.isOrdinal = isOrdinal
        self.evidence = evidence
    }
}
