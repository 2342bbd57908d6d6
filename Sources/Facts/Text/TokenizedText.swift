/// An article cut into tokens and sentences in one pass over its Unicode scalars.
///
/// The pass folds every word (see `ScalarFolding`), reads digits of any script with their separators ("1,200",
/// "2.5", "٢٬٥٠٠"), and closes a sentence at ". ! ? ؟ ؛" or a line break, but not inside a number ("2.5"), a web
/// address ("pic.twitter.com") or after an abbreviation ("Feb. 1"). When a vocabulary is given, an Arabic word
/// whose whole form is unknown is tried without its leading clitics ("والقتلى" → "قتلى"), and `Token.key` is the
/// hash of the first known stem.
///
///     let text = TokenizedText("قُتل 20 شخصاً. Feb. 1", vocabulary: Lexicon.shared.vocabulary)
///     text.sentences.count  // 2
struct TokenizedText: Sendable {
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes and the byte offset of each scalar, to cut evidence out of the text quickly.
    private let utf8: [UInt8]
    private let offsets: [Int32]
    private(set) var tokens: [Token] = []
    private(set) var sentences: [SentenceSpan] = []

    init(_ text: String, vocabulary: WordIndex? = nil) {
        (scalars, utf8, offsets) = ScalarFolding.decode(text)
        var builder = Builder(scalars: scalars, vocabulary: vocabulary)
        builder.run()
        tokens = builder.tokens
        sentences = builder.sentences
    }

    /// The original text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        let from = Int(offsets[max(0, min(start, scalars.count))])
        let to = Int(offsets[max(0, min(end, scalars.count))])
        guard from < to else { return "" }
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }

    /// The original text covered by tokens `first...last`.
    func text(tokens first: Int, _ last: Int) -> String { text(tokens[first].start, tokens[last].end) }

    /// The evidence for tokens `first...last`, with their sentence.
    func evidence(_ first: Int, _ last: Int) -> Evidence {
        let sentence = sentences[tokens[first].sentence]
        return Evidence(
            text: text(tokens: first, last), start: tokens[first].start, end: tokens[last].end,
            sentence: text(sentence.start, sentence.end), sentenceStart: sentence.start, sentenceEnd: sentence.end)
    }
}

/// The single pass behind `TokenizedText`.
private struct Builder {
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
            "av", "env", "mme", "mlle", "m",
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

    private static func isNewline(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85
    }

    private static func isSpace(_ value: UInt32) -> Bool {
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

    private mutating func emit(_ token: Token) {
        var token = token
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

    private static func separatorKind(_ value: UInt32) -> UInt8 {
        switch value {
        case 0x2C, 0x066C: return 1  // comma, Arabic thousands separator
        case 0x2E, 0x066B: return 2  // point, Arabic decimal separator
        default: return ScalarFolding.isGroupSpace(value) ? 3 : 0
        }
    }

    /// A sign or decimal point that starts a number: "-1.2", "−5", "٫٧٧", ".5"; nil for "20-30" or "pic.twitter".
    ///
    /// Only when it stands at the start of the text or after a space or an opening mark, right before a digit.
    private func numberPrefix(at index: Int) -> UInt32? {
        let value = scalars[index].value
        guard value == 0x2D || value == 0x2212 || value == 0x2E || value == 0x066B, index + 1 < scalars.count,
            ScalarFolding.digit(scalars[index + 1].value) != nil
        else { return nil }
        guard index > 0 else { return value }
        let previous = scalars[index - 1].value
        guard Self.isSpace(previous) || Self.isNewline(previous) || previous == 0x28 || previous == 0x24 else {
            return nil
        }
        return value
    }

    /// Reads digits with their separators: "1,200" and "1 200" group thousands, "2.5", "٢٫٥" and "2,5" are decimals.
    ///
    /// - Parameter prefix: the sign or decimal point read before the digits by `numberPrefix(at:)`, if any.
    private mutating func readNumber(at start: Int, prefix: UInt32? = nil) -> Int {
        if let prefix, prefix == 0x2E || prefix == 0x066B {
            var value: Double = 0
            var scale: Double = 1
            var index = start
            while index < scalars.count, let digit = ScalarFolding.digit(scalars[index].value) {
                value = value * 10 + Double(digit)
                scale *= 10
                index += 1
            }
            var token = Token(kind: .number, start: start - 1, end: index, key: 0, full: 0)
            token.value = value / scale
            token.isInteger = false
            emit(token)
            return index
        }
        var groups: [(value: Double, digits: Int, end: Int)] = []
        var separators: [UInt8] = []
        var index = start
        while true {
            var value: Double = 0
            var digits = 0
            while index < scalars.count, let digit = ScalarFolding.digit(scalars[index].value) {
                value = value * 10 + Double(digit)
                digits += 1
                index += 1
            }
            groups.append((value, digits, index))
            guard index + 1 < scalars.count, ScalarFolding.digit(scalars[index + 1].value) != nil else { break }
            var kind = Self.separatorKind(scalars[index].value)
            if kind == 0, groupFollows(at: index), groups[0].digits <= 3, groups[0].value > 0,
                scalars[index].value == 0x060C || (scalars[index].value == 0x20 && separators.allSatisfy { $0 == 3 })
            {
                // "١،٢٣٤،٥٦٧", "40 000": the Arabic comma and a plain space group thousands only before exactly
                // three digits, after a first group of at most three ("عام 2015 500" stays two numbers).
                kind = scalars[index].value == 0x20 ? 3 : 1
            }
            guard kind != 0 else { break }
            separators.append(kind)
            index += 1
        }
        if separators.count >= 2, separators.allSatisfy({ $0 == 2 }), !isGroupedByPoints(groups) {
            // "192.168.1.2", "05.10.2017": points between groups that do not all have three digits are not
            // decimals or thousands; each group is a number of its own and the points stay marks.
            return emitDottedGroups(groups, start: start, negative: prefix != nil)
        }
        var integer = groups[0].value
        var digits = groups[0].digits
        var fraction: Double? = nil
        var used = 1
        let lastIsDecimal: Bool = {
            guard let last = separators.last else { return false }
            let lastGroup = groups[groups.count - 1]
            if last == 2 { return separators.count == 1 || separators.dropLast().allSatisfy { $0 != 2 } }
            return last == 1 && separators.count == 1 && lastGroup.digits != 3
        }()
        let groupingCount = lastIsDecimal ? separators.count - 1 : separators.count
        let dots = separators.prefix(groupingCount).filter { $0 == 2 }.count
        while used <= groupingCount {
            let group = groups[used]
            // A lone "1.200" is a decimal; points group thousands only when repeated ("1.200.000").
            guard group.digits == 3, separators[used - 1] != 2 || dots >= 2 else { break }
            integer = integer * 1000 + group.value
            digits += 3
            used += 1
        }
        if lastIsDecimal && used == groups.count - 1 {
            let group = groups[used]
            var scale = 1.0
            for _ in 0..<group.digits { scale *= 10 }
            fraction = group.value / scale
            used += 1
        }
        let negative = prefix != nil
        var token = Token(
            kind: .number, start: negative ? start - 1 : start, end: groups[used - 1].end, key: 0, full: 0)
        token.value = (negative ? -1 : 1) * (integer + (fraction ?? 0))
        token.digits = digits
        token.isInteger = fraction == nil
        if let (exponent, end) = exponent(at: token.end) {
            token.value =
                exponent.isPower ? power(token.value, exponent.value) : token.value * power(10, exponent.value)
            token.isInteger = token.value == token.value.rounded()
            token.end = end
        }
        emit(token)
        return token.end
    }

    /// True when exactly three digits follow the separator at `index`, then no further digit.
    private func groupFollows(at index: Int) -> Bool {
        guard index + 3 < scalars.count else { return false }
        for offset in 1...3 where ScalarFolding.digit(scalars[index + offset].value) == nil { return false }
        return index + 4 >= scalars.count || ScalarFolding.digit(scalars[index + 4].value) == nil
    }

    /// "1.200.000": every group after the first has three digits and the first at most three.
    private func isGroupedByPoints(_ groups: [(value: Double, digits: Int, end: Int)]) -> Bool {
        groups[0].digits <= 3 && groups.dropFirst().allSatisfy { $0.digits == 3 }
    }

    private mutating func emitDottedGroups(
        _ groups: [(value: Double, digits: Int, end: Int)], start: Int, negative: Bool
    ) -> Int {
        var from = start
        for (offset, group) in groups.enumerated() {
            if offset > 0 {
                let mark = UInt64(scalars[from].value) &* 0x9E37_79B9
                emit(Token(kind: .punctuation, start: from, end: from + 1, key: mark, full: mark))
                from += 1
            }
            var token = Token(
                kind: .number, start: offset == 0 && negative ? from - 1 : from, end: group.end, key: 0, full: 0)
            token.value = (offset == 0 && negative ? -1 : 1) * group.value
            token.digits = group.digits
            emit(token)
            from = group.end
        }
        return from
    }

    /// "1e10", "-12e-1", "1.1^+23", "٢,٥^-١": a power of ten or a power written right after the digits.
    ///
    /// "e" counts only when a digit (after an optional sign) follows and no letter after it, so the French ordinal
    /// "2e" and words such as "3eme" are left alone.
    private func exponent(at index: Int) -> ((value: Int, isPower: Bool), Int)? {
        guard index + 1 < scalars.count else { return nil }
        let mark = scalars[index].value
        guard mark == 0x65 || mark == 0x45 || mark == 0x5E else { return nil }
        var position = index + 1
        var sign = 1
        if scalars[position].value == 0x2B || scalars[position].value == 0x2D || scalars[position].value == 0x2212 {
            sign = scalars[position].value == 0x2B ? 1 : -1
            position += 1
        }
        var value = 0
        var digits = 0
        while position < scalars.count, let digit = ScalarFolding.digit(scalars[position].value), digits < 4 {
            value = value * 10 + digit
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        if position < scalars.count,
            ScalarFolding.isLetter(scalars[position]) || ScalarFolding.digit(scalars[position].value) != nil
        {
            return nil
        }
        return ((sign * value, mark == 0x5E), position)
    }

    private func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= base }
        return exponent < 0 ? 1 / result : result
    }
}
