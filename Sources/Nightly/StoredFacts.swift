import Facts

/// An article's facts as the index stores them: `ArticleFacts`' own encoding, plus what it leaves out of the `facts`
/// output: the vague counts (with their intervals), the relative ordinals (with their anchors), and each casualty
/// figure's flags (cumulative, additional, toll, continuing a list, unidentified).
///
/// A night compares an indexed member's facts with tonight's. Without these, an earlier article's "عشرات القتلى"
/// would stop counting against tonight's figures after its first night, and its headline toll could change (an
/// added figure no longer added, a running toll taken for the incident's). Each is written only when there is
/// something to write, so most stored facts read as plain `ArticleFacts`; facts stored before this type read with
/// none.
///
/// The `Codable` conformance defines the row's JSON, written by ``StoredJSON`` (`JSONTextEncoder`, the bytes
/// `JSONEncoder` wrote). A night reads rows with ``StoredFactsReader``, which decodes the same without Foundation's
/// `JSONDecoder`; the tests hold both to `JSONEncoder` and `JSONDecoder`.
///
///     let text = try StoredFacts.json(facts)
///     let facts = try StoredFacts.facts(json: text)
struct StoredFacts: Codable {
    var facts: ArticleFacts

    /// A number mention with the two fields `NumberMention` does not encode.
    private struct Mention: Codable {
        var value: Double
        var isOrdinal: Bool
        var evidence: Evidence
        var vague: CountInterval?
        var anchor: OrdinalAnchor?

        init(_ mention: NumberMention) {
            value = mention.value
            isOrdinal = mention.isOrdinal
            evidence = mention.evidence
            vague = mention.vague
            anchor = mention.anchor
        }

        var mention: NumberMention {
            var mention = NumberMention(value: value, isOrdinal: isOrdinal, evidence: evidence)
            mention.vague = vague
            mention.anchor = anchor
            return mention
        }
    }

    private enum CodingKeys: String, CodingKey {
        case vagueCounts, relativeOrdinals, casualtyFlags
    }

    /// A casualty figure's flags, bit 0 first: the order of the bits in `casualtyFlags` (docs/index.md).
    private static let flagBits: [any WritableKeyPath<CasualtyFact, Bool> & Sendable] = [
        \.isCumulative, \.isAdditional, \.isToll, \.continuesList, \.isUnidentified,
    ]

    static func flags(_ fact: CasualtyFact) -> Int {
        flagBits.enumerated().reduce(0) { $0 | (fact[keyPath: $1.element] ? 1 << $1.offset : 0) }
    }

    static func apply(_ bits: Int, to fact: inout CasualtyFact) {
        for (bit, path) in flagBits.enumerated() { fact[keyPath: path] = bits & (1 << bit) != 0 }
    }

    /// `facts` as the index's `facts` row holds them.
    ///
    /// - Throws: `EncodingError` for a number that is not finite, which the extractor does not make (numbers are
    ///   bounded where they are read); a caller stores no row then, and the facts are extracted again when read back.
    static func json(_ facts: ArticleFacts) throws -> String {
        try StoredJSON.encode(StoredFacts(facts))
    }

    /// The facts a `facts` row holds, written by ``json(_:)`` or, before this type, as plain `ArticleFacts`: what
    /// `JSONDecoder` decodes with this type's `init(from:)`, read directly (``StoredFactsReader``).
    static func facts(json: String) throws -> ArticleFacts {
        try StoredFactsReader.facts(json: json)
    }

    init(_ facts: ArticleFacts) {
        self.facts = facts
    }

    init(from decoder: any Decoder) throws {
        facts = try ArticleFacts(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        facts.vagueCounts = try container.decodeIfPresent([Mention].self, forKey: .vagueCounts)?.map(\.mention) ?? []
        facts.relativeOrdinals =
            try container.decodeIfPresent([Mention].self, forKey: .relativeOrdinals)?.map(\.mention) ?? []
        if let flags = try container.decodeIfPresent([Int].self, forKey: .casualtyFlags),
            flags.count == facts.casualties.count
        {
            for index in flags.indices { Self.apply(flags[index], to: &facts.casualties[index]) }
        }
    }

    func encode(to encoder: any Encoder) throws {
        try facts.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !facts.vagueCounts.isEmpty {
            try container.encode(facts.vagueCounts.map(Mention.init), forKey: .vagueCounts)
        }
        if !facts.relativeOrdinals.isEmpty {
            try container.encode(facts.relativeOrdinals.map(Mention.init), forKey: .relativeOrdinals)
        }
        let flags = facts.casualties.map(Self.flags)
        if flags.contains(where: { $0 != 0 }) { try container.encode(flags, forKey: .casualtyFlags) }
    }
}
