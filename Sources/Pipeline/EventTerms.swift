import TextCore

/// The terms of an article that event verification weighs: content words, word pairs, names and years.
///
/// Built once per article from its title and text. Content words are normalised, stop words dropped and Arabic
/// words light-stemmed; adjacent content words also form a bigram term, since "sentenced Nichols" or "هجوم حماس"
/// names an event more precisely than either word. A word written with a capital letter inside a sentence is a
/// name (English and French; Arabic has no capitals, so its names count as plain words) and is weighted up: two
/// reports of the same earthquake share the place and the people; two earthquakes do not.
struct EventTerms: Sendable {
    /// What a term is; a hash seen both as a word pair and as a word counts as a pair, a word seen once as a name
    /// counts as a name.
    enum Kind: UInt8, Comparable, Sendable {
        case word
        case name
        case pair

        static func < (left: Kind, right: Kind) -> Bool { left.rawValue < right.rawValue }
    }

    /// Term hashes, ascending (unigrams and bigrams, distinguished by hashing), with each one's raw count in the
    /// article and its kind: sorted arrays rather than a dictionary and two sets, because the TF-IDF vector and the
    /// index keys are read in term order, and a dictionary lookup per term was most of building a vector.
    let terms: [UInt64]
    let counts: [Int]
    let kinds: [Kind]
    /// Years written in the article (four-digit numbers 1950–2039), ascending, for the time check between two
    /// reports (read for each of millions of candidate pairs, so an array rather than a hashed set).
    let years: [Int]

    init(title: String?, text: String, seed: UInt64) {
        var unused: [UInt64] = []
        self.init(title: title, text: text, seed: seed, textTokenHashes: &unused)
    }

    /// Also gives the hash of every token of `text` (not of the title), in text order, as
    /// `Tokenizer.tokenHashes(in: text, seed: seed, contentWordsOnly: false)` does: the tokens are read once for the
    /// terms and the shingles alike (every article a night prepares or reads back had its text tokenised twice).
    init(title: String?, text: String, seed: UInt64, textTokenHashes: inout [UInt64]) {
        textTokenHashes.removeAll(keepingCapacity: true)
        textTokenHashes.reserveCapacity(text.utf8.count / 6)
        // About one distinct term or word pair per 5 to 7 bytes of text (at the median, 5.3 in ECB+, 5.6 in FA-KES,
        // 7.0 in the Arabic samples); the table grows past that, and sized for one per 8 bytes most of them grew.
        var found = TermTable(expected: ((title?.utf8.count ?? 0) + text.utf8.count) / 5)
        var years = Set<Int>()
        let stopWords = StopWords.hashSet(language: nil, seed: seed)
        for (index, part) in [title ?? "", text].enumerated() where !part.isEmpty {
            let isText = index == 1
            var utf8Source = part
            utf8Source.withUTF8 { utf8 in
                var names = NameScan(utf8: utf8)
                var previousTerm: UInt64?
                var previousEnd = 0
                Tokenizer.forEachTerm(in: part, seed: seed, stopWords: stopWords) { token in
                    defer { previousEnd = token.end }
                    if isText { textTokenHashes.append(token.wordHash) }
                    if let year = token.fourDigitValue, (1950...2039).contains(year) { years.insert(year) }
                    // Stop words are skipped, not boundaries: "killed in Aleppo" gives the pair (killed, aleppo).
                    if token.isStopWord { return }
                    let term = token.termHash
                    let isName = !token.isNumber && names.isName(start: token.start, previousEnd: previousEnd)
                    found.add(term, isName ? .name : .word)
                    if let previousTerm { found.add(Hash64.combine(previousTerm, term), .pair) }
                    previousTerm = term
                }
            }
        }
        (terms, counts, kinds) = found.sorted()
        self.years = years.sorted()
    }

    /// The unigram terms that appeared as names.
    var names: [UInt64] { terms.indices.filter { kinds[$0] == .name }.map { terms[$0] } }

    /// The single-word terms (no word pairs), ascending: a stable description of the article for index keys.
    var unigramTerms: [UInt64] { terms.indices.filter { kinds[$0] != .pair }.map { terms[$0] } }

    /// The normalised word behind each wanted unigram term hash (the first one seen), for explanations.
    static func surfaceWords(title: String?, text: String, seed: UInt64, wanted: Set<UInt64>) -> [UInt64: String] {
        var words: [UInt64: String] = [:]
        for part in [title ?? "", text] {
            for token in Tokenizer.tokens(in: part) {
                let term = Hash64.hash(token.kind == .word ? ArabicStemmer.stem(token.text) : token.text, seed: seed)
                if wanted.contains(term) && words[term] == nil { words[term] = token.text }
            }
        }
        return words
    }

    /// Finds capitalised words that do not start a sentence by walking the text's UTF-8 forward, token by token.
    ///
    /// Tokens come with scalar offsets; an array of the text's scalars answered "which scalar is at this offset"
    /// directly, but making it (counting and decoding every scalar into a fresh array) cost a fifth of reading an
    /// article's terms. Tokens come in text order, so a cursor that only moves forward reads each byte about once.
    private struct NameScan {
        let utf8: UnsafeBufferPointer<UInt8>
        /// The cursor: a byte offset and the scalar offset it stands at.
        var byte = 0
        var scalar = 0

        /// Whether the token at scalar offset `start` is capitalised and no sentence mark (`.`, `!`, `?`, a line
        /// break, `؟`, `:`, `"`, `“`) stands between the previous token's end and it; never for the first token.
        mutating func isName(start: Int, previousEnd: Int) -> Bool {
            guard previousEnd > 0 else { return false }
            var sentenceMark = false
            if start <= previousEnd {
                move(to: start, sentenceMark: nil)
            } else {
                move(to: previousEnd, sentenceMark: nil)
                move(to: start, sentenceMark: &sentenceMark)
            }
            guard scalar == start, byte < utf8.count, !sentenceMark else { return false }
            return EventTerms.isUppercase(decode(at: byte))
        }

        /// Moves the cursor to scalar offset `target` (from the text's start again if it lies behind), noting in
        /// `sentenceMark`, when given, whether a scalar passed is a sentence mark.
        private mutating func move(to target: Int, sentenceMark: UnsafeMutablePointer<Bool>?) {
            if target < scalar { (byte, scalar) = (0, 0) }
            while scalar < target && byte < utf8.count {
                let lead = utf8[byte]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if let sentenceMark, !sentenceMark.pointee, isSentenceMark(at: byte, lead: lead) {
                    sentenceMark.pointee = true
                }
                byte += length
                scalar += 1
            }
        }

        private func isSentenceMark(at offset: Int, lead: UInt8) -> Bool {
            switch lead {
            case 0x2E, 0x21, 0x3F, 0x0A, 0x3A, 0x22: return true  // . ! ? line break : "
            case 0xD8: return offset + 1 < utf8.count && utf8[offset + 1] == 0x9F  // ؟ U+061F
            case 0xE2:  // “ U+201C
                return offset + 2 < utf8.count && utf8[offset + 1] == 0x80 && utf8[offset + 2] == 0x9C
            default: return false
            }
        }

        /// The scalar that starts at byte `offset` (the text is a Swift string, so valid UTF-8).
        private func decode(at offset: Int) -> Unicode.Scalar {
            var bytes = utf8[offset...].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&bytes) else { return "\u{FFFD}" }
            return scalar
        }
    }

    /// `properties.isUppercase` with the answer for ASCII and Arabic (which has no case) found without a table
    /// lookup: the Unicode property lookup was the slowest step of reading an article's terms.
    @inline(__always)
    fileprivate static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A: return true
        case 0..<0x80, 0x600...0x6FF: return false
        default: return scalar.properties.isUppercase
        }
    }
}
