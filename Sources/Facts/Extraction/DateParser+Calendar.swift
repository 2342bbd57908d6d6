import CrossCheckModel

/// Calendar units of the grammar: quarters, week numbers, parts of periods (the nth weekday or week of a month is in
/// DateParser+NthOfMonth.swift), decades, seasons and weekends, and the week of a date.
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
        if position < end, tokens[position].isPunctuation, tokens[position].key == Keys.dash { position += 1 }
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
        // "أواخر الأسبوع الماضي": Thursday, the last working day in Egypt and the Gulf, starts the end of an Arabic
        // week, as it does a French one.
        base.frenchParts = french || (tokens[index].isArabic && part == .end && base.grain == .week)
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
        // "les années deux mille"
        if tokens[index].key == Self.years, let words = yearInWords(at: index + 1, end: end), words.value % 10 == 0 {
            return made(index, words.last, .decade(words.value))
        }
        guard let number = integer(at: index, end: end, in: 10...2090), number % 10 == 0,
            tokens[index].digits == 2 || tokens[index].digits == 4, index + 1 < end,
            tokens[index + 1].key == Self.plural, tokens[index + 1].start == tokens[index].end
        else { return nil }
        return made(index, index + 1, .decade(number < 100 ? 1900 + number : number))
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
            } else if offset == nil, let after = cue(at: match.end, end: end), case .afterNext = after.value {
                offset = 2  // "le week-end après le prochain"
                last = after.end - 1
            }
            return made(index, last, .weekend(offset: offset ?? 0))
        default:
            return nil
        }
        // "next season", "current seasons": the word needs a modifier; "the 3 previous seasons" are sports seasons.
        if season < 0 && offset == nil && modifier(at: match.end, end: end) == nil { return nil }
        if season < 0, index > 0, tokens[index - 1].isNumber || lexicon.numbers.contains(text, at: index - 1) {
            return nil
        }
        var year: Int? = nil
        var next = match.end
        if next < end, Self.ofWords.contains(tokens[next].key) { next += 1 }
        if let found = integer(at: next, end: end, in: 1900...2100), tokens[next].digits == 4 {
            year = found
            last = next
        } else if let words = spokenYear(at: next, end: end)
            ?? yearInWords(at: next, end: end).flatMap({ closesClause(after: $0.last, end: end) ? $0 : nil })
        {
            // "the spring of nineteen seventy eight"; "summer two thousand people" counts people.
            (year, last) = (words.value, words.last)
        } else if offset == nil, let after = modifier(at: match.end, end: end) {
            offset = after.offset
            last = after.end - 1
        }
        // "the fall of Aleppo", "الربيع العربي": a season alone needs a preposition ("in summer", "في الصيف").
        if year == nil && offset == nil {
            // "سأرحل الصيف", "سأرحل صيف": an Arabic season that closes its clause is one, like "the summer"
            // ("الربيع العربي" does not close it; "ربيع", also a name, is no season word of the table).
            let closing = tokens[position].isArabic && closesClause(after: last, end: end)
            guard closing || tokens[position].key != Self.fall, closing || index > 0,
                closing || tokens[index - 1].sentence == tokens[index].sentence,
                closing || Self.monthPrepositions.contains(tokens[index - 1].key)
                    || tokens[index].clitic == .preposition || Self.seasonArticles.contains(tokens[index - 1].key)
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
        if position > index { position = skipThe(position, end: end) }  // "the week of the 18th"
        // Arabic joins the week to its date with no word between ("أسبوع 16 سبتمبر").
        guard position > index || (index > 0 && tokens[index - 1].isArabic), position < end,
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
