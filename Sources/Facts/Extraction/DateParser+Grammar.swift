import CrossCheckModel

/// The composed families of the date grammar: relative periods and shifts for every unit, quarters and week
/// numbers, parts of periods, holidays, decades and recurring sets. Each rule reads its parts from the word tables
/// (`DateCues`, `Holidays`, `DateWords`) and yields a `DateExpression` that `DateResolver` places.
extension DateParser {
    static let oneWords: Set<UInt64> = Set(["a", "an", "one", "un", "une"].map(Keys.key))
    static let englishIn = Keys.key("in")
    static let dayKey = Keys.key("يوم")
    static let daysKey = Keys.key("أيام")
    static let plurals: Set<UInt64> = Set(
        [
            "days", "weeks", "months", "quarters", "years", "jours", "semaines", "ans", "annees", "trimestres",
            "أيام", "أسابيع", "أشهر", "شهور", "سنوات", "أعوام", "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات",
        ].map(Keys.key))
    /// "اثنين" and "أحد" are also "two" and "one": weekdays only right after "يوم".
    static let bareWeekdays: [UInt64: Weekday] = [
        Keys.key("اثنين"): .monday, Keys.key("أحد"): .sunday,
    ]
    static let plural = Keys.key("s")
    static let calendarAdjectives: Set<UInt64> = Set(
        [
            "chinois", "juif", "persan", "iranien", "lunaire", "islamique", "hegirien", "musulman", "tamoul",
            "vietnamien", "الفارسية", "العبرية", "اليهودية", "الصينية", "القمرية", "الأمازيغية",
        ].map(Keys.key))
    static let recurringAdjectives: Set<UInt64> = Set(["everyday", "quotidien", "quotidienne"].map(Keys.key))
    static let ofWords: Set<UInt64> = Set(["of", "de", "du", "d", "من", "in", "في", "لعام"].map(Keys.key))
    static let frenchPlural: [UInt64: Int] = [
        Keys.key("derniers"): -1, Keys.key("dernieres"): -1, Keys.key("prochains"): 1, Keys.key("prochaines"): 1,
    ]

    func cue(at index: Int, end: Int) -> (value: DateCue, end: Int)? {
        guard index < end, let match = lexicon.dateCues.match(text, at: index), match.end <= end else { return nil }
        return match
    }

    /// A unit word ("week", "semaines", "أسابيع", "mois", "شهر"); with `years`, also "year", "an", "عام".
    func unit(at index: Int, end: Int, years: Bool) -> (unit: DateUnit, end: Int, dual: Bool)? {
        if let match = cue(at: index, end: end) {
            switch match.value {
            case .unit(let unit): return (unit, match.end, false)
            case .dual(let unit): return (unit, match.end, true)
            default: break
            }
        }
        guard index < end, tokens[index].isWord else { return nil }
        if case .monthWord = word(at: index, end: end) { return (.month, index + 1, false) }
        if tokens[index].key == Self.dayKey { return (.day, index + 1, false) }
        if years, Self.yearWords.contains(tokens[index].key) { return (.year, index + 1, false) }
        return nil
    }

    /// A small count in digits or words: "3", "three", "trois", "ثلاثة", "a".
    /// With `agreeing`, an Arabic count may carry the article of the plural it follows ("الأسابيع الثلاثة").
    func count(at index: Int, end: Int, agreeing: Bool = false) -> (value: Int, end: Int)? {
        guard index < end else { return nil }
        let token = tokens[index]
        if token.isNumber {
            guard token.isInteger, token.value >= 1, token.value <= 1000 else { return nil }
            return (Int(token.value), index + 1)
        }
        // "الأحد" is Sunday, not "the one": a weekday or a word with the article is no count.
        guard token.isWord, token.clitic != .article || agreeing else { return nil }
        if case .weekday = word(at: index, end: end) { return nil }
        if Self.oneWords.contains(token.key) { return (1, index + 1) }
        guard let match = lexicon.numbers.match(text, at: index), match.end <= end, !match.value.isOrdinal,
            [.unit, .teen, .ten].contains(match.value.role), match.value.value >= 1
        else { return nil }
        return (Int(match.value.value), match.end)
    }

    /// "last", "next", "this", "coming", "previous", "suivant": a step from the current period.
    func modifier(at index: Int, end: Int) -> (offset: Int, end: Int, isStep: Bool)? {
        if let match = wordMatch(at: index, end: end) {
            switch match.value {
            case .last: return (-1, match.end, false)
            case .next: return (1, match.end, false)
            case .current: return (0, match.end, false)
            default: break
            }
        }
        if let match = cue(at: index, end: end), case .step(let offset) = match.value {
            return (offset, match.end, true)
        }
        return nil
    }

    func made(_ first: Int, _ last: Int, _ expression: DateExpression) -> DateMention {
        var mention = DateMention(first: first)
        mention.last = last
        mention.expression = expression
        return mention
    }

    /// The grammar's mention starting at `index`, or nil.
    func parseGrammar(at index: Int, end: Int) -> DateMention? {
        guard index < end else { return nil }
        if let found = dayAfterMotionVerb(at: index, end: end) { return found }
        if let found = yearOrLater(at: index, end: end) { return found }
        if let found = arabicQuarter(at: index, end: end) { return found }
        if let found = closest(at: index, end: end) { return found }
        if let found = duration(at: index, end: end) { return found }
        if let found = monthThenDays(at: index, end: end) { return found }
        if let found = yearOpenEnded(at: index, end: end) { return found }
        if let found = holiday(at: index, end: end) { return found }
        if let found = namedSpan(at: index, end: end) { return found }
        if let found = periodSlice(at: index, end: end) { return found }
        if let found = rest(at: index, end: end) { return found }
        if let found = toDate(at: index, end: end) { return found }
        if let found = weekdayCount(at: index, end: end) { return found }
        if let found = recurring(at: index, end: end) { return found }
        if var found = shift(at: index, end: end) {
            found.frenchParts = french  // "dans un an" is read to the month
            return found
        }
        if let found = nthOfMonth(at: index, end: end) { return found }
        if let found = period(at: index, end: end) { return found }
        if let found = quarterOrWeek(at: index, end: end) { return found }
        if let found = partOf(at: index, end: end) { return found }
        if let found = decade(at: index, end: end) { return found }
        if let found = seasonOrWeekend(at: index, end: end) { return found }
        if let found = yearFirst(at: index, end: end) { return found }
        return nil
    }

    /// "christmas", "next thanksgiving", "thanksgiving 2014", "عيد الأضحى عام 2019".
    func holiday(at index: Int, end: Int) -> DateMention? {
        var position = index
        var modifier: Int? = nil
        if !tokens[index].isArabic, let found = self.modifier(at: index, end: end) {
            modifier = found.offset == 0 ? 1 : found.offset
            position = found.end
        }
        guard position < end, let match = lexicon.holidays.match(text, at: position), match.end <= end else {
            return nil
        }
        // "le Nouvel An chinois", "le Nouvel An juif": another calendar's new year.
        if match.end < end, Self.calendarAdjectives.contains(tokens[match.end].key) { return nil }
        var last = match.end - 1
        var next = match.end
        if case .yearCue = word(at: next, end: end), integer(at: next + 1, end: end, in: 1000...2200) != nil {
            next += 1
        } else if next + 1 < end, Self.ofWords.contains(tokens[next].key),
            integer(at: next + 1, end: end, in: 1000...2200) != nil
        {
            next += 1  // "father's day of 2015"
        }
        var year: Int? = nil
        if let found = integer(at: next, end: end, in: 1000...2200), tokens[next].digits == 4 {
            year = found
            last = next
        } else if let found = yearInWords(at: next, end: end) {
            year = found.value  // "Easter Sunday two thousand ten"
            last = found.last
        }
        var mention = made(index, last, .holiday(match.value, year: year, modifier: year == nil ? modifier : nil))
        guard year == nil, modifier == nil, next < end else { return mention }
        // "thanksgiving of next year", "thanksgiving in 3 years", "tax day two years ago"
        var after = next
        if Self.ofWords.contains(tokens[after].key) { after += 1 }
        if let found = self.modifier(at: after, end: end), found.end < end,
            Self.yearWords.contains(tokens[found.end].key)
        {
            mention.holidayShift = [(.year, found.offset)]
            mention.last = found.end
        } else if after < end, Self.yearWords.contains(tokens[after].key),
            let found = self.modifier(at: after + 1, end: end)
        {
            mention.holidayShift = [(.year, found.offset)]  // "halloween d'année prochaine"
            mention.last = found.end - 1
        } else if let found = shift(at: next, end: end), case .shift(let steps) = found.expression {
            mention.holidayShift = steps
            mention.last = found.last
        }
        return mention
    }

    /// "every day", "chaque semaine", "كل يومين", "every monday", "daily", "quotidien".
    func recurring(at index: Int, end: Int) -> DateMention? {
        if tokens[index].key == Self.daysKey, let match = wordMatch(at: index + 1, end: end),
            case .weekday(let weekday) = match.value
        {
            return made(index, match.end - 1, .set("XXXX-WXX-\((weekday.rawValue + 6) % 7 + 1)"))  // "أيام الأحد"
        }
        guard let match = cue(at: index, end: end) else { return nil }
        if case .recurring(let period) = match.value {
            // "everyday items", "objets du quotidien": the adjectives recur only closing their clause.
            if Self.recurringAdjectives.contains(tokens[index].key), !closesClause(after: match.end - 1, end: end) {
                return nil
            }
            return made(index, match.end - 1, .set(period))
        }
        guard case .every = match.value else { return nil }
        var position = match.end
        if let plural = cue(at: position, end: end), case .recurring(let period) = plural.value {
            return made(index, plural.end - 1, .set(period))  // "tous les lundis", "every mondays"
        }
        if let date = recurringDate(at: position, end: end) {
            return made(index, date.last, .set(date.timex))  // "chaque 15/04", "each 4/15", "chaque 1er mai"
        }
        if let part = cue(at: position, end: end), case .dayPart(let time) = part.value {
            return made(index, part.end - 1, .set("XXXX-XX-XX" + time))  // "tous les matins", "chaque nuit"
        }
        var number = 1
        if let found = count(at: position, end: end), !Self.oneWords.contains(tokens[position].key) {
            number = found.value
            position = found.end
        }
        if position + 1 < end, tokens[position].key == Self.dayKey || tokens[position].key == Self.daysKey {
            var weekday = Self.bareWeekdays[tokens[position + 1].key]
            var last = position + 1
            if weekday == nil, let match = wordMatch(at: position + 1, end: end), case .weekday(let found) = match.value
            {
                weekday = found
                last = match.end - 1
            }
            if let weekday {
                return made(index, last, .set("XXXX-WXX-\((weekday.rawValue + 6) % 7 + 1)"))  // "كل يوم اثنين"
            }
        }
        if let found = unit(at: position, end: end, years: true) {
            if found.dual { number = 2 }
            let period: String
            switch found.unit {
            case .day: period = "P\(number)D"
            case .week: period = "P\(number)W"
            case .month: period = "P\(number)M"
            case .quarter: period = "P\(3 * number)M"
            case .year: period = "P\(number)Y"
            case .decade: period = "P\(10 * number)Y"
            }
            return made(index, found.end - 1, .set(period))
        }
        if let found = wordMatch(at: position, end: end), case .weekday(let weekday) = found.value {
            return made(index, found.end - 1, .set("XXXX-WXX-\((weekday.rawValue + 6) % 7 + 1)"))
        }
        return nil
    }

    /// "two thousand ten", "nineteen seventy eight", "ألفين وعشرين": a year written in words, read by the number
    /// reader.
    func yearInWords(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard index < end, tokens[index].isWord, lexicon.numbers.contains(text, at: index)
        else { return nil }
        let reader = NumberReader(text: text, lexicon: lexicon, consumed: [Bool](repeating: false, count: tokens.count))
        guard let number = reader.read(at: index, end: end), number.vague == nil, !number.isOrdinal,
            (1000...2200).contains(Int(number.value)), number.value == number.value.rounded()
        else { return nil }
        return (Int(number.value), number.last)
    }
}
