/// Reads one number at a token: digits with an optional scale word, a composed number in words, or a vague word.
///
/// Arabic composes units before tens with "و" ("خمسة وعشرون"), multiplies by hundreds and thousands
/// ("ثلاث مئة", "ثلاثة آلاف"), and has standalone duals ("ألفين"); English and French compose tens before units
/// ("twenty-five", "quatre-vingt-dix"). A pair of vague words combines: "عشرات الآلاف" is [20000, 99999].
///
/// - Complexity: O(k) in the number of tokens read; no backtracking.
struct NumberReader {
    struct Result {
        var value: Double
        var first: Int
        var last: Int
        var vague: CountInterval?
    }

    let text: TokenizedText
    let lexicon: Lexicon
    /// Tokens already read as part of a date.
    let consumed: [Bool]

    private static let connectors: Set<UInt64> = Set(["and", "et", "-"].map(Keys.key))
    private static let vagueLinks: Set<UInt64> = Set(["of", "de", "d"].map(Keys.key))
    private static let scaleRoles: Set<NumberWord.Role> = [.scale, .pluralScale]

    func read(at index: Int, end: Int) -> Result? {
        guard index < end, !consumed[index] else { return nil }
        let token = text.tokens[index]
        if token.isNumber {
            var result = Result(value: token.value, first: index, last: index)
            if index + 1 < end, !consumed[index + 1],
                let scale = lexicon.numbers.match(text, at: index + 1, clitics: false),
                Self.scaleRoles.contains(scale.value.role)
            {
                result.value *= scale.value.value
                result.last = scale.end - 1
            }
            return result
        }
        guard token.isWord, let first = lexicon.numbers.match(text, at: index) else { return nil }
        let word = first.value
        if word.role == .vague || word.role == .pluralScale {
            var interval = CountInterval(min: word.vagueMin, max: word.vagueMax)
            var last = first.end - 1
            var next = first.end
            if next < end, Self.vagueLinks.contains(text.tokens[next].key) { next += 1 }
            if next < end, let outer = lexicon.numbers.match(text, at: next),
                outer.value.role == .vague || outer.value.role == .pluralScale, outer.value.value >= 1000
            {
                let magnitude = word.value * outer.value.value
                interval = CountInterval(min: 2 * magnitude, max: 10 * magnitude - 1)
                last = outer.end - 1
            }
            return Result(value: interval.min ?? 0, first: index, last: last, vague: interval)
        }
        return readWords(at: index, end: end)
    }

    /// Composes number words left to right, stopping at the first word that cannot continue the number.
    private func readWords(at index: Int, end: Int) -> Result? {
        var total = 0.0
        var current = 0.0
        var count = 0
        var last = index
        var position = index
        var lastRole: NumberWord.Role = .unit
        while position < end {
            var at = position
            if count > 0, at < end, Self.connectors.contains(text.tokens[at].key), !text.tokens[at].isArabic {
                at += 1
            }
            guard at < end, !consumed[at], text.tokens[at].isWord,
                let match = lexicon.numbers.match(text, at: at, clitics: count == 0)
                    ?? waMatch(at: at, count: count)
            else { break }
            let token = text.tokens[at]
            let wa = token.clitic == .wa
            if count > 0 && token.isArabic && token.clitic != .none && !wa { break }
            let word = match.value
            let units = current.truncatingRemainder(dividingBy: 100)
            let afterBig: Bool = [.hundred, .hundreds, .scale, .dualScale, .pluralScale].contains(lastRole)
            var accepted = true
            switch word.role {
            case .unit:
                if count == 0 {
                    current += word.value
                } else if !token.isArabic && lastRole == .ten && current.truncatingRemainder(dividingBy: 10) == 0 {
                    current += word.value
                } else if !token.isArabic && lastRole == .unit && units == 10 && word.value < 10 {
                    current += word.value
                } else if afterBig && units == 0 {
                    current += word.value
                } else {
                    accepted = false
                }
            case .teen:
                if count == 0 || (afterBig && units == 0) {
                    current += 10
                } else if lastRole == .unit && !wa && units >= 1 && units <= 9 {
                    current += 10
                } else {
                    accepted = false
                }
            case .ten:
                if count == 0 || (afterBig && units == 0) {
                    current += word.value
                } else if lastRole == .unit && wa && units >= 1 && units <= 9 {
                    current += word.value
                } else if !token.isArabic && lastRole == .unit && word.value == 20 && units == 4 {
                    current += 76  // quatre-vingt
                } else {
                    accepted = false
                }
            case .hundred:
                let unit = current.truncatingRemainder(dividingBy: 1000)
                if count > 0 && lastRole == .unit && !wa && unit >= 1 && unit <= 9 {
                    current += unit * 99
                } else if count == 0 || unit == 0 {
                    current += 100
                } else {
                    accepted = false
                }
            case .hundreds:
                if current.truncatingRemainder(dividingBy: 1000) == 0 {
                    current += word.value
                } else {
                    accepted = false
                }
            case .scale:
                if wa && count > 0 {
                    accepted = false
                } else {
                    total += (current == 0 ? 1 : current) * word.value
                    current = 0
                }
            case .dualScale:
                if count == 0 || (current == 0 && wa) { total += word.value } else { accepted = false }
            case .pluralScale:
                if count > 0 && !wa && current >= 3 && current <= 10 {
                    total += current * word.value
                    current = 0
                } else {
                    accepted = false
                }
            case .vague:
                accepted = false
            }
            guard accepted else { break }
            lastRole = word.role
            count += 1
            last = match.end - 1
            position = match.end
        }
        guard count > 0 else { return nil }
        return Result(value: total + current, first: index, last: last)
    }

    /// A following Arabic number word joined with "و" ("وعشرون"), which the clitic-free lookup refuses.
    private func waMatch(at index: Int, count: Int) -> (value: NumberWord, end: Int)? {
        guard count > 0, text.tokens[index].clitic == .wa else { return nil }
        return lexicon.numbers.match(text, at: index, clitics: true)
    }
}
