/// Hashes of the few single words the extractors test directly ("of", "and", "-").
///
/// They are computed once: the hot loops compare token keys with these constants.
enum Keys {
    /// The table key of a single word or mark, folded like article text.
    static func key(_ word: String) -> UInt64 {
        TokenizedText(word).tokens.first?.full ?? 0
    }

    static let article = key("ال")
    static let ma = key("ما")
    static let point = key(".")
    static let slash = key("/")
    static let dash = key("-")
    static let the = key("the")
    static let wa = key("و")
    /// The Latin and the Arabic comma.
    static let commas: Set<UInt64> = [key(","), key("،")]
}
