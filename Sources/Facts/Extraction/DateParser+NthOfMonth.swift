import CrossCheckModel

/// The nth weekday or week of a month or year: "the third tuesday of september 2014", "last Sunday of March",
/// "first week of october 2014", "الثلاثاء الثالث من شهر ايلول من عام 2014".
extension DateParser {
    /// An ordinal for "the nth weekday of": "first", "3rd", "الثالث", "ثاني", or "last" (−1).
    func nthOrdinal(at index: Int, end: Int) -> (value: Int, end: Int)? {
        guard let found = positiveOrLast(at: index, end: end) else { return nil }
        // "the third last week of 2018", "the 5th last day of May": counted back from the last one.
        if found.value > 1, !tokens[index].isArabic, case .last = word(at: found.end, end: end) {
            return (-found.value, found.end + 1)
        }
        return found
    }

    private func positiveOrLast(at index: Int, end: Int) -> (value: Int, end: Int)? {
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

    /// The end of "يوم" or "اليوم" at `index` ("اليوم" alone is today, so it is a table word of its own).
    private func dayNoun(at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        if tokens[index].key == Self.todayKey { return index + 1 }
        guard let found = unit(at: index, end: end, years: false), found.unit == .day else { return nil }
        return found.end
    }

    private static let todayKey = Keys.key("اليوم")
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
        var isDay = false
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
            } else if let found = unit(at: position, end: end, years: false), found.unit == .day,
                ordinal.value > 0 || ordinal.value < -1
            {
                isDay = true  // "ثالث يوم من شهر عشرة", "the 3rd day of October"
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
        } else if tokens[index].isArabic, let dayEnd = dayNoun(at: position, end: end),
            let ordinal = nthOrdinal(at: dayEnd, end: end)
        {
            // "اليوم الثالث من شهر عشرة": the Arabic ordinal follows the day noun.
            isDay = true
            n = ordinal.value
            position = ordinal.end
        }
        guard let n, weekday != nil || isWeek || isDay else { return nil }
        if !isWeek, !isDay, n > 0,
            position >= end || tokens[position].isPunctuation
                || !Self.weekdayLinks.contains(tokens[position].key) && !opensMonth(at: position, end: end)
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
        if (Self.weekdayLinks.contains(tokens[position].key) || tokens[position].key == Self.enKey
            || tokens[position].key == Self.leKey) && tokens[position].clitic == .none
        {
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
        if french, isWeek, n > 0, let relative = relativeYear(at: baseStart, end: end) {
            // "la troisième semaine l'année prochaine": the nth Monday of that year's January, as the French
            // corpora count; English "the third week next year" is an ISO week (below).
            var mention = DateMention(first: index)
            mention.month = MonthName(month: 1)
            mention.last = relative.last
            mention.yearOffset = relative.offset
            mention.modifier = relative.offset == 0 ? 0 : nil
            mention.nth = n
            mention.nthWeekday = .monday
            mention.nthIsWeek = true
            return mention
        }
        if isWeek, n > 0, let words = yearInWords(at: baseStart, end: end) {
            return made(index, words.last, .week(n, year: words.value))  // "de deux mille vingt sept"
        }
        if isWeek, let year = integer(at: baseStart, end: end, in: 1900...2100), tokens[baseStart].digits == 4 {
            // "la première semaine de 2015", "the third last week of 2018": ISO weeks, counted back from the last.
            return made(index, baseStart, .week(n, year: year))
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
        // "first week of this year", "the third week next year": an ISO week of a year relative to the anchor's.
        if isWeek, base.expression == nil, base.month == nil, let period = base.relativePeriod, period.grain == .year {
            var mention = made(index, base.last, .week(n, year: nil))
            mention.yearOffset = period.offset
            return mention
        }
        // "the last week of 2015", "الأسبوع الثالث من عام 2027": weeks of a year count its Mondays.
        let isYear = isWeek && base.expression == nil && base.month == nil && base.year != nil
        guard isMonth || isYear else { return nil }
        if isDay {
            // The nth day of a named or relative month is that day of the month.
            guard isMonth, base.expression == nil, let month = base.month, !month.isHijri || n > 0, n <= 31 else {
                return nil
            }
            base.first = index
            if n < 0 {
                // "the 5th last day of May", "اليوم الأخير من شهر عشرة"; February's length needs its year.
                guard month.month != 2 || base.year != nil else { return nil }
                base.day = CivilDate.daysIn(month: month.month, year: base.year ?? 2001) + n + 1
                return base
            }
            base.day = n
            return base
        }
        if isYear { base.month = MonthName(month: n < 0 ? 12 : 1) }
        base.first = index
        base.nth = n
        base.nthWeekday = isWeek ? .monday : weekday
        base.nthIsWeek = isWeek
        base.weekday = nil
        return base
    }

    /// "en juillet", "cette mois", "le mois prochain" after "le premier vendredi": the month the weekday is
    /// counted in, written without "de".
    private func opensMonth(at index: Int, end: Int) -> Bool {
        if tokens[index].key == Self.enKey { return month(at: index + 1, end: end) != nil }
        return relativeMonthWord(at: index, end: end)
    }

    private func relativeMonthWord(at index: Int, end: Int) -> Bool {
        var position = index
        if position < end, tokens[position].key == Self.leKey { position += 1 }
        if let found = modifier(at: position, end: end), !found.isStep { position = found.end }
        guard position > index, case .monthWord = word(at: position, end: end) else { return false }
        return true
    }
}
