/// A light Arabic stemmer: strips the commonest prefixes and suffixes, never leaving fewer than three letters.
///
/// It follows Larkey, Ballesteros and Connell's *light10* ("Light Stemming for Arabic Information Retrieval",
/// 2007): no root extraction, only the clitics and inflections that make the same name or noun look different
/// ("والفلسطينيين" and "الفلسطيني" both → `فلسطين`). Event grouping compares stems, so the stemmer must be
/// predictable rather than linguistically complete. Rules, on a token already normalised by ``TextNormalizer``:
///
/// 1. Remove one `و` ("and") from a word starting `وو`. light10 removes any leading `و` when three letters remain,
///    but that cuts the many words that begin with `و` (`وزير` → `زير`, `واشنطن` → `اشنطن`) and makes them
///    differ from their own clitic forms (`والوزير` → `وزير`); here a lone conjunction `و` is kept, which is a miss,
///    never a wrong merge.
/// 2. Remove one definite-article prefix, longest first: `وال بال كال فال لل ال`, when at least three letters remain.
///    Single `ب ل ف` are *not* removed on their own (unlike some variants): they begin too many names and nouns
///    (`فلسطين`, `بيروت`, `لبنان`), and a wrong cut there merges unrelated events.
/// 3. Remove suffixes in this order, each at most once, each only when at least three letters remain:
///    `هما ها هم ان ات ون ين يه ه ي` (`يه` and `ه` include the normalised `ية` and `ة`). As in light10 they chain
///    (`مستشفيات` → `مستشفي` → `مستشف`), and a word may lose an ending that is really part of it (`فلسطين` →
///    `فلسط`): what matters is that all inflections of a word land on the same stem.
///
///     ArabicStemmer.stem("والفلسطينيين")  // "فلسطين"
///     ArabicStemmer.stem("بلينكن")       // "بلينكن" (no single-letter ب prefix)
///     ArabicStemmer.stem("ووزير")        // "وزير"
public enum ArabicStemmer {
    private static let articles: [[Unicode.Scalar]] = ["وال", "بال", "كال", "فال", "لل", "ال"].map {
        Array($0.unicodeScalars)
    }
    private static let suffixes: [[Unicode.Scalar]] = ["هما", "ها", "هم", "ان", "ات", "ون", "ين", "يه", "ه", "ي"].map {
        Array($0.unicodeScalars)
    }
    private static let minimumLength = 3

    /// The light stem of a normalised Arabic token; other tokens (Latin, numbers) are returned unchanged.
    public static func stem(_ normalizedToken: String) -> String {
        let letters = Array(normalizedToken.unicodeScalars)
        guard let kept = stemRange(letters) else { return normalizedToken }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: letters[kept])
        return String(result)
    }

    /// The hash of a token's light stem, from its normalised UTF-8 bytes: `Hash64.hash(stem(token), seed:)` without
    /// making a string. The stem is always a run of the token's own letters (light stemming only cuts clitics off
    /// either end), so it hashes a slice of `bytes`.
    ///
    /// - Parameter letters: scratch space for the token's scalars, reused from token to token.
    static func stemHash(
        _ bytes: UnsafeBufferPointer<UInt8>, mixedSeed: UInt64, letters: inout [Unicode.Scalar]
    ) -> UInt64 {
        letters.removeAll(keepingCapacity: true)
        for scalar in UTF8View(bytes) { letters.append(scalar) }
        guard let kept = stemRange(letters) else { return Hash64.hash(bytes, mixedSeed: mixedSeed) }
        var first = 0
        for scalar in letters[..<kept.lowerBound] { first += UTF8.width(scalar) }
        var last = bytes.count
        for scalar in letters[kept.upperBound...] { last -= UTF8.width(scalar) }
        return Hash64.hash(UnsafeBufferPointer(rebasing: bytes[first..<last]), mixedSeed: mixedSeed)
    }

    /// The scalars that remain of `letters` after stemming, or nil when the token is no Arabic word to stem.
    static func stemRange(_ letters: [Unicode.Scalar]) -> Range<Int>? {
        guard letters.count > minimumLength, letters.allSatisfy({ ScriptClass($0.value) == .arabic }) else {
            return nil
        }
        var startIndex = 0
        if letters[0] == "\u{0648}" && letters[1] == "\u{0648}" {
            startIndex = 1
        }
        for article in articles where hasPrefix(letters, article, from: startIndex) {
            if letters.count - startIndex - article.count >= minimumLength {
                startIndex += article.count
            }
            break
        }
        var endIndex = letters.count
        for suffix in suffixes
        where endIndex - startIndex - suffix.count >= minimumLength && hasSuffix(letters[..<endIndex], suffix) {
            endIndex -= suffix.count
        }
        return startIndex..<endIndex
    }

    /// The scalars of well-formed UTF-8 bytes (the tokenizer's normalised output).
    private struct UTF8View: Sequence, IteratorProtocol {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func next() -> Unicode.Scalar? {
            guard offset < bytes.count else { return nil }
            var iterator = bytes[offset...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
            offset += UTF8.width(scalar)
            return scalar
        }
    }

    private static func hasPrefix(_ letters: [Unicode.Scalar], _ prefix: [Unicode.Scalar], from start: Int) -> Bool {
        guard letters.count - start >= prefix.count else { return false }
        for (offset, scalar) in prefix.enumerated() where letters[start + offset] != scalar { return false }
        return true
    }

    private static func hasSuffix(_ letters: ArraySlice<Unicode.Scalar>, _ suffix: [Unicode.Scalar]) -> Bool {
        guard letters.count >= suffix.count else { return false }
        let base = letters.endIndex - suffix.count
        for (offset, scalar) in suffix.enumerated() where letters[base + offset] != scalar { return false }
        return true
    }
}
