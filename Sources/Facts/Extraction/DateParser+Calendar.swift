import CrossCheckModel

/// Calendar units of the grammar: quarters, week numbers, the nth weekday or week of a month, parts of periods,
/// decades, seasons and weekends, and the week of a date.
extension DateParser {
    func isQuarterMark(at index: Int, end: Int) -> Bool {
        guard let match = cue(at: index, end: end), case .quarterMark = match.value else { return false }
        return true
    }

    /// "third quarter", "Q4 2018", "the 4th qtr of 2018", "2018Q4", "week 10", "week 10 of 2019".
    func quarterOrWeek(at index: Int, end: Int) -> DateMention? {
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
    func partOf(at index: Int, end: Int) -> DateMention? {
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

    static let articles: Set<UInt64> = Set(["the", "le", "la", "l", "ال"].map(Keys.key))

    /// "the seventies", "السبعينيات", "the 70s", "1970s", "les années 70".
    func decade(at index: Int, end: Int) -> DateMention? {
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
    func nthOrdinal(at index: Int, end: Int) -> (value: Int, end: Int)? {
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

    static let lastArabic: Set<UInt64> = Set(["آخر", "الأخير", "الأخيرة"].map(Keys.key))
    static let weekdayLinks: Set<UInt64> = Set(["of", "in", "de", "du", "d", "من", "في"].map(Keys.key))

    /// "the third tuesday of september 2014", "first monday of last month", "le premier mercredi du mois prochain",
    /// "last Sunday of March 2014", "first week of october 2014", "اول ثلاثاء من شهر عشرة",
    /// "الثلاثاء الثالث من شهر ايلول من عام 2014".
    func nthOfMonth(at index: Int, end: Int) -> DateMention? {
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
            } else if position < end, let found = Self.bareWeekdays[tokens[position].key] {
                weekday = found  // "اخر اثنين من الشهر القادم"
                position += 1
            } else if let found = unit(at: position, end: end, years: false), found.unit == .week {
                isWeek = true
                position = found.end
            } else {
                return nil
            }
        } else if tokens[index].isArabic, let match = wordMatch(at: skipDayWord(position, end: end), end: end),
            case .weekday(let found) = match.value, match.end < end, tokens[match.end].isWord,
            let ordinal = nthOrdinal(at: match.end, end: end)
        {
            // "الأحد الثاني": the Arabic ordinal follows the weekday ("lundi 1er" is a day of the month).
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

    static let enKey = Keys.key("en")
    static let years = Keys.key("annees")
    static let fall = Keys.key("fall")
    /// "the summer", "le été", "l'été": an article before a season also makes it a date.
    static let seasonArticles: Set<UInt64> = Set(["the", "le", "l"].map(Keys.key))
    static let huit = Keys.key("huit")
    static let quinze = Keys.key("quinze")

    /// "this summer", "l'été 2016", "next season", "الصيف الماضي", "this weekend", "le week-end prochain".
    func seasonOrWeekend(at index: Int, end: Int) -> DateMention? {
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
                    || Self.seasonArticles.contains(tokens[index - 1].key)
            else { return nil }
        }
        return made(index, last, .season(season, year: year, offset: offset))
    }

    static let weekOfWords: Set<UInt64> = Set(
        ["of", "du", "starting", "beginning", "commencant", "debutant", "from"].map(Keys.key))

    /// "week of September 16th", "la semaine du 6 octobre", "la semaine commençant le 4 février".
    func weekOf(at index: Int, end: Int) -> DateMention? {
        var position = index
        while position < end, Self.weekOfWords.contains(tokens[position].key) { position += 1 }
        guard position > index, position < end,
            var mention = parse(at: position, end: end) ?? bareDayAfter(position, end: end),
            mention.expression == nil, mention.rangeEnd.isEmpty, mention.day != nil
        else { return nil }
        mention.weekOf = true
        return mention
    }

    /// "2016 November", "2016, nov", "2019-sep-1", "2019/sep/01": a year written before its month.
    func yearFirst(at index: Int, end: Int) -> DateMention? {
        guard let year = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4, index + 1 < end
        else { return nil }
        var position = index + 1
        var dashed = false
        if Self.comma.contains(tokens[position].key) {
            position += 1
        } else if Self.dashes.contains(tokens[position].key), tokens[position].start == tokens[index].end {
            position += 1
            dashed = true
        }
        guard let found = month(at: position, end: end), !found.value.isHijri else { return nil }
        var mention = DateMention(first: index)
        mention.year = year
        mention.month = found.value
        mention.monthCue = true
        mention.last = found.end - 1
        if dashed, found.end + 1 < end, Self.dashes.contains(tokens[found.end].key),
            let day = integer(at: found.end + 1, end: end, in: 1...31)
        {
            mention.day = day
            mention.last = found.end + 1
        } else if integer(at: found.end, end: end, in: 1...31) != nil {
            return nil  // "2016 November 5" is read from the month
        }
        return mention
    }

    /// The index after "يوم", "on" or "le" when one stands there: "يوم الأحد الثاني".
    func skipDayWord(_ index: Int, end: Int) -> Int {
        if case .dayWord = word(at: index, end: end) { return index + 1 }
        return index
    }
}
