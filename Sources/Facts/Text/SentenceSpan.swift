/// A sentence of an article: its scalar offsets in the original text and its tokens.
///
/// Facts quote the sentence they came from, and context cues (negation, attribution, a past year) only reach as far
/// as the sentence, so the extractor works sentence by sentence.
struct SentenceSpan: Sendable, Hashable {
    /// Offset of the first scalar of the sentence in the original text.
    var start: Int
    /// Offset just past the last scalar (the closing punctuation is included).
    var end: Int
    /// Index of the first token of the sentence.
    var firstToken: Int
    /// Index just past the last token of the sentence.
    var endToken: Int

    var tokens: Range<Int> { firstToken..<endToken }
}
