/// The single pass behind `TokenizedText`.
struct TokenBuilder {
    let scalars: [Unicode.Scalar]
    let vocabulary: WordIndex?
    var tokens: [Token] = []
    var sentences: [SentenceSpan] = []
    private var sentenceStart = -1
    private var sentenceFirstToken = 0
    private var word: [UInt32] = []

    /// Clitics tried, shortest first, before an Arabic stem: و ف ب ل ك and the article with them.
    private static let clitics: [([UInt32], Token.Clitic)] =
        ([
            ("و", Token.Clitic.wa), ("ف", .fa), ("ب", .preposition), ("ل", .preposition), ("ك", .preposition),
            ("ال", .article), ("لل", .article), ("وب", .preposition), ("ول", .preposition), ("فب", .preposition),
            ("فل", .preposition), ("وك", .preposition), ("وال", .article), ("فال", .article), ("بال", .article),
            ("كال", .article), ("ولل", .article), ("فلل", .article), ("وبال", .article),
        ] as [(String, Token.Clitic)]).map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }

    /// The first letters of the clitics: و ف ب ل ك ا.
    private static let cliticStarts: Set<UInt32> = [0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0627]

    @inline(__always)
    private static func has(prefix: [UInt32], _ word: [UInt32]) -> Bool {
        for offset in 0..<prefix.count where word[offset] != prefix[offset] { return false }
        return true
    }

    private static let abbreviations: Set<UInt64> = Set(
        [
            "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "gen", "col", "lt", "sgt", "no", "vs", "jr", "sr", "prof", "gov", "sen", "rep", "mt", "fig",
            "av", "env", "mme", "mlle", "m", "janv", "fev", "fevr", "avr", "juil",
        ].map { ScalarFolding.hash($0.unicodeScalars.map(\.value)) })

    init(scalars: [Unicode.Scalar], vocabulary: WordIndex?) {
        self.scalars = scalars
        self.vocabulary = vocabulary
        tokens.reserveCapacity(scalars.count / 5)
        word.reserveCapacity(32)
    }

    mutating func run() {
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            let value = scalar.value
            if ScalarFolding.digit(value) != nil {
                index = readNumber(at: index)
            } else if let sign = numberPrefix(at: index) {
                index = readNumber(at: index + 1, prefix: sign)
            } else if ScalarFolding.isLetter(scalar) {
                index = readWord(at: index)
            } else if Self.isNewline(value) {
                closeSentence(end: tokens.last?.end ?? index)
                index += 1
            } else if Self.isSpace(value) || ScalarFolding.isIgnorable(value) || ScalarFolding.isApostrophe(value)
                || value == 0x200E || value == 0x200F || value == 0xFEFF
            {
                index += 1
            } else {
                emit(
                    Token(
                        kind: .punctuation, start: index, end: index + 1, key: UInt64(value) &* 0x9E37_79B9,
                        full: UInt64(value) &* 0x9E37_79B9))
                if isSentenceEnd(at: index) { closeSentence(end: index + 1) }
                index += 1
            }
        }
        closeSentence(end: tokens.last?.end ?? count)
    }

    static func isNewline(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85
    }

    static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0x0B || value == 0x0C || value == 0xA0 || value == 0x3000
            || (value >= 0x2000 && value <= 0x200B) || value == 0x202F || value == 0x205F || value == 0x1680
    }

    private func isSentenceEnd(at index: Int) -> Bool {
        switch scalars[index].value {
        case 0x21, 0x3F, 0x061F, 0x061B, 0x2026: return true
        case 0x2E:
            let next = index + 1 < scalars.count ? scalars[index + 1].value : 0x20
            guard Self.isSpace(next) || Self.isNewline(next) || next == 0x22 || next == 0x201D || next == 0xBB
            else { return false }
            // "Feb. 1", "U.S. officials": an abbreviation or an initial before the point does not end a sentence.
            guard tokens.count >= 2 else { return true }
            let previous = tokens[tokens.count - 2]
            guard previous.isWord, previous.end == index else { return true }
            if previous.length == 1 && previous.isCapitalized { return false }
            return !Self.abbreviations.contains(previous.full)
        default: return false
        }
    }

    mutating func emit(_ token: Token) {
        var token = token
        if token.kind == .number, !(abs(token.value) < Token.largestNumber) {
            // Too large to be a figure (``Token/largestNumber``): a word no table knows.
            token = Token(kind: .word, start: token.start, end: token.end, key: 0, full: 0)
        }
        if token.kind == .punctuation {
            if let vocabulary {
                let mask = vocabulary.mask(of: token.key)
                token.mask = mask ?? 0
                token.isKnown = mask != nil
            } else {
                token.mask = .max
                token.isKnown = true
            }
        }
        if sentenceStart < 0 {
            sentenceStart = token.start
            sentenceFirstToken = tokens.count
        }
        token.sentence = sentences.count
        tokens.append(token)
    }

    private mutating func closeSentence(end: Int) {
        guard sentenceStart >= 0 else { return }
        sentences.append(
            SentenceSpan(start: sentenceStart, end: end, firstToken: sentenceFirstToken, endToken: tokens.count))
        sentenceStart = -1
    }

    private mutating func readWord(at start: Int) -> Int {
        word.removeAll(keepingCapacity: true)
        var index = start
        var arabic = false
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if ScalarFolding.isIgnorable(value) {
                index += 1
                continue
            }
            guard ScalarFolding.isLetter(scalar) else { break }
            if ScalarFolding.isArabicLetter(value) { arabic = true }
            word.append(ScalarFolding.fold(value))
            index += 1
        }
        let full = ScalarFolding.hash(word)
        var token = Token(kind: .word, start: start, end: index, key: full, full: full)
        token.isArabic = arabic
        token.length = word.count
        let first = scalars[start].value
        token.isCapitalized = first >= 0x41 && first <= 0x5A
        guard let vocabulary else {
            token.isKnown = true
            token.mask = .max
            emit(token)
            return index
        }
        if let mask = vocabulary.mask(of: full) {
            token.isKnown = true
            token.mask = mask
        } else if arabic, word.count > 2, Self.cliticStarts.contains(word[0]) {
            for (clitic, kind) in Self.clitics where word.count - clitic.count >= 2 && Self.has(prefix: clitic, word) {
                let stem = ScalarFolding.hash(word, from: clitic.count)
                if let mask = vocabulary.mask(of: stem) {
                    token.key = stem
                    token.clitic = kind
                    token.isKnown = true
                    token.mask = mask
                    break
                }
            }
        }
        emit(token)
        return index
    }

    static func separatorKind(_ value: UInt32) -> UInt8 {
        switch value {
        case 0x2C, 0x066C: return 1  // comma, Arabic thousands separator
        case 0x2E, 0x066B: return 2  // point, Arabic decimal separator
        default: return ScalarFolding.isGroupSpace(value) ? 3 : 0
        }
    }
}
