import CrossCheckModel

/// Splits text into normalised words and numbers, in one pass over its UTF-8 bytes.
///
/// A token is a run of letters, digits and kept combining marks after ``TextNormalizer`` folding; every separator
/// (space, punctuation, symbol) ends it and removed scalars (harakat, tatweel, zero-width controls) are skipped
/// without ending it. A token also ends where the script changes: Arabic letters and digits ("الـ53" → `ال`, `53`,
/// "2023م" → `2023`, `م`), or Arabic and Latin letters. Latin letters and digits stay together (`mh17`, `covid19`),
/// as model and flight names are written that way.
///
/// ``tokens(in:)`` builds a ``Token`` per word for extraction and display; ``tokenHashes(in:seed:contentWordsOnly:)``
/// is the similarity fast path: it hashes each token's folded UTF-8 bytes from a reused scratch buffer, so it
/// allocates no string per token. Both share one scanner, so `tokenHashes` equals hashing each `tokens` text.
///
///     Tokenizer.tokens(in: "أَنْتُونِي بْلِينْكِن").map(\.text)  // ["انتوني", "بلينكن"]
public enum Tokenizer {
    /// The normalised tokens of `text` with their scalar offsets in the original.
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        scan(text) { bytes, start, end, isNumber in
            tokens.append(
                Token(
                    text: String(decoding: bytes, as: UTF8.self), start: start, end: end,
                    kind: isNumber ? .number : .word))
        }
        return tokens
    }

    /// The normalised token texts joined by single spaces ("word form" of a text, for keyword matching).
    public static func normalizedWords(in text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        scan(text) { bytes, _, _, _ in
            if !output.isEmpty { output.append(0x20) }
            output.append(contentsOf: bytes)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The hash of each token's normalised UTF-8 bytes, in text order: the input of shingling.
    ///
    /// - Parameters:
    ///   - seed: the ``Hash64`` seed; `tokenHashes(in: t, seed: s)[i] == Hash64.hash(tokens(in: t)[i].text, seed: s)`.
    ///   - contentWordsOnly: drop stop words (``StopWords``, the lists of `language`, or of all languages when nil).
    ///     Numbers are always kept.
    ///   - language: which stop-word list to use; nil uses the union of the Arabic, English and French lists.
    /// - Complexity: O(n) in the bytes of `text`; allocates only the result and one scratch buffer.
    public static func tokenHashes(
        in text: String, seed: UInt64, contentWordsOnly: Bool, language: Language? = nil
    ) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf8.count / 6)
        let mixedSeed = Hash64.mixSeed(seed)
        if contentWordsOnly {
            let stopWords = StopWords.hashSet(language: language, seed: seed)
            scan(text) { bytes, _, _, isNumber in
                let hash = Hash64.hash(bytes, mixedSeed: mixedSeed)
                if isNumber || !stopWords.contains(hash) { hashes.append(hash) }
            }
        } else {
            scan(text) { bytes, _, _, _ in hashes.append(Hash64.hash(bytes, mixedSeed: mixedSeed)) }
        }
        return hashes
    }
}
