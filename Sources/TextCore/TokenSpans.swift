/// The tokens of a text as hashes and scalar offsets, without a string per token.
///
/// For callers that compare texts word for word and only now and then show a span of the original, as the passage
/// finder does for every member of every group: ``Tokenizer/tokens(in:)`` makes a `String` per word, and hashing it
/// again cost more than the comparison. `hashes[i]`, `starts[i]` and `ends[i]` are the hash (``Hash64``, `seed`) of
/// `Tokenizer.tokens(in: text)[i].text`, and that token's `start` and `end`.
///
///     let spans = TokenSpans(text: "Hello, world", seed: 1)
///     spans.hashes.count  // 2; spans.starts == [0, 7]; spans.ends == [5, 12]
public struct TokenSpans: Sendable {
    public private(set) var hashes: [UInt64] = []
    public private(set) var starts: [Int] = []
    public private(set) var ends: [Int] = []

    public init(text: String, seed: UInt64) {
        let mixedSeed = Hash64.mixSeed(seed)
        let expected = text.utf8.count / 6
        hashes.reserveCapacity(expected)
        starts.reserveCapacity(expected)
        ends.reserveCapacity(expected)
        Tokenizer.scan(text) { bytes, start, end, _ in
            hashes.append(Hash64.hash(bytes, mixedSeed: mixedSeed))
            starts.append(start)
            ends.append(end)
        }
    }

    public var count: Int { hashes.count }
}
