/// One token as event-term counting reads it: the hash of its light stem, and what kind of word it is.
///
/// Made by ``Tokenizer/forEachTerm(in:seed:stopWords:_:)`` straight from the tokenizer's bytes, so counting an
/// article's terms makes no string per word.
public struct TermToken: Sendable {
    /// `Hash64.hash(token.text, seed:)`: the token's hash as ``Tokenizer/tokenHashes(in:seed:contentWordsOnly:language:)``
    /// gives it, so that one pass over a text serves both its terms and its shingles.
    public let wordHash: UInt64
    /// `Hash64.hash(ArabicStemmer.stem(token.text), seed:)` for a word, `Hash64.hash(token.text, seed:)` for a number.
    public let termHash: UInt64
    /// Whether the word (unstemmed) is in the stop-word set given; numbers never are.
    public let isStopWord: Bool
    public let isNumber: Bool
    /// The value of a four-digit number, else nil.
    public let fourDigitValue: Int?
    /// The token's scalar offsets in the original text, as ``Token`` has them.
    public let start: Int
    public let end: Int
}

extension Tokenizer {
    /// Calls `body` with each token of `text` as a ``TermToken``, in text order.
    ///
    /// Equivalent to reading ``tokens(in:)`` and hashing each token's stem, without the strings: the stem is hashed
    /// from a slice of the token's own normalised bytes (see ``ArabicStemmer``).
    public static func forEachTerm(
        in text: String, seed: UInt64, stopWords: StopWordHashSet, _ body: (TermToken) -> Void
    ) {
        let mixedSeed = Hash64.mixSeed(seed)
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(32)
        scan(text) { bytes, start, end, isNumber in
            let wordHash = Hash64.hash(bytes, mixedSeed: mixedSeed)
            var value: Int? = nil
            if isNumber && bytes.count == 4 && bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                value = bytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            }
            let isStopWord = !isNumber && stopWords.contains(wordHash)
            let termHash =
                isNumber || isStopWord || bytes.allSatisfy({ $0 < 0x80 })
                ? wordHash : ArabicStemmer.stemHash(bytes, mixedSeed: mixedSeed, letters: &letters)
            body(
                TermToken(
                    wordHash: wordHash, termHash: termHash, isStopWord: isStopWord, isNumber: isNumber,
                    fourDigitValue: value,
                    start: start, end: end))
        }
    }
}
