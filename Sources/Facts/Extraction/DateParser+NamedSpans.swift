import CrossCheckModel

/// Spans of the calendar named by an ordinal, and days named from another date: "le XXe siècle", "21e siècle",
/// "le premier semestre 2016", "H2 2016", "la deuxième quinzaine d'avril", "le lendemain du 13 février".
///
/// French news writes centuries in Roman numerals and half-years as "semestres"; each is read as an interval of
/// years or months with both ends written, so the resolver places it like "de 2014 à 2018". A day named from
/// another ("la veille du 5 mai") is that date moved by the cue's days.
extension DateParser {
    /// The grammar's named spans starting at `index`, or nil. None starts with an Arabic word, and a number opens
    /// one only before a word ("21e", "2016 H2", "1er semestre"), so Arabic news text skips them at once.
    func namedSpan(at index: Int, end: Int) -> DateMention? {
        guard !tokens[index].isArabic, index + 1 < end, !tokens[index + 1].isArabic,
            tokens[index].isWord || tokens[index + 1].isWord
        else { return nil }
        return century(at: index, end: end) ?? halfYear(at: index, end: end) ?? fortnight(at: index, end: end)
            ?? dayFromDate(at: index, end: end)
    }

    /// "21e siècle", "XXe siècle", "vingt et unième siècle", "the 21st century": the years (n−1)·100 to n·100 − 1.
    func century(at index: Int, end: Int) -> DateMention? {
        var number: Int? = nil
        var position = index
        if let match = cue(at: index, end: end), case .century(let value) = match.value {
            (number, position) = (value, match.end)
        } else if let value = integer(at: index, end: end, in: 1...21), index + 1 < end,
            Self.suffixes.contains(tokens[index + 1].key), tokens[index + 1].start == tokens[index].end
        {
            (number, position) = (value, index + 2)
        } else if tokens[index].isWord, !tokens[index].isArabic, let match = lexicon.numbers.match(text, at: index),
            match.end <= end, match.value.isOrdinal
        {
            let reader = NumberReader(
                text: text, lexicon: lexicon, consumed: [Bool](repeating: false, count: tokens.count))
            if let read = reader.read(at: index, end: end), read.isOrdinal, (1...21).contains(Int(read.value)) {
                (number, position) = (Int(read.value), read.last + 1)
            }
        }
        guard let number, number >= 2, let match = cue(at: position, end: end), case .centuryWord = match.value
        else { return nil }
        return yearSpan(index, match.end - 1, from: (number - 1) * 100, through: number * 100 - 1)
    }

    /// "premier semestre 2016", "le second semestre de 2015", "H2 2016", "2016 H1": January–June or July–December.
    func halfYear(at index: Int, end: Int) -> DateMention? {
        var half: Int? = nil
        var position = index
        var year: Int? = nil
        if let found = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4 {
            year = found
            position = index + 1
        }
        if let found = halfMark(at: position, end: end) {
            (half, position) = (found.half, found.end)
        } else if year == nil, let ordinal = nthOrdinal(at: position, end: end),
            ordinal.value == -1 || ordinal.value <= 2,
            let match = cue(at: ordinal.end, end: end), case .halfYear = match.value
        {
            (half, position) = (ordinal.value == 1 ? 1 : 2, match.end)
        }
        guard let half else { return nil }
        var last = position - 1
        if year == nil {
            var next = position
            if next < end, Self.ofWords.contains(tokens[next].key) { next += 1 }
            guard let found = integer(at: next, end: end, in: 1900...2100), tokens[next].digits == 4 else {
                return nil
            }
            (year, last) = (found, next)
        }
        guard let year else { return nil }
        var left = DateMention(first: index)
        left.year = year
        left.month = MonthName(month: half == 1 ? 1 : 7)
        left.monthCue = true
        left.last = last
        var right = left
        right.month = MonthName(month: half == 1 ? 6 : 12)
        left.rangeEnd = [right]
        return left
    }

    /// "H1", "H2": a capital H joined to 1 or 2.
    private func halfMark(at index: Int, end: Int) -> (half: Int, end: Int)? {
        guard let match = cue(at: index, end: end), case .halfMark = match.value, tokens[index].isCapitalized,
            let half = integer(at: match.end, end: end, in: 1...2), tokens[match.end].start == tokens[index].end
        else { return nil }
        return (half, match.end + 1)
    }

    /// "la deuxième quinzaine d'avril", "première quinzaine de mars 2016": the 1st–14th or the 15th–last day.
    func fortnight(at index: Int, end: Int) -> DateMention? {
        guard let ordinal = nthOrdinal(at: index, end: end), ordinal.value == -1 || ordinal.value <= 2,
            let match = cue(at: ordinal.end, end: end), case .fortnight = match.value
        else { return nil }
        var position = match.end
        if position < end, Self.ofWords.contains(tokens[position].key) { position += 1 }
        guard let found = month(at: position, end: end), !found.value.isHijri else { return nil }
        var left = DateMention(first: index)
        left.month = found.value
        left.monthCue = true
        left.last = found.end - 1
        readYear(at: found.end, end: end, into: &left)
        guard left.month != nil else { return nil }
        var right = left
        let second = ordinal.value != 1
        left.day = second ? 15 : 1
        right.day = second ? CivilDate.daysIn(month: found.value.month, year: left.year ?? 2001) : 14
        left.rangeEnd = [right]
        return left
    }

    /// "le lendemain du 13 février", "la veille de Noël", "l'avant-veille du scrutin du 5 mai": a date moved by the
    /// cue's days. Without a date after it, "lendemain" stays the day after the anchor (a table word).
    func dayFromDate(at index: Int, end: Int) -> DateMention? {
        var position = index
        if position < end, Self.articles.contains(tokens[position].key) { position += 1 }
        guard let match = cue(at: position, end: end), case .dayFrom(let days) = match.value, match.end + 1 < end,
            Self.ofWords.contains(tokens[match.end].key)
        else { return nil }
        guard var base = parse(at: match.end + 1, end: end) ?? holiday(at: match.end + 1, end: end),
            base.rangeEnd.isEmpty, base.part == nil, base.grain == .day, base.expression?.isValue ?? true
        else { return nil }
        base.first = index
        base.afterShift += [(.day, days)]
        return base
    }

    /// An interval of whole years written as its two ends.
    private func yearSpan(_ first: Int, _ last: Int, from: Int, through: Int) -> DateMention {
        var left = DateMention(first: first)
        left.year = from
        left.last = last
        var right = left
        right.year = through
        left.rangeEnd = [right]
        return left
    }
}

extension DateParser {
    /// "de l'année prochaine", "l'année dernière", "de cette année": a year relative to the anchor's, after a month
    /// or a week ("juin de l'année prochaine"). Its offset, and the index of its last token.
    func relativeYear(at index: Int, end: Int) -> (offset: Int, last: Int)? {
        var position = index
        if position < end, Self.ofWords.contains(tokens[position].key) { position += 1 }
        if position < end, tokens[position].key == Self.elidedArticle { position += 1 }
        var prefix: Int? = nil
        if let found = modifier(at: position, end: end), !found.isStep {
            (prefix, position) = (found.offset, found.end)  // "de cette année"
        }
        guard let found = relativePeriod(at: position, end: end, prefix: prefix), found.grain == .year else {
            return nil
        }
        return (found.offset, found.last)
    }
}

extension DateParser {
    /// "à compter d'aujourd'hui", "à partir de demain", "from today" after a count: the day the count starts from.
    func countedFrom(at index: Int, end: Int) -> (offset: Int, last: Int)? {
        guard let from = cue(at: index, end: end), let base = wordMatch(at: from.end, end: end),
            case .relativeDay(let offset) = base.value
        else { return nil }
        switch from.value {
        case .countFrom: break
        case .from where tokens[index].key == Self.fromKey: break  // "in two days from today"
        default: return nil
        }
        return (offset, base.end - 1)
    }

    /// "15/04", "1er mai" after "chaque": a day and month without a year, as a yearly Timex ("XXXX-04-15").
    func recurringDate(at index: Int, end: Int) -> (timex: String, last: Int)? {
        guard index < end, tokens[index].isNumber || tokens[index].isWord,
            let date = parseSingle(at: index, end: end), date.expression == nil, date.year == nil,
            date.weekday == nil, date.relativeDay == nil, date.relativeMonth == nil,
            let day = date.day, let month = date.month, !month.isHijri
        else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return ("XXXX-\(two(month.month))-\(two(day))", date.last)
    }
}
