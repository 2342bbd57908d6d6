/// One word, number or punctuation mark of an article, with its place in the original text.
///
/// Tokens keep offsets in Unicode scalars of the original text, so evidence can quote the text exactly as written,
/// while `key` is the hash of the folded word (or of its stem, when an Arabic clitic such as "و" or "ال" was cut so
/// that the stem is a known word). Every table lookup is then one dictionary probe on `key`.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        case punctuation
    }

    /// The clitic cut from the front of an Arabic word before its stem matched a known word.
    enum Clitic: UInt8, Sendable {
        case none
        /// "و" (and): joins number words ("خمسة وعشرون") and ranges ("بين 20 و30").
        case wa
        /// "ف" (so).
        case fa
        /// The article with or without a conjunction or preposition: "ال", "وال", "بال", "لل".
        case article
        /// A preposition: "ب", "ل", "ك", possibly after "و" or "ف".
        case preposition
    }

    var kind: Kind
    /// Offset of the first scalar in the original text.
    var start: Int
    /// Offset just past the last scalar in the original text.
    var end: Int
    /// Hash of the folded word or of its known stem; for punctuation, of the mark; 0 for numbers.
    var key: UInt64
    /// Hash of the whole folded word, clitics included.
    var full: UInt64
    var clitic: Clitic = .none
    /// True when `key` is in the vocabulary of the fact tables: only such words need a table lookup.
    var isKnown: Bool = false
    /// The tables in which a phrase starts with this word (see `Lexicon`); all bits set when tokenized without one.
    var mask: UInt16 = 0
    var isArabic: Bool = false
    /// True when the word starts with an upper-case Latin letter ("Saturday", "U").
    var isCapitalized: Bool = false
    /// The value of a number token (digits, any script, with separators read); its magnitude is below
    /// ``largestNumber``.
    var value: Double = 0
    /// How many integer digits a number token has: 4 for a year.
    var digits: Int = 0
    var isInteger: Bool = true
    /// Folded scalar count of a word, for short-word checks.
    var length: Int = 0
    /// The sentence the token belongs to (index into `TokenizedText.sentences`).
    var sentence: Int = 0

    /// Numbers at least this large (10¹⁸, or not finite: "1e400", four hundred nines) are read as unknown words.
    ///
    /// No count, day or year a report states is that large: such digit runs are identifiers or garbage. Bounded,
    /// every figure stays inside `Int` (up to 9.2 × 10¹⁸), which dates and reports convert figures to; unbounded,
    /// one article with a twenty-digit number stopped the whole run. (10¹⁵ was too low: the number evaluation
    /// reads "-127.32e13".)
    static let largestNumber = 1e18

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isPunctuation: Bool { kind == .punctuation }
}
