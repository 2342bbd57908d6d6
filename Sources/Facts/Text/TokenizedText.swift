/// An article cut into tokens and sentences in one pass over its Unicode scalars.
///
/// The pass folds every word (see `ScalarFolding`), reads digits of any script with their separators ("1,200",
/// "2.5", "٢٬٥٠٠"), and closes a sentence at ". ! ? ؟ ؛" or a line break, but not inside a number ("2.5"), a web
/// address ("pic.twitter.com") or after an abbreviation ("Feb. 1"). When a vocabulary is given, an Arabic word
/// whose whole form is unknown is tried without its leading clitics ("والقتلى" → "قتلى"), and `Token.key` is the
/// hash of the first known stem.
///
///     let text = TokenizedText("قُتل 20 شخصاً. Feb. 1", vocabulary: Lexicon.shared.vocabulary)
///     text.sentences.count  // 2
struct TokenizedText: Sendable {
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes and the byte offset of each scalar, to cut evidence out of the text quickly.
    private let utf8: [UInt8]
    private let offsets: [Int32]
    private(set) var tokens: [Token] = []
    private(set) var sentences: [SentenceSpan] = []

    init(_ text: String, vocabulary: WordIndex? = nil) {
        (scalars, utf8, offsets) = ScalarFolding.decode(text)
        var builder = TokenBuilder(scalars: scalars, vocabulary: vocabulary)
        builder.run()
        tokens = builder.tokens
        sentences = builder.sentences
    }

    /// The original text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        let from = Int(offsets[max(0, min(start, scalars.count))])
        let to = Int(offsets[max(0, min(end, scalars.count))])
        guard from < to else { return "" }
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// True when a currency sign ("$", "€", "£") stands right before token `index`, with at most `gap` spaces
    /// between ("$12", "$ 12"), in the same sentence.
    func followsCurrencySign(_ index: Int, gap: Int = 0) -> Bool {
        guard index > 0, tokens[index - 1].isPunctuation, tokens[index - 1].sentence == tokens[index].sentence,
            tokens[index].start - tokens[index - 1].end <= gap
        else { return false }
        return Self.currencySigns.contains(scalars[tokens[index - 1].start].value)
    }

    static let currencySigns: Set<UInt32> = [0x24, 0x20AC, 0xA3]

    /// The original text covered by tokens `first...last`.
    func text(tokens first: Int, _ last: Int) -> String { text(tokens[first].start, tokens[last].end) }

    /// The evidence for tokens `first...last`, with their sentence.
    func evidence(_ first: Int, _ last: Int) -> Evidence {
        let sentence = sentences[tokens[first].sentence]
        return Evidence(
            text: text(tokens: first, last), start: tokens[first].start, end: tokens[last].end,
            sentence: text(sentence.start, sentence.end), sentenceStart: sentence.start, sentenceEnd: sentence.end)
    }
}
