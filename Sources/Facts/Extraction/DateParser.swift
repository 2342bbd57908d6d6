import CrossCheckModel

/// Finds date mentions in a sentence, left to right, each read in one forward pass over its tokens.
///
/// It reads, in order and each optional: a prefix modifier ("last"), a relative day ("أمس", "yesterday"),
/// "يوم"/"on", a weekday, then a day and month in any of the written orders ("11 أكتوبر", "الرابع من يونيو",
/// "October 11", "11/10/2023"), a second month name after a slash ("تشرين الأول/أكتوبر"), a year or a modifier
/// ("الجاري", "الماضي", "dernier"). A year after a cue ("عام 1967", "in 2014", "حرب 1967") is a year on its own.
struct DateParser {
    let text: TokenizedText
    let lexicon: Lexicon
    /// "2/7" is 2 July (French, Arabic) rather than 7 February (English).
    var dayFirst = true
    /// French cuts of weeks and years ("en fin de semaine" starts on Thursday).
    var french = false

    static let suffixes: Set<UInt64> = Set(["st", "nd", "rd", "th", "er", "e", "eme"].map(Keys.key))
    static let links: Set<UInt64> = Set(["من", "of", "de", "du"].map(Keys.key))
    static let dayNouns: Set<UInt64> = Set(["day", "jour"].map(Keys.key))
    static let comma = Keys.commas
    static let slashes: Set<UInt64> = Set(["/", "-", "."].map(Keys.key))
    /// Words for a year as a period ("العام الماضي", "this year", "l'année dernière"); "عام 1967" is a year cue.
    static let yearWords: Set<UInt64> = Set(
        ["عام", "العام", "سنة", "السنة", "year", "annee", "an"].map(Keys.key))

    var tokens: [Token] { text.tokens }

    /// True when a date may start at `token`: a number, a word of a date table, or a word the grammar reads first
    /// outside the tables ("the", "السنة"). Most known words of a news sentence (casualty words, subjects) are none
    /// of these, and trying the whole grammar at each of them was half of the extraction time.
    ///
    /// The commonest words of all ("في", "من", "in", "from") open a date only before a number or another date word
    /// ("في 2014", "من 13 إلى 15 يوليو", "in March"), so they are let through only then.
    func mayOpen(at index: Int) -> Bool {
        guard opensAlone(tokens[index]) else { return false }
        guard Self.connectives.contains(tokens[index].key) else { return true }
        return index + 1 < tokens.count && opensAlone(tokens[index + 1])
    }

    private func opensAlone(_ token: Token) -> Bool {
        token.isNumber || (token.isKnown && (token.mask & lexicon.dateOpeners != 0 || Self.openers.contains(token.key)))
    }

    /// Words outside the date tables that the grammar reads at a mention's first token.
    static let openers: Set<UInt64> = yearWords
    /// Frequent words of the date tables that need a date word or a number right after them.
    static let connectives: Set<UInt64> = Set(
        ["في", "من", "in", "en", "from", "du", "de", "of", "for", "within"].map(Keys.key))

    func word(at index: Int, end: Int) -> DateWord? {
        guard index < end else { return nil }
        return lexicon.dateWords.match(text, at: index)?.value
    }

    func wordMatch(at index: Int, end: Int) -> (value: DateWord, end: Int)? {
        guard index < end, let match = lexicon.dateWords.match(text, at: index), match.end <= end else { return nil }
        return match
    }

    func integer(at index: Int, end: Int, in range: ClosedRange<Int>) -> Int? {
        guard index < end, tokens[index].isNumber, tokens[index].isInteger else { return nil }
        let value = Int(tokens[index].value)
        return range.contains(value) ? value : nil
    }

    func parseOne(at index: Int, end: Int) -> DateMention? {
        if let found = parseGrammar(at: index, end: end) { return found }
        guard var mention = parseSingle(at: index, end: end) else { return nil }
        if mention.weekday != nil, mention.day == nil, mention.month == nil, mention.relativeDay == nil {
            extendWeekday(&mention, end: end)
        }
        return mention
    }

    /// One date that starts at `index`, or nil.
    func parseSingle(at index: Int, end: Int) -> DateMention? {
        guard index < end else { return nil }
        var mention = DateMention(first: index)
        var position = index
        if tokens[index].isWord, let match = wordMatch(at: position, end: end) {
            switch match.value {
            case .last where !tokens[index].isArabic: mention.modifier = -1
            case .next where !tokens[index].isArabic:
                mention.modifier = 1
                mention.inNextWeek = true
            case .current: mention.modifier = 0
            default: break
            }
            if mention.modifier != nil { position = match.end }
        }
        if let period = relativePeriod(at: position, end: end, prefix: mention.modifier) {
            mention.relativePeriod = (period.grain, period.offset)
            mention.last = period.last
            return mention
        }
        if let match = wordMatch(at: position, end: end), case .relativeDay(let offset) = match.value {
            mention.relativeDay = offset
            position = match.end
            mention.last = position - 1
        }
        var afterDayWord = position
        if let match = wordMatch(at: position, end: end), case .dayWord = match.value { afterDayWord = match.end }
        if let match = wordMatch(at: afterDayWord, end: end), let weekday = weekday(match, end: end) {
            mention.weekday = weekday
            position = match.end
            mention.last = position - 1
            if position < end, Self.comma.contains(tokens[position].key) { position += 1 }
            // "Friday-Jun-15": a dash between the weekday and a month name.
            if position + 1 < end, tokens[position].isPunctuation, Self.dashes.contains(tokens[position].key),
                month(at: position + 1, end: end) != nil
            {
                position += 1
            }
            if case .agreeing = word(at: position, end: end) { position += 1 }
            // "mercredi, le 22 jan", "jeudi le 21"
            if case .dayWord = word(at: position, end: end), integer(at: position + 1, end: end, in: 1...31) != nil {
                position += 1
            }
        } else if afterDayWord > position, integer(at: afterDayWord, end: end, in: 1...31) != nil {
            position = afterDayWord
        }
        if readDayMonth(at: position, end: end, into: &mention) {
            position = mention.last + 1
            readYear(at: position, end: end, into: &mention)
        } else if mention.weekday != nil, let day = dayAfterWeekday(at: position, end: end) {
            // "Friday the 15th", "jeudi 15": the nearest month whose 15th is a Friday.
            mention.day = day.value
            mention.last = day.last
        } else if readYearAlone(at: position, end: end, into: &mention) {
            // "عام 1967", "in 2014"
        } else if mention.relativeDay == 0 && mention.weekday == nil && position < end
            && (tokens[position].isNumber || tokens[position].key == Keys.article)
        {
            return nil  // "اليوم الـ53 من الحرب" counts days, it is not today
        }
        if mention.weekday != nil && mention.month == nil, let match = wordMatch(at: mention.last + 1, end: end) {
            switch match.value {
            case .last: mention.modifier = -1
            case .next:
                mention.modifier = 1
                // "vendredi prochain" is Friday of next week; "الأحد المقبل" the coming Sunday.
                mention.inNextWeek = !tokens[mention.last + 1].isArabic
            default: break
            }
            if mention.modifier != nil { mention.last = match.end - 1 }
        }
        guard mention.isComplete else { return nil }
        if mention.month == nil && mention.day == nil && mention.year == nil && mention.modifier != nil
            && mention.weekday == nil && mention.relativeDay == nil
        {
            return nil
        }
        mention.historicalCue = mention.historicalCue || hasHistoricalCue(before: mention.first)
        return mention
    }

    func hasHistoricalCue(before index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var position = index - 1
        while position >= 0 && position >= index - 3 && tokens[position].sentence == sentence {
            if case .historical = word(at: position, end: position + 1) { return true }
            position -= 1
        }
        return false
    }

    /// A month name (with an optional second name after a slash) starting at `index`.
    func month(at index: Int, end: Int) -> (value: MonthName, end: Int)? {
        guard index < end, tokens[index].isWord, let match = lexicon.months.match(text, at: index),
            match.end <= end
        else { return nil }
        var next = match.end
        if next < end, tokens[next].isPunctuation, tokens[next].key == Keys.point { next += 1 }
        if next + 1 < end, tokens[next].key == Keys.slash, let second = lexicon.months.match(text, at: next + 1) {
            next = second.end
        }
        return (match.value, next)
    }
}
