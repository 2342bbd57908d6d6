/// Shares and compound digit numbers: what may follow a number that `readCore` read.
///
///     "ثلاثة أخماس"            → 3/5          (a denominator noun after the numerator)
///     "عشرون و ثلاثة أخماس"    → 20 + 3/5     (a whole and a share)
///     "واحد على ٢٠"             → 1/20         ("على": digits or words)
///     "واحد من ثلاثة"           → 1/3          ("من": only between numbers in words)
///     "٤ آلاف ٣ مائة و ٢١"      → 4321         (digits with their scales, largest first)
///     "2 1/4"                   → 2.25         (a whole and a written fraction)
extension NumberReader {
    private static let andKey = Keys.key("and")
    private static let etKey = Keys.key("et")
    private static let articleKeys: Set<UInt64> = Set(["a", "an", "un", "une"].map(Keys.key))

    /// "جزء من مئة وخمسة" = 1/105: a share whose numerator is the noun "part" itself.
    func readPartsOf(at index: Int, end: Int) -> Result? {
        guard text.tokens[index].isWord, let link = lexicon.fractions.match(text, at: index, clitics: false),
            link.value == .partsOf, let denominator = readCore(at: link.end, end: end),
            isPlain(denominator), denominator.value != 0
        else { return nil }
        var result = Result(value: 1 / denominator.value, first: index, last: denominator.last)
        result.isFraction = true
        return result
    }

    /// The share that a denominator, a link word or "و" and a share make of the number `whole`, or nil.
    func readShare(after whole: Result, end: Int) -> Result? {
        guard isPlain(whole), !whole.isFraction, whole.value == whole.value.rounded() else { return nil }
        let next = whole.last + 1
        guard next < end, !consumed[next] else { return nil }
        let inWords = text.tokens[whole.first].isWord
        if let link = lexicon.fractions.match(text, at: next, clitics: false) {
            switch link.value {
            case .denominator(let parts, let plural):
                guard plural || inWords else { return nil }
                if let before = whole.beforeJoin, inWords, whole.value - before < parts {
                    // A mixed number's share is proper: "one hundred and three quarters" = 100¾, "twenty and three
                    // fifths" = 20⅗; "one hundred and thirty-two fifths" stays 132/5.
                    return share(before + (whole.value - before) / parts, from: whole.first, to: link.end - 1)
                }
                return share(whole.value / parts, from: whole.first, to: link.end - 1)
            case .over, .of, .partsOf:
                guard let other = readCore(at: link.end, end: end), isPlain(other), other.value != 0 else {
                    return nil
                }
                if link.value == .of && !(inWords && text.tokens[other.first].isWord) { return nil }
                return share(whole.value / other.value, from: whole.first, to: other.last)
            case .dual, .negative:
                return nil
            }
        }
        // "ثلاثة واحد وعشرونات" = 3/21: a compound denominator, its unit first and its plural tens after "و".
        if inWords, let unit = lexicon.numbers.match(text, at: next, clitics: false), unit.value.role == .unit,
            unit.end < end, text.tokens[unit.end].clitic == .wa,
            let tens = lexicon.fractions.match(text, at: unit.end), case .denominator(let parts, true) = tens.value,
            parts >= 20
        {
            return share(whole.value / (parts + unit.value.value), from: whole.first, to: tens.end - 1)
        }
        // "و ثلاثة أخماس", "وخمسين": a share added to the whole after "و".
        var at = next
        if text.tokens[at].full == Keys.wa, at + 1 < end, text.tokens[at + 1].isArabic { at += 1 }
        guard at < end, at > next || text.tokens[at].clitic == .wa, inWords, !consumed[at] else { return nil }
        if let dual = lexicon.fractions.match(text, at: at), case .dual(let parts) = dual.value {
            var result = whole
            result.value += 2 / parts
            result.last = dual.end - 1
            return result
        }
        guard let numerator = readCore(at: at, end: end), isPlain(numerator), numerator.last + 1 < end,
            let link = lexicon.fractions.match(text, at: numerator.last + 1, clitics: false),
            case .denominator(let parts, _) = link.value
        else { return nil }
        var result = whole
        result.value += numerator.value / parts
        result.last = link.end - 1
        return result
    }

    /// "2 1/4" = 2.25: a whole number in digits, a space and a proper fraction.
    func readMixedFraction(after whole: Result, end: Int) -> Result? {
        let next = whole.last + 1
        guard next < end, text.tokens[whole.first].isInteger, text.tokens[next].isNumber,
            text.tokens[next].start > text.tokens[whole.last].end, let part = readFraction(at: next, end: end),
            part.value > 0, part.value < 1
        else { return nil }
        var result = whole
        result.value += whole.value < 0 ? -part.value : part.value
        result.last = part.last
        return result
    }

    /// "three quarters of a million" = 750,000, "trois quarts de million": a share of the scale after "of".
    func readScale(ofShare share: Result, end: Int) -> Result? {
        guard share.isFraction, share.value > 0, share.value < 1 else { return nil }
        var at = share.last + 1
        guard at < end, Self.vagueLinks.contains(text.tokens[at].key) else { return nil }
        at += 1
        if at < end, Self.articleKeys.contains(text.tokens[at].key) { at += 1 }
        guard at < end, !consumed[at], let scale = lexicon.numbers.match(text, at: at, clitics: false),
            scale.value.role == .scale || scale.value.role == .pluralScale, scale.value.value >= 1000
        else { return nil }
        var result = share
        result.value *= scale.value.value
        result.last = scale.end - 1
        result.isFraction = false
        return result
    }

    /// "a quarter of a million" = 250,000: the article as the numerator, only before a scale.
    func readArticleShareOfScale(at index: Int, end: Int) -> Result? {
        let token = text.tokens[index]
        guard token.isWord, !token.isArabic, Self.articleKeys.contains(token.key), index + 1 < end,
            let link = lexicon.fractions.match(text, at: index + 1, clitics: false),
            case .denominator(let parts, false) = link.value
        else { return nil }
        var share = Result(value: 1 / parts, first: index, last: link.end - 1)
        share.isFraction = true
        return readScale(ofShare: share, end: end)
    }

    /// "3 ملايين ونصف" = 3.5 million, "3 million and a half", "3 millions et demi", "3 and a half": a half, third or
    /// quarter after digits (with their scale) is a share of that scale, as after number words.
    ///
    /// English wants the article ("and a half"): "2 million and half of them children" goes on with another
    /// phrase. In Arabic only a scale takes the share, and not before another definite noun ("3 آلاف ونصف
    /// المصابين": half of the wounded); the scale repeated with the article belongs to the share ("3 ملايين ونصف
    /// المليون").
    func readTrailingShare(after number: Result, unit: Double, end: Int) -> Result? {
        var at = number.last + 1
        guard at < end, !consumed[at] else { return nil }
        let token = text.tokens[at]
        if token.isArabic {
            guard unit > 1, token.clitic == .wa, let share = lexicon.numbers.match(text, at: at, clitics: true),
                share.value.role == .fraction
            else { return nil }
            var result = number
            result.value += share.value.value * unit
            result.last = share.end - 1
            if share.end < end, text.tokens[share.end].clitic == .article {
                guard let repeated = lexicon.numbers.match(text, at: share.end), repeated.value.value == unit,
                    repeated.value.role == .scale
                else { return nil }
                result.last = repeated.end - 1
            }
            return result
        }
        guard token.isWord, token.key == Self.andKey || token.key == Self.etKey else { return nil }
        at += 1
        let french = token.key == Self.etKey
        if !french {
            guard at < end, Self.shareArticles.contains(text.tokens[at].key) else { return nil }
            at += 1
        }
        guard at < end, !consumed[at], text.tokens[at].isWord, !text.tokens[at].isArabic,
            let share = lexicon.numbers.match(text, at: at, clitics: false), share.value.role == .fraction,
            !french || share.value.value == 0.5
        else { return nil }
        var result = number
        result.value += share.value.value * unit
        result.last = share.end - 1
        return result
    }

    /// "٤ آلاف ٣ مائة و ٢١" = 4321: after digits and a scale up to a thousand, smaller digit groups with their own
    /// scale, or a bare remainder after "و" ("3 آلاف و500" = 3500). Millions keep their own convention (see
    /// `FactExtractor.joinScaleRemainders`).
    func readScaledRemainder(after scaled: Result, scale: Double, end: Int) -> Result {
        var result = scaled
        var lastScale = scale
        while lastScale <= 1000 {
            var at = result.last + 1
            var wa = false
            if at < end, text.tokens[at].full == Keys.wa { (at, wa) = (at + 1, true) }
            guard at < end, !consumed[at], text.tokens[at].isNumber, text.tokens[at].isInteger,
                text.tokens[at].value > 0
            else { break }
            let value = text.tokens[at].value
            if at + 1 < end, !consumed[at + 1], let word = lexicon.numbers.match(text, at: at + 1, clitics: false),
                word.value.role == .hundred || word.value.role == .scale, word.value.value < lastScale,
                value * word.value.value < lastScale
            {
                result.value += value * word.value.value
                result.last = word.end - 1
                lastScale = word.value.value
            } else if wa, value < lastScale {
                result.value += value
                result.last = at
                break
            } else {
                break
            }
        }
        return result
    }

    /// "- 1 4/5" = −1.8: a minus sign written apart at the start of a sentence, before a number with a fraction.
    ///
    /// A whole number after it is left alone: "- 5 قتلى" starts a bulleted line far more often than a negative.
    func readDetachedSign(at index: Int, end: Int) -> Result? {
        let token = text.tokens[index]
        guard token.isPunctuation, token.key == Keys.dash, index + 1 < end,
            index == 0
                || text.tokens[index - 1].sentence != token.sentence,
            text.tokens[index + 1].isNumber, text.tokens[index + 1].start > token.end,
            var number = readCore(at: index + 1, end: end), number.vague == nil, !number.isOrdinal,
            number.value > 0, number.value != number.value.rounded()
        else { return nil }
        number.value = -number.value
        number.first = index
        return number
    }

    /// The scale a Latin letter glued to digits stands for: "k"/"K" thousand, "M" million, "G", "b", "bn" billion.
    /// A lower-case "m" is left out: "5m" is five metres as often as five million.
    func suffixScale(at index: Int) -> Double? {
        let token = text.tokens[index]
        guard !token.isArabic, token.length <= 2,
            index + 1 >= text.tokens.count || !text.tokens[index + 1].isWord
                || text.tokens[index + 1].start > token.end
        else { return nil }
        let first = text.scalars[token.start].value
        switch (first, token.length) {
        case (0x6B, 1), (0x4B, 1): return 1e3
        case (0x4D, 1): return 1e6
        case (0x47, 1), (0x62, 1), (0x42, 1): return 1e9
        case (0x62, 2) where text.scalars[token.start + 1].value == 0x6E: return 1e9
        default: return nil
        }
    }

    /// Nouns that a number glued to them still counts: people ("16امرأة"), casualties ("5قتلى") and time ("100عام").
    func isCountedNoun(at index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isArabic else { return false }
        return lexicon.subjects.contains(text, at: index) || lexicon.triggers.contains(text, at: index)
            || Self.timeNouns.contains(token.key)
    }

    private static let timeNouns: Set<UInt64> = Set(
        ["عام", "عاما", "أعوام", "سنة", "سنوات", "يوما", "أيام", "ساعة", "ساعات", "شهرا", "أشهر", "أسابيع"].map(
            Keys.key))

    /// True for "5/17/2018" and "+1-222-2222/2222" at "17" and "2222": a written fraction never continues a
    /// chain of numbers joined by marks.
    func continuesChain(at index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = text.tokens[index - 1]
        return before.isPunctuation && before.end == text.tokens[index].start
            && (before.key == Keys.slash || before.key == Keys.dash)
    }

    private func isPlain(_ number: Result) -> Bool { number.vague == nil && !number.isOrdinal }

    private func share(_ value: Double, from first: Int, to last: Int) -> Result {
        var result = Result(value: value, first: first, last: last)
        result.isFraction = true
        return result
    }
}
