/// A word or number of a text after normalisation, with where it was in the original text.
///
/// Offsets count Unicode scalars of the original string (not graphemes, not UTF-16), so that they survive
/// diacritics: in "أَنْتُونِي" the token `انتوني` spans scalars 0..<10. `end` is exclusive and includes the marks,
/// tatweel and invisible controls inside or right after the word; `start` is the first letter or digit.
///
///     Tokenizer.tokens(in: "الـ53")  // [Token("ال", 0..<3), Token("53", 3..<5, number)]
public struct Token: Hashable, Sendable, CustomStringConvertible {
    /// Whether the token is made of digits only; a number is split from letters of another script ("الـ53").
    public enum Kind: String, Hashable, Sendable {
        case word
        case number
    }

    /// The normalised text (see ``TextNormalizer``).
    public let text: String
    /// Index of the first scalar of the token in the original text's `unicodeScalars`.
    public let start: Int
    /// Index one past the last scalar of the token in the original text's `unicodeScalars`.
    public let end: Int
    public let kind: Kind

    public init(text: String, start: Int, end: Int, kind: Kind = .word) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var description: String { "\(text)@\(start)..<\(end)" }
}
