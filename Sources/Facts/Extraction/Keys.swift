/// Hashes of the few single words the extractors test directly ("of", "and", "-").
enum Keys {
    /// The table key of a single word or mark, folded like article text.
    static func key(_ word: String) -> UInt64 {
        TokenizedText(word).tokens.first?.full ?? 0
    }
}
