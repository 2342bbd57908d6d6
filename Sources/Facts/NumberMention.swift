/// A number found in text, in digits or words ("2500", "٢٥٠٠", "ألفين", "three thousand", "trois mille").
public struct NumberMention: Hashable, Codable, Sendable {
    public var value: Double
    public var isOrdinal: Bool
    public var evidence: Evidence
    /// For a vague count ("عشرات", "مليارات", "hundreds"), the interval it stands for; `value` is then its lower
    /// bound (see `ArticleFacts.vagueCounts`). nil for a number written out. Not encoded.
    public var vague: CountInterval? = nil
    /// For a relative ordinal ("الأخير", "السابق", "next to last"), what it counts from; `value` is then the
    /// offset ("قبل الأخير" = end −1). nil for numbers and numbered ordinals. Not encoded.
    public var anchor: OrdinalAnchor? = nil

    private enum CodingKeys: String, CodingKey {
        case value, isOrdinal, evidence
    }

    public init(value: Double, isOrdinal: Bool = false, evidence: Evidence) {
        self.value = value
        self.isOrdinal = isOrdinal
        self.evidence = evidence
    }
}

/// What a relative ordinal counts from: the end of a list ("الأخير" = end+0) or the current item ("التالي" =
/// current+1), as Recognizers-Text resolves them.
public enum OrdinalAnchor: String, Hashable, Codable, Sendable {
    case end
    case current
}
