import CrossCheckModel

/// The composed families of the date grammar: relative periods and shifts for every unit, quarters and week
/// numbers, parts of periods, holidays, decades and recurring sets. Each rule reads its parts from the word tables
/// (`DateCues`, `Holidays`, `DateWords`) and yields a `DateExpression` that `DateResolver` places.
extension DateParser {
    private static let oneWords: Set<UInt64> = Set(["a", "an", "one", "un", "une"].map(Keys.key))
    private static let englishIn = Keys.key("in")
    private static let dayKey = Keys.key("يوم")
    private static let daysKey = Keys.key("أيام")
    private static let plurals: Set<UInt64> = Set(
        [
            "days", "weeks", "months", "quarters", "years", "jours", "semaines", "ans", "annees", "trimestres",
            "أيام", "أسابيع", "أشهر", "شهور", "سنوات", "أعوام", "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات",
        ].map(Keys.key))
    /// "اثنين" and "أحد" are also "two" and "one": weekdays only right after "يوم".
    private static let bareWeekdays: [UInt64: Weekday] = [
        Keys.key("اثنين"): .monday, Keys.key("أحد"): .sunday,
    ]
    private static let plural = Keys.key("s")
    private static let ofWords: Set<UInt64> = Set(["of", "de", "du", "d", "من", "in", "في", "لعام"].map(Keys.key))
    private static let frenchPlural: [UInt64: Int] = [
        Keys.key("derniers"): -1, Keys.key("dernieres"): -1, Keys.key("prochains"): 1, Keys.key("prochaines"): 1,
    ]

    func cue(at index: Int, end: Int) -> (value: DateCue, end: Int)? {
        guard index < end, let match = lexicon.dateCues.match(text, at: index), match.end <= end else { return nil }
        return match
    }

    /// A unit word ("week", "semaines", "أسابيع", "mois", "شهر"); with `years`, also "year", "an", "عام".
    private func unit(at index: Int, end: Int, years: Bool) -> (unit: DateUnit, end: Int, dual: Bool)? {
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
    private func count(at index: Int, end: Int) -> (value: Int, end: Int)? {
        guard index < end else { return nil }
        let token = tokens[index]
        if token.isNumber {
            guard token.isInteger, token.value >= 1, token.value <= 1000 else { return nil }
            return (Int(token.value), index + 1)
        }
        guard token.isWord else { return nil }
        if Self.oneWords.contains(token.key) { return (1, index + 1) }
        guard let match = lexicon.numbers.match(text, at: index), match.end <= end, !match.value.isOrdinal,
            [.unit, .teen, .ten].contains(match.value.role), match.value.value >= 1
        else { return nil }
        return (Int(match.value.value), match.end)
    }

    /// "last", "next", "this", "coming", "previous", "suivant": a step from the current period.
    private func modifier(at index: Int, end: Int) -> (offset: Int, end: Int, isStep: Bool)? {
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

    private func made(_ first: Int, _ last: Int, _ expression: DateExpression) -> DateMention {
        var mention = DateMention(first: first)
        mention.last = last
        mention.expression = expression
        return mention
    }

    /// The grammar's mention starting at `index`, or nil.
    func parseGrammar(at index: Int, end: Int) -> DateMention? {
        guard index < end else { return nil }
        if let found = holiday(at: index, end: end) { return found }
        if let found = recurring(at: index, end: end) { return found }
        if let found = shift(at: index, end: end) { return found }
        if let found = nthOfMonth(at: index, end: end) { return found }
        if let found = period(at: index, end: end) { return found }
        if let found = quarterOrWeek(at: index, end: end) { return found }
        if let found = partOf(at: index, end: end) { return found }
        if let found = decade(at: index, end: end) { return found }
        if let found = seasonOrWeekend(at: index, end: end) { return found }
        return nil
    }

    /// "christmas", "next thanksgiving", "thanksgiving 2014", "عيد الأضحى عام 2019".
    private func holiday(at index: Int, end: Int) -> DateMention? {
        var position = index
        var modifier: Int? = nil
        if !tokens[index].isArabic, let found = self.modifier(at: index, end: end) {
            modifier = found.offset == 0 ? 1 : found.offset
            position = found.end
        }
        guard position < end, let match = lexicon.holidays.match(text, at: position), match.end <= end else {
            return nil
        }
        var last = match.end - 1
        var next = match.end
        if case .yearCue = word(at: next, end: end), integer(at: next + 1, end: end, in: 1000...2200) != nil {
            next += 1
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
        } else if let found = shift(at: next, end: end), case .shift(let steps) = found.expression {
            mention.holidayShift = steps
            mention.last = found.last
        }
        return mention
    }

    /// "every day", "chaque semaine", "كل يومين", "every monday", "daily", "quotidien".
    private func recurring(at index: Int, end: Int) -> DateMention? {
        guard let match = cue(at: index, end: end) else { return nil }
        if case .recurring(let period) = match.value { return made(index, match.end - 1, .set(period)) }
        guard case .every = match.value else { return nil }
        var position = match.end
        if let plural = cue(at: position, end: end), case .recurring(let period) = plural.value {
            return made(index, plural.end - 1, .set(period))  // "tous les lundis", "every mondays"
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

    /// Counted units: "3 weeks", "2 years 1 month 21 days", "أسبوع" (Arabic may leave out the count), "يومين".
    private func steps(at index: Int, end: Int, countOptional: Bool) -> (
        steps: [(unit: DateUnit, count: Int)], end: Int
    )? {
        var position = index
        var list: [(unit: DateUnit, count: Int)] = []
        while position < end {
            var number: Int? = nil
            var next = position
            if let found = count(at: next, end: end) {
                number = found.value
                next = found.end
            }
            guard let found = unit(at: next, end: end, years: true) else { break }
            if found.dual {
                number = 2
            } else if number == nil {
                // "منذ يوم السبت" is "since Saturday", not "a day ago": a bare "يوم" never counts.
                guard countOptional && list.isEmpty, tokens[next].key != Self.dayKey else { break }
                number = 1
            }
            list.append((found.unit, number ?? 1))
            position = found.end
            if position + 1 < end, Self.comma.contains(tokens[position].key) || tokens[position].key == Self.andKey,
                count(at: position + 1, end: end) != nil
            {
                position += 1
            }
        }
        return list.isEmpty ? nil : (list, position)
    }

    private static let andKey = Keys.key("and")

    /// "3 weeks ago", "in 2 months", "dans deux mois", "il y a trois semaines", "قبل 3 أيام", "بعد أسبوعين",
    /// "one week hence", "deux jours plus tard".
    private func shift(at index: Int, end: Int) -> DateMention? {
        var sign: Int? = nil
        var position = index
        if let match = cue(at: index, end: end) {
            switch match.value {
            case .inPast: sign = -1
            case .inFuture: sign = 1
            default: break
            }
            if sign != nil { position = match.end }
        } else if tokens[index].key == Self.englishIn {
            sign = 1
            position = index + 1
        }
        if let sign {
            guard let found = steps(at: position, end: end, countOptional: tokens[index].isArabic) else { return nil }
            return made(index, found.end - 1, .shift(found.steps.map { ($0.unit, sign * $0.count) }))
        }
        guard let found = steps(at: index, end: end, countOptional: false), let after = cue(at: found.end, end: end)
        else { return nil }
        switch after.value {
        case .ago: return made(index, after.end - 1, .shift(found.steps.map { ($0.unit, -$0.count) }))
        case .hence: return made(index, after.end - 1, .shift(found.steps))
        default: return nil
        }
    }

    /// "next week", "the last 2 weeks", "upcoming two quarters", "3 prochains jours", "la semaine prochaine",
    /// "الأسبوع المقبل", "the week after next".
    private func period(at index: Int, end: Int) -> DateMention? {
        var position = index
        var offset: Int? = nil
        var isStep = false
        var number: Int? = nil
        if !tokens[index].isArabic || true, let found = modifier(at: position, end: end) {
            offset = found.offset
            isStep = found.isStep
            position = found.end
            if let counted = count(at: position, end: end), !Self.oneWords.contains(tokens[position].key) {
                number = counted.value
                position = counted.end
            }
        } else if let counted = count(at: position, end: end) {
            // "3 prochains jours", "two upcoming weeks"
            if let french = Self.frenchPlural[tokens[counted.end < end ? counted.end : index].key] {
                offset = french
                position = counted.end + 1
            } else if let found = modifier(at: counted.end, end: end), found.isStep {
                offset = found.offset
                isStep = true
                position = found.end
            } else if !tokens[index].isArabic, let found = unit(at: counted.end, end: end, years: true),
                let after = modifier(at: found.end, end: end)
            {
                // "2 années passées"
                return made(
                    index, after.end - 1, .periods(found.unit, count: after.offset < 0 ? -counted.value : counted.value)
                )
            } else {
                return nil
            }
            number = counted.value
        }
        guard let found = unit(at: position, end: end, years: number != nil) else { return nil }
        // "the coming days", "الأيام المقبلة": a plural with no count is no period.
        if number == nil, !found.dual, Self.plurals.contains(tokens[position].key) { return nil }
        if offset == nil, number == nil, found.unit == .week, var day = weekOf(at: found.end, end: end) {
            day.first = index
            return day
        }
        var last = found.end - 1
        if offset == nil, number == nil, let counted = count(at: found.end, end: end),
            let after = modifier(at: counted.end, end: end)
        {
            // "الأسابيع الثلاثة الماضية", "الأشهر 3 القادمة"
            let signed = after.offset < 0 ? -counted.value : counted.value
            return made(index, after.end - 1, .periods(found.unit, count: signed))
        }
        if offset == nil, found.dual, let after = modifier(at: found.end, end: end) {
            // "اليومين المقبلين", "العقدين الماضيين"
            return made(index, after.end - 1, .periods(found.unit, count: after.offset < 0 ? -2 : 2))
        }
        if offset == nil, let after = modifier(at: found.end, end: end) {
            offset = after.offset
            last = after.end - 1
        } else if offset == nil, number == nil, found.end < end, let french = Self.frenchPlural[tokens[found.end].key] {
            offset = french
            last = found.end
        }
        if let after = cue(at: last + 1, end: end), case .afterNext = after.value {
            offset = (offset ?? 1) + 1
            last = after.end - 1
        }
        guard let offset else { return nil }
        if number == nil, found.unit == .week, let weekday = weekdayAfter(last + 1, end: end) {
            // "next week on friday", "الأسبوع المقبل يوم الجمعة", "هذا الأسبوع الجمعة"
            return made(index, weekday.last, .weekdayOfWeek(weekday.value, offset: offset))
        }
        if let number {
            if isStep && offset > 0 { return made(index, last, .period(found.unit, offset: number)) }
            return made(index, last, .periods(found.unit, count: offset < 0 ? -number : number))
        }
        // "2 années passées": the count came first.
        return made(index, last, .period(found.unit, offset: offset))
    }

    private func isQuarterMark(at index: Int, end: Int) -> Bool {
        guard let match = cue(at: index, end: end), case .quarterMark = match.value else { return false }
        return true
    }

    /// "third quarter", "Q4 2018", "the 4th qtr of 2018", "2018Q4", "week 10", "week 10 of 2019".
    private func quarterOrWeek(at index: Int, end: Int) -> DateMention? {
        var position = index
        var year: Int? = nil
        if let found = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4,
            isQuarterMark(at: index + 1, end: end)
        {
            year = found
            position = index + 1
        }
        var ordinal: Int? = nil
        if isQuarterMark(at: position, end: end),
            let number = integer(at: position + 1, end: end, in: 1...4)
        {
            ordinal = number
            position += 2
            if year != nil { return made(index, position - 1, .quarter(number, year: year)) }
        } else if let match = lexicon.numbers.match(text, at: position), match.end <= end, match.value.isOrdinal,
            (1...4).contains(Int(match.value.value)), let found = unit(at: match.end, end: end, years: false),
            found.unit == .quarter
        {
            ordinal = Int(match.value.value)
            position = found.end
        } else if let number = integer(at: position, end: end, in: 1...4), position + 2 < end,
            Self.suffixes.contains(tokens[position + 1].key),
            let found = unit(at: position + 2, end: end, years: false),
            found.unit == .quarter
        {
            ordinal = number
            position = found.end
        } else if let found = unit(at: position, end: end, years: false), found.unit == .week,
            let number = integer(at: found.end, end: end, in: 1...53)
        {
            var last = found.end
            var year: Int? = nil
            var next = found.end + 1
            if next < end, Self.ofWords.contains(tokens[next].key) { next += 1 }
            if let found = integer(at: next, end: end, in: 1900...2100) {
                year = found
                last = next
            }
            return made(index, last, .week(number, year: year))
        }
        guard let ordinal else { return nil }
        var last = position - 1
        var next = position
        if next < end, Self.ofWords.contains(tokens[next].key) || Self.comma.contains(tokens[next].key) { next += 1 }
        if let found = integer(at: next, end: end, in: 1900...2100) {
            year = found
            last = next
        } else if let found = modifier(at: next, end: end), next + 1 < end, found.end < end,
            Self.yearWords.contains(tokens[found.end].key)
        {
            // "the third quarter this year", "Q3 next year"
            var mention = made(index, found.end, .quarter(ordinal, year: nil))
            mention.yearOffset = found.offset
            return mention
        }
        return made(index, last, .quarter(ordinal, year: year))
    }

    /// "end of March", "mid-2013", "beginning of next week", "fin mars", "au début du mois", "أواخر أكتوبر".
    private func partOf(at index: Int, end: Int) -> DateMention? {
        if let match = cue(at: index, end: end), case .partOfPeriod(let part, let unit) = match.value,
            tokens[index].isCapitalized || isWholeSentence(index, index)
        {
            var mention = made(index, match.end - 1, .period(unit, offset: 0))
            mention.part = part
            mention.frenchParts = french
            return mention
        }
        guard let match = cue(at: index, end: end), case .part(let part) = match.value else { return nil }
        var position = match.end
        if position < end, tokens[position].isPunctuation, tokens[position].key == Keys.key("-") { position += 1 }
        while position < end,
            Self.ofWords.contains(tokens[position].key) || Self.articles.contains(tokens[position].key)
        {
            position += 1
        }
        var base: DateMention
        if case .monthWord = word(at: position, end: end) {
            var next = position + 1
            if next < end, Self.ofWords.contains(tokens[next].key) { next += 1 }
            if month(at: next, end: end) != nil { position = next }
        }
        if let found = month(at: position, end: end) {
            base = DateMention(first: position)
            base.month = found.value
            base.monthCue = true
            base.last = found.end - 1
            readYear(at: found.end, end: end, into: &base)
            if base.month == nil { return nil }
        } else if let found = integer(at: position, end: end, in: 1900...2100), tokens[position].digits == 4 {
            base = DateMention(first: position)
            base.year = found
            base.last = position
        } else if let found = parse(at: position, end: end) {
            base = found
        } else if let found = unit(at: position, end: end, years: true), found.unit != .day {
            base = made(position, found.end - 1, .period(found.unit, offset: 0))
        } else {
            return nil
        }
        base.first = index
        base.part = part
        base.frenchParts = french
        return base
    }

    private static let articles: Set<UInt64> = Set(["the", "le", "la", "l", "ال"].map(Keys.key))

    /// "the seventies", "السبعينيات", "the 70s", "1970s", "les années 70".
    private func decade(at index: Int, end: Int) -> DateMention? {
        if let match = cue(at: index, end: end), case .decade(let year) = match.value {
            return made(index, match.end - 1, .decade(year))
        }
        // "les années 70", "dans les années 2000"
        if tokens[index].key == Self.years, let number = integer(at: index + 1, end: end, in: 10...2090),
            number % 10 == 0, tokens[index + 1].digits == 2 || tokens[index + 1].digits == 4
        {
            return made(index, index + 1, .decade(number < 100 ? 1900 + number : number))
        }
        guard let number = integer(at: index, end: end, in: 10...2090), number % 10 == 0,
            tokens[index].digits == 2 || tokens[index].digits == 4, index + 1 < end,
            tokens[index + 1].key == Self.plural, tokens[index + 1].start == tokens[index].end
        else { return nil }
        return made(index, index + 1, .decade(number < 100 ? 1900 + number : number))
    }

    /// An ordinal for "the nth weekday of": "first", "3rd", "الثالث", "ثاني", or "last" (−1).
    private func nthOrdinal(at index: Int, end: Int) -> (value: Int, end: Int)? {
        guard index < end else { return nil }
        if let match = wordMatch(at: index, end: end) {
            switch match.value {
            case .ordinal(let value) where value <= 5: return (value, match.end)
            case .last: return (-1, match.end)
            default: break
            }
        }
        if Self.lastArabic.contains(tokens[index].key) { return (-1, index + 1) }
        if let number = integer(at: index, end: end, in: 1...5), index + 1 < end,
            Self.suffixes.contains(tokens[index + 1].key)
        {
            return (number, index + 2)
        }
        if tokens[index].isWord, let match = lexicon.numbers.match(text, at: index), match.end <= end,
            match.value.isOrdinal, (1...5).contains(Int(match.value.value))
        {
            return (Int(match.value.value), match.end)
        }
        return nil
    }

    private static let lastArabic: Set<UInt64> = Set(["آخر", "الأخير", "الأخيرة"].map(Keys.key))
    private static let weekdayLinks: Set<UInt64> = Set(["of", "in", "de", "du", "d", "من", "في"].map(Keys.key))

    /// "the third tuesday of september 2014", "first monday of last month", "le premier mercredi du mois prochain",
    /// "last Sunday of March 2014", "first week of october 2014", "اول ثلاثاء من شهر عشرة",
    /// "الثلاثاء الثالث من شهر ايلول من عام 2014".
    private func nthOfMonth(at index: Int, end: Int) -> DateMention? {
        var position = index
        var n: Int? = nil
        var weekday: Weekday? = nil
        var isWeek = false
        if let ordinal = nthOrdinal(at: position, end: end) {
            n = ordinal.value
            position = ordinal.end
            if let match = wordMatch(at: position, end: end), case .weekday(let found) = match.value {
                weekday = found
                position = match.end
            } else if let found = unit(at: position, end: end, years: false), found.unit == .week {
                isWeek = true
                position = found.end
            } else {
                return nil
            }
        } else if let match = wordMatch(at: position, end: end), case .weekday(let found) = match.value,
            let ordinal = nthOrdinal(at: match.end, end: end)
        {
            weekday = found
            n = ordinal.value
            position = ordinal.end
        } else if let found = unit(at: position, end: end, years: false), found.unit == .week,
            let ordinal = nthOrdinal(at: found.end, end: end)
        {
            isWeek = true
            n = ordinal.value
            position = ordinal.end
        }
        guard let n, weekday != nil || isWeek else { return nil }
        if !isWeek, n > 0,
            position >= end || tokens[position].isPunctuation || !Self.weekdayLinks.contains(tokens[position].key)
        {
            // "le troisième mardi", "الأحد الثاني", "first Sunday": of the anchor's month.
            guard position >= end || !(tokens[position].isWord && lexicon.months.contains(text, at: position)) else {
                return nil
            }
            var mention = made(index, position - 1, .period(.month, offset: 0))
            mention.nth = n
            mention.nthWeekday = weekday
            return mention
        }
        guard position < end else { return nil }
        var baseStart = position
        if Self.weekdayLinks.contains(tokens[position].key) && tokens[position].clitic == .none {
            baseStart += 1
        }
        var named: DateMention? = nil
        if let found = month(at: baseStart, end: end) {
            // "the first week of Oct": a month name is enough after "the nth weekday of".
            var mention = DateMention(first: baseStart)
            mention.month = found.value
            mention.monthCue = true
            mention.last = found.end - 1
            readYear(at: found.end, end: end, into: &mention)
            named = mention.month == nil ? nil : mention
        }
        if isWeek, let year = integer(at: baseStart, end: end, in: 1900...2100), tokens[baseStart].digits == 4 {
            // "la première semaine de 2015": ISO weeks; the last one starts on December's last Monday.
            if n > 0 { return made(index, baseStart, .week(n, year: year)) }
            var mention = DateMention(first: index)
            mention.year = year
            mention.month = MonthName(month: 12)
            mention.last = baseStart
            mention.nth = -1
            mention.nthWeekday = .monday
            mention.nthIsWeek = true
            return mention
        }
        guard var base = named ?? parse(at: baseStart, end: end), base.day == nil, base.weekday == nil,
            base.rangeEnd.isEmpty, base.part == nil
        else { return nil }
        let isMonth: Bool
        if case .period(.month, _) = base.expression {
            isMonth = true
        } else {
            isMonth = base.expression == nil && (base.month != nil || base.relativePeriod?.grain == .month)
        }
        // "the last week of 2015", "الأسبوع الثالث من عام 2027": weeks of a year count its Mondays.
        let isYear = isWeek && base.expression == nil && base.month == nil && base.year != nil
        guard isMonth || isYear else { return nil }
        if isYear { base.month = MonthName(month: n < 0 ? 12 : 1) }
        base.first = index
        base.nth = n
        base.nthWeekday = isWeek ? .monday : weekday
        base.nthIsWeek = isWeek
        base.weekday = nil
        return base
    }

    /// "wednesday of next week", "mercredi la semaine prochaine", "wednesday after next", "lundi en huit".
    func extendWeekday(_ mention: inout DateMention, end: Int) {
        guard let weekday = mention.weekday else { return }
        var position = mention.last + 1
        guard position < end else { return }
        if let match = cue(at: position, end: end) {
            switch match.value {
            case .afterNext, .step(1):
                mention.extraDays = 7
                mention.last = match.end - 1
                return
            default: break
            }
        }
        if tokens[position].key == Self.enKey, position + 1 < end {
            let next = tokens[position + 1]
            let days =
                next.isNumber ? Int(next.value) : next.key == Self.huit ? 8 : next.key == Self.quinze ? 15 : 0
            if days == 8 || days == 15 {
                mention.extraDays = days - 1
                mention.last = position + 1
                return
            }
        }
        while position < end,
            Self.weekdayLinks.contains(tokens[position].key) || Self.articles.contains(tokens[position].key)
        {
            position += 1
        }
        guard position > mention.last + 1 || tokens[position].isWord, let found = parseGrammar(at: position, end: end),
            case .period(.week, let offset) = found.expression
        else { return }
        mention.expression = .weekdayOfWeek(weekday, offset: offset)
        mention.last = found.last
    }

    private static let enKey = Keys.key("en")
    private static let years = Keys.key("annees")
    private static let fall = Keys.key("fall")
    private static let huit = Keys.key("huit")
    private static let quinze = Keys.key("quinze")

    /// "this summer", "l'été 2016", "next season", "الصيف الماضي", "this weekend", "le week-end prochain".
    private func seasonOrWeekend(at index: Int, end: Int) -> DateMention? {
        var position = index
        var offset: Int? = nil
        if let found = modifier(at: position, end: end), !tokens[index].isArabic {
            offset = found.offset
            position = found.end
        }
        guard let match = cue(at: position, end: end) else { return nil }
        var last = match.end - 1
        let season: Int
        switch match.value {
        case .season(let found): season = found
        case .weekend:
            if offset == nil, let after = modifier(at: match.end, end: end) {
                offset = after.offset
                last = after.end - 1
            }
            return made(index, last, .weekend(offset: offset ?? 0))
        default:
            return nil
        }
        // "next season", "current seasons": the word needs a modifier.
        if season < 0 && offset == nil && modifier(at: match.end, end: end) == nil { return nil }
        var year: Int? = nil
        var next = match.end
        if next < end, Self.ofWords.contains(tokens[next].key) { next += 1 }
        if let found = integer(at: next, end: end, in: 1900...2100), tokens[next].digits == 4 {
            year = found
            last = next
        } else if offset == nil, let after = modifier(at: match.end, end: end) {
            offset = after.offset
            last = after.end - 1
        }
        // "the fall of Aleppo", "الربيع العربي": a season alone needs a preposition ("in summer", "في الصيف").
        if year == nil && offset == nil {
            guard tokens[position].key != Self.fall, index > 0, tokens[index - 1].sentence == tokens[index].sentence,
                Self.monthPrepositions.contains(tokens[index - 1].key) || tokens[index].clitic == .preposition
            else { return nil }
        }
        return made(index, last, .season(season, year: year, offset: offset))
    }

    private func weekdayAfter(_ index: Int, end: Int) -> (value: Weekday, last: Int)? {
        var position = index
        if position < end, Self.comma.contains(tokens[position].key) { position += 1 }
        if case .dayWord = word(at: position, end: end) { position += 1 }
        guard let match = wordMatch(at: position, end: end), case .weekday(let weekday) = match.value,
            month(at: match.end, end: end) == nil, integer(at: match.end, end: end, in: 1...31) == nil
        else { return nil }
        return (weekday, match.end - 1)
    }

    private static let weekOfWords: Set<UInt64> = Set(
        ["of", "du", "starting", "beginning", "commencant", "debutant", "from"].map(Keys.key))

    /// "week of September 16th", "la semaine du 6 octobre", "la semaine commençant le 4 février".
    private func weekOf(at index: Int, end: Int) -> DateMention? {
        var position = index
        while position < end, Self.weekOfWords.contains(tokens[position].key) { position += 1 }
        guard position > index, position < end,
            var mention = parse(at: position, end: end) ?? bareDayAfter(position, end: end),
            mention.expression == nil, mention.rangeEnd.isEmpty, mention.day != nil
        else { return nil }
        mention.weekOf = true
        return mention
    }

    /// "two thousand ten", "nineteen seventy eight": a year written in words, read by the number reader.
    private func yearInWords(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard index < end, tokens[index].isWord, !tokens[index].isArabic,
            lexicon.numbers.contains(text, at: index)
        else { return nil }
        let reader = NumberReader(text: text, lexicon: lexicon, consumed: [Bool](repeating: false, count: tokens.count))
        guard let number = reader.read(at: index, end: end), number.vague == nil, !number.isOrdinal,
            (1000...2200).contains(Int(number.value)), number.value == number.value.rounded()
        else { return nil }
        return (Int(number.value), number.last)
    }
}
