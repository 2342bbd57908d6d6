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
        /// "الثالث", "third", "3rd", "التسعون".
        var isOrdinal = false
        /// "77/100": a share, never a count of people.
        var isFraction = false
        /// "one hundred and three", "vingt et un": the value before the last "and"/"et", which a denominator after
        /// the number leaves whole ("one hundred and three quarters" is 100¾, not 103/4).
        var beforeJoin: Double? = nil
    }

    let text: TokenizedText
    let lexicon: Lexicon
    /// Tokens already read as part of a date.
    let consumed: [Bool]

    private static let connectors: Set<UInt64> = Set(["and", "et", "-"].map(Keys.key))
    private static let hundredKey = Keys.key("hundred")
    /// "and a half", "and one half": the article or "one" between the conjunction and the share.
    static let shareArticles: Set<UInt64> = Set(["a", "an", "one"].map(Keys.key))
    static let vagueLinks: Set<UInt64> = Set(["of", "de", "d"].map(Keys.key))
    private static let scaleRoles: Set<NumberWord.Role> = [.scale, .pluralScale, .hundred]
    private static let accusativeThousand = Keys.key("ألفا")
    /// "1 فاصلة 5" = 1.5: the spoken decimal point.
    /// "1 فاصلة 5", "five point five", "deux cent virgule trois": the spoken decimal point.
    private static let decimalPoints: Set<UInt64> = Set(["فاصلة", "point", "virgule"].map(Keys.key))
    private static let ordinalSuffixes: Set<UInt64> = Set(
        ["st", "nd", "rd", "th", "er", "re", "e", "eme", "ere", "ieme", "ème", "ème"].map(Keys.key))

    /// The number at `index` with what can follow it: a denominator, "على"/"من" and a second number.
    func read(at index: Int, end: Int) -> Result? {
        // Tokens are bounded (``Token/largestNumber``), but a scale can take one past the bound: "مليون مليار".
        guard let number = readUnbounded(at: index, end: end), abs(number.value) < Token.largestNumber else {
            return nil
        }
        return number
    }

    private func readUnbounded(at index: Int, end: Int) -> Result? {
        guard index < end, !consumed[index] else { return nil }
        if text.tokens[index].isWord, let sign = lexicon.fractions.match(text, at: index, clitics: false),
            sign.value == .negative, var number = read(at: sign.end, end: end), number.vague == nil,
            !number.isOrdinal
        {
            // "سالب واحد", "ناقص مائة على خمسة وثلاثون": the sign covers the whole share after it.
            number.value = -number.value
            number.first = index
            return number
        }
        if let signed = readDetachedSign(at: index, end: end) { return signed }
        if let share = readPartsOf(at: index, end: end) { return share }
        if let scaled = readArticleShareOfScale(at: index, end: end) { return scaled }
        guard let number = readCore(at: index, end: end) else { return nil }
        let result = readShare(after: number, end: end) ?? number
        return readScale(ofShare: result, end: end) ?? result
    }

    /// One number without what follows it.
    func readCore(at index: Int, end: Int) -> Result? {
        guard index < end, !consumed[index] else { return nil }
        let token = text.tokens[index]
        if token.isNumber {
            var result = Result(value: token.value, first: index, last: index)
            if let fraction = readFraction(at: index, end: end) { return fraction }
            if index + 1 < end, token.isInteger, text.tokens[index + 1].isWord,
                text.tokens[index + 1].start == token.end, Self.ordinalSuffixes.contains(text.tokens[index + 1].key)
            {
                result.last = index + 1
                result.isOrdinal = true
                return result
            }
            if index + 1 < end, text.tokens[index + 1].isWord, text.tokens[index + 1].start == token.end,
                !consumed[index + 1],
                index == 0 || text.tokens[index - 1].end != token.start || text.tokens[index - 1].isPunctuation
            {
                // "١مليون", "2000دولار", "١٨٠ميلي": digits glued to a word after them are a code or an amount with
                // its unit, not a number (digits inside a word, as in a link's code, are left as they were read).
                // Headlines drop the space before people and time nouns ("حكم بإعدام 16امرأة", "منذ 100عام"):
                // those stay numbers. Latin scale letters multiply: "100k", "1.2M", "1.2bn".
                if let scale = suffixScale(at: index + 1) {
                    result.value *= scale
                    result.last = index + 1
                    return result
                }
                if !isCountedNoun(at: index + 1) { return nil }
            }
            if let decimal = readDecimal(after: result, end: end) { return decimal }
            if let mixed = readMixedFraction(after: result, end: end) { return mixed }
            if index + 1 < end, !consumed[index + 1],
                let scale = lexicon.numbers.match(text, at: index + 1, clitics: false),
                Self.scaleRoles.contains(scale.value.role) || text.tokens[index + 1].key == Self.accusativeThousand
            {
                // "44 ألفا": after a number, "ألفا" is the accusative of "ألف" (thousand), not the dual "two
                // thousand" it is alone ("ألفا شخص").
                let unit = scale.value.role == .dualScale ? scale.value.value / 2 : scale.value.value
                result.value *= unit
                result.last = scale.end - 1
                let remainder = readScaledRemainder(after: result, scale: unit, end: end)
                guard remainder.last == result.last else { return remainder }
                return readTrailingShare(after: result, unit: unit, end: end) ?? result
            }
            if token.isInteger, var share = readTrailingShare(after: result, unit: 1, end: end) {
                // "3 and a half million": the scale after the share multiplies both.
                if share.last + 1 < end, !consumed[share.last + 1],
                    let scale = lexicon.numbers.match(text, at: share.last + 1, clitics: false),
                    scale.value.role == .scale
                {
                    share.value *= scale.value.value
                    share.last = scale.end - 1
                }
                return share
            }
            return result
        }
        guard token.isWord, let first = lexicon.numbers.match(text, at: index) else { return nil }
        // "١مليون": a word glued to digits before it is a unit of a code, not a number.
        if index > 0, text.tokens[index - 1].isNumber, text.tokens[index - 1].end == token.start { return nil }
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
                if word.vagueMax < 2 * word.value {
                    // "une dizaine de milliers": about ten thousand, not tens of thousands.
                    interval = CountInterval(
                        min: word.vagueMin * outer.value.value, max: word.vagueMax * outer.value.value)
                }
                last = outer.end - 1
            }
            return Result(value: interval.min ?? 0, first: index, last: last, vague: interval)
        }
        // "une vingtaine", "un millier": the article of a word that rounds, not one.
        if word.role == .unit, word.value == 1, !token.isArabic, first.end < end,
            let next = lexicon.numbers.match(text, at: first.end, clitics: false), next.value.role == .vague
        {
            return nil
        }
        guard let words = readWords(at: index, end: end) else { return nil }
        // "في المئة" is a percent sign; "المئة" starts a number only with more after it ("المئة والخامسة").
        if words.last == index, word.role == .hundred, word.hasArticle || token.clitic == .article { return nil }
        return readDecimal(after: words, end: end) ?? words
    }

    /// "77/100" written without spaces: the share 0.77 (dates such as "11/10/2023" were read before).
    func readFraction(at index: Int, end: Int) -> Result? {
        let tokens = text.tokens
        guard index + 2 < end, !continuesChain(at: index), tokens[index + 1].key == Keys.slash,
            tokens[index + 1].start == tokens[index].end,
            tokens[index + 2].isNumber, tokens[index + 2].start == tokens[index + 1].end, tokens[index + 2].value != 0,
            !consumed[index + 2], index + 3 >= end || tokens[index + 3].key != Keys.slash
        else { return nil }
        var result = Result(value: tokens[index].value / tokens[index + 2].value, first: index, last: index + 2)
        result.isFraction = true
        return result
    }

    /// "1 فاصلة 1", "واحد فاصلة خمسة": a whole number, the spoken decimal point and the decimals.
    private func readDecimal(after whole: Result, end: Int) -> Result? {
        let next = whole.last + 1
        guard whole.vague == nil, next + 1 < end, Self.decimalPoints.contains(text.tokens[next].key),
            let decimals = read(at: next + 1, end: end), decimals.vague == nil, decimals.value >= 0
        else { return nil }
        if decimals.isFraction && decimals.value < 1 {
            // "مائتين فاصلة ثلاثة من مائة" = 200.03: the decimals spelt as hundredths.
            var result = whole
            result.value += decimals.value
            result.last = decimals.last
            return result
        }
        guard decimals.value == decimals.value.rounded() else { return nil }
        var scale = 1.0
        let digits = text.tokens[decimals.first].isNumber ? text.tokens[decimals.first].digits : 0
        while scale <= decimals.value || scale < pow10(digits) { scale *= 10 }
        var result = whole
        result.value += decimals.value / scale
        result.last = decimals.last
        return result
    }

    func pow10(_ count: Int) -> Double {
        var value = 1.0
        for _ in 0..<count { value *= 10 }
        return value
    }

    /// Composes number words left to right, stopping at the first word that cannot continue the number.
    private func readWords(at index: Int, end: Int) -> Result? {
        var total = 0.0
        var current = 0.0
        var count = 0
        var last = index
        var position = index
        var lastRole: NumberWord.Role = .unit
        var ordinal = false
        var lastScale = 1.0
        var beforeJoin: Double? = nil
        while position < end {
            var at = position
            var looseWa = false
            var joined = false
            if count > 0, at < end, Self.connectors.contains(text.tokens[at].key), !text.tokens[at].isArabic {
                joined = text.tokens[at].key != Keys.dash
                at += 1
                if joined, at + 1 < end, Self.shareArticles.contains(text.tokens[at].key),
                    let share = lexicon.numbers.match(text, at: at + 1, clitics: false), share.value.role == .fraction
                {
                    at += 1  // "two and a half million", "a million and one half"
                }
            } else if count > 0, at + 1 < end, text.tokens[at].full == Keys.wa, text.tokens[at + 1].isArabic {
                // "واحدة و عشرون": the conjunction written apart.
                at += 1
                looseWa = true
            }
            guard at < end, !consumed[at], text.tokens[at].isWord else { break }
            var match = lexicon.numbers.match(text, at: at, clitics: count == 0)
            var cutWa = false
            if match == nil, let joined = waMatch(at: at, count: count) {
                match = joined
                cutWa = true
            }
            guard let match else { break }
            let token = text.tokens[at]
            let wa = token.clitic == .wa || looseWa || cutWa
            if count > 0 && token.isArabic && token.clitic != .none && !wa { break }
            let word = match.value
            // "أربعة ألف و ثلاثمائة و صفر": zero is a number of its own, never a part.
            if count > 0 && word.value == 0 { break }
            // "half", "demi" only continue a number in English and French ("two and a half", "deux millions et demi"):
            // alone they are no count ("half of the victims").
            if word.role == .fraction && !token.isArabic && !joined {
                // "half a dozen", "half a million": the share of the scale after the article.
                guard count == 0, match.end + 1 < end, Self.shareArticles.contains(text.tokens[match.end].key),
                    let scale = lexicon.numbers.match(text, at: match.end + 1, clitics: false),
                    scale.value.role == .scale
                else { break }
                current = word.value
                lastRole = .fraction
                count += 1
                last = match.end
                position = match.end + 1
                continue
            }
            let valueBefore = total + current
            if count == 0 && (word.hasArticle || token.clitic == .article) { ordinal = true }
            if word.isOrdinal { ordinal = true }
            let units = current.truncatingRemainder(dividingBy: 100)
            let afterBig: Bool = [.hundred, .hundreds, .scale, .dualScale, .pluralScale].contains(lastRole)
            var accepted = true
            switch word.role {
            case .unit:
                if count == 0 {
                    current += word.value
                } else if !token.isArabic && lastRole == .ten && current.truncatingRemainder(dividingBy: 10) == 0 {
                    current += word.value
                } else if !token.isArabic && lastRole == .unit && units.truncatingRemainder(dividingBy: 20) == 10
                    && word.value < 10
                {
                    // "dix-sept", "soixante dix huit", "quatre vingt dix neuf".
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
                } else if count > 0 && total == 0 && current >= 10 && current <= 99 && !joined
                    && (lastRole == .unit || lastRole == .ten) && token.key == Self.hundredKey
                {
                    current *= 100  // "fifteen hundred", "twenty-five hundred": English counts hundreds past ten
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
                // Arabic takes the plural after 3 to 10 ("ثلاثة ملايين"); French after every count ("deux millions",
                // "vingt millions"), and English only in "two hundred dozens".
                if count > 0 && !wa && current >= (token.isArabic ? 3 : 2) && (current <= 10 || !token.isArabic) {
                    total += current * word.value
                    current = 0
                } else {
                    accepted = false
                }
            case .vague:
                accepted = false
            case .fraction:
                if count == 0 {
                    current = word.value
                } else if wa || joined, lastRole == .scale || lastRole == .dualScale || lastRole == .pluralScale {
                    // "مليون ونصف" = 1.5 million: the fraction is of the last scale.
                    total += word.value * lastScale
                } else if wa || joined, current > 0, current == current.rounded() {
                    current += word.value
                } else {
                    accepted = false
                }
            }
            guard accepted else { break }
            if joined && [.unit, .teen, .ten, .hundred].contains(word.role) { beforeJoin = valueBefore }
            if [.scale, .dualScale, .pluralScale].contains(word.role) {
                lastScale = word.role == .dualScale ? word.value / 2 : word.value
            }
            if word.role == .fraction, count > 0, match.end < end,
                let repeated = lexicon.numbers.match(text, at: match.end),
                repeated.value.role == .scale, repeated.value.value == lastScale,
                text.tokens[match.end].clitic == .article
            {
                // "مليون ونصف المليون": the scale repeated with the article belongs to the fraction.
                lastRole = word.role
                count += 1
                last = repeated.end - 1
                position = repeated.end
                continue
            }
            lastRole = word.role
            count += 1
            last = match.end - 1
            position = match.end
        }
        guard count > 0 else { return nil }
        return Result(value: total + current, first: index, last: last, isOrdinal: ordinal, beforeJoin: beforeJoin)
    }

    /// A following Arabic number word joined with "و" ("وعشرون"), which the clitic-free lookup refuses.
    private func waMatch(at index: Int, count: Int) -> (value: NumberWord, end: Int)? {
        guard count > 0 else { return nil }
        let token = text.tokens[index]
        if token.clitic == .wa { return lexicon.numbers.match(text, at: index, clitics: true) }
        // "والعشرين" is itself a table word (a date ordinal), so the tokenizer kept it whole: cut the "و" here.
        guard token.clitic == .none, token.isArabic, text.scalars[token.start] == "و" else { return nil }
        var folded: [UInt32] = []
        for scalar in text.scalars[(token.start + 1)..<token.end] where !ScalarFolding.isIgnorable(scalar.value) {
            folded.append(ScalarFolding.fold(scalar.value))
        }
        guard let word = lexicon.numbers.value(ofWord: ScalarFolding.hash(folded)) else { return nil }
        return (word, index + 1)
    }
}
