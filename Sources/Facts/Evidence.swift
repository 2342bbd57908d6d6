/// Where a fact was read: the matched words and the whole sentence around them.
///
/// Offsets count Unicode scalars of the article's extracted text (not bytes, not grapheme clusters), so that any
/// language can slice the same text the same way; `end` is exclusive.
public struct Evidence: Hashable, Codable, Sendable {
    /// The words that carry the fact, e.g. "أكثر من 2500 شخص".
    public var text: String
    public var start: Int
    public var end: Int
    /// The full sentence the fact came from, as it appears in the article.
    public var sentence: String
    public var sentenceStart: Int
    public var sentenceEnd: Int

    public init(text: String, start: Int, end: Int, sentence: String, sentenceStart: Int, sentenceEnd: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
    }
}
