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
        // About one distinct term or pair per 8 bytes of text; the table grows past that.
        var found = TermTable(expected: ((title?.utf8.count ?? 0) + text.utf8.count) / 8)
        var years = Set<Int>()
        let stopWords = StopWords.hashSet(language: nil, seed: seed)
        for part in [title ?? "", text] where !part.isEmpty {
            let scalars = Array(part.unicodeScalars)
            var previousTerm: UInt64?
            var previousEnd = 0
            Tokenizer.forEachTerm(in: part, seed: seed, stopWords: stopWords) { token in
                defer { previousEnd = token.end }
                if let year = token.fourDigitValue, (1950...2039).contains(year) { years.insert(year) }
                // Stop words are skipped, not boundaries: "killed in Aleppo" gives the pair (killed, aleppo).
                if token.isStopWord { return }
                let term = token.termHash
                let isName = !token.isNumber && Self.isName(scalars, start: token.start, previousEnd: previousEnd)
                found.add(term, isName ? .name : .word)
                if let previousTerm { found.add(Hash64.combine(previousTerm, term), .pair) }
                previousTerm = term
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

    /// A capitalised word that does not start a sentence.
    private static func isName(_ scalars: [Unicode.Scalar], start: Int, previousEnd: Int) -> Bool {
        guard start < scalars.count, previousEnd > 0, isUppercase(scalars[start]) else { return false }
        var index = previousEnd
        while index < start {
            switch scalars[index] {
            case ".", "!", "?", "\n", "؟", ":", "\"", "“": return false
            default: index += 1
            }
        }
        return true
    }

    /// `properties.isUppercase` with the answer for ASCII and Arabic (which has no case) found without a table
    /// lookup: the Unicode property lookup was the slowest step of reading an article's terms.
    @inline(__always)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A: return true
        case 0..<0x80, 0x600...0x6FF: return false
        default: return scalar.properties.isUppercase
        }
    }
}
