import CrossCheckModel

/// Detects the language of article text from its script, and for Latin text from its commonest words.
///
/// Arabic letters (U+0600–U+06FF, U+0750–U+077F, presentation forms) against Latin letters decide Arabic; for Latin
/// text, English and French function words ("the", "and", "of" against "le", "les", "des", "et") decide between
/// the two. Too few letters, or no clear winner, give `unknown`.
///
///     ScriptLanguage.detect("قال الرئيس إن الهجوم أسفر عن مقتل 12 شخصا")  // .arabic
///     ScriptLanguage.detect("Le président a déclaré que les pertes")    // .french
enum ScriptLanguage {
    static let englishWords: Set<String> = [
        "the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on", "said", "it", "by", "from", "at",
    ]
    static let frenchWords: Set<String> = [
        "le", "la", "les", "des", "et", "est", "du", "une", "dans", "pour", "que", "qui", "sur", "au", "par", "a",
    ]

    /// The longest function word in bytes: longer words are not looked up.
    static let longestFunctionWord = englishWords.union(frenchWords).map(\.utf8.count).max() ?? 0

    /// The function words packed as `packed(_:)` gives them: a word is looked up without making a `String` of it.
    static let englishKeys: [UInt32] = englishWords.map(packed).sorted()
    static let frenchKeys: [UInt32] = frenchWords.map(packed).sorted()

    /// Both lists' keys, sorted, with 1 for an English word and 2 for a French one (3 for both).
    static let functionWords: (keys: [UInt32], languages: [UInt8]) = {
        var languages: [UInt32: UInt8] = [:]
        for key in englishKeys { languages[key, default: 0] |= 1 }
        for key in frenchKeys { languages[key, default: 0] |= 2 }
        let keys = languages.keys.sorted()
        return (keys, keys.map { languages[$0]! })
    }()

    /// An ASCII word of at most four bytes as one number, its first byte lowest.
    static func packed(_ word: String) -> UInt32 {
        var value: UInt32 = 0
        for (offset, byte) in word.utf8.prefix(4).enumerated() { value |= UInt32(byte) << (8 * UInt32(offset)) }
        return value
    }

    static func detect(_ text: String) -> Language { detect(text, readsWords: true) }

    /// True when `detect(text)` is `.arabic`: Arabic against Latin letters only, without reading function words
    /// (all a page that declares a language other than Arabic needs to know).
    static func isArabic(_ text: String) -> Bool { detect(text, readsWords: false) == .arabic }

    private static func detect(_ text: String, readsWords: Bool) -> Language {
        var arabic = 0
        var latin = 0
        var english = 0
        var french = 0
        // The word so far as lower-case UTF-8 packed into a number (see `packed`), its length in bytes, and whether
        // it is ASCII only: the function words are, so only short ASCII words are looked up.
        var word: UInt32 = 0
        var wordLength = 0
        var wordIsASCII = true
        let longest = min(longestFunctionWord, 4)
        let table = ScriptLanguage.functionWords
        var scanned = 0
        func finishWord() {
            guard readsWords, wordLength > 0 else { return }
            if wordIsASCII, wordLength <= longest {
                // A binary search of both lists at once (a linear `contains` per list cost 32 comparisons).
                var low = 0
                var high = table.keys.count
                while low < high {
                    let middle = (low + high) / 2
                    if table.keys[middle] < word { low = middle + 1 } else { high = middle }
                }
                if low < table.keys.count, table.keys[low] == word {
                    if table.languages[low] & 1 != 0 { english += 1 }
                    if table.languages[low] & 2 != 0 { french += 1 }
                }
            }
            word = 0
            wordLength = 0
            wordIsASCII = true
        }
        // Decoded from UTF-8 by hand: iterating `unicodeScalars` costs several times more on long Arabic texts.
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                var value = UInt32(lead)
                var length = 1
                if lead >= 0xF0 {
                    length = 4
                    value = UInt32(lead & 0x07)
                } else if lead >= 0xE0 {
                    length = 3
                    value = UInt32(lead & 0x0F)
                } else if lead >= 0xC0 {
                    length = 2
                    value = UInt32(lead & 0x1F)
                }
                if length > 1 {
                    guard index + length <= bytes.count else { break }
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                }
                index += length
                scanned += 1
                if scanned > 20_000 { break }
                switch value {
                case 0x0621...0x064A, 0x0671...0x06D3, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                    arabic += 1
                    finishWord()
                case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F:
                    latin += 1
                    if !readsWords { continue }
                    if value < 0x80 {
                        if wordLength < 4 { word |= (value | 0x20) << (8 * UInt32(wordLength)) }
                        wordLength += 1
                    } else {
                        wordIsASCII = false
                        wordLength += 2
                    }
                default:
                    finishWord()
                }
            }
        }
        finishWord()
        guard arabic + latin >= 20 else { return .unknown }
        if arabic > latin { return .arabic }
        if english == 0 && french == 0 { return .unknown }
        return english >= french ? .english : .french
    }
}
