import CrossCheckModel

/// The day and month of a mention in every written order: numeric ("11/10/2023"), a day before or after a month
/// name ("11 أكتوبر", "October 11", "الرابع من يونيو", "Jan first"), a day in words closing its clause ("May twenty
/// one", "Mai vingt et un"). Kept apart from `DateParser.swift`: it is the longest single rule of the grammar.
extension DateParser {
    /// Reads a day and month at `index` into `mention`; false when there is none.
    func readDayMonth(at index: Int, end: Int, into mention: inout DateMention) -> Bool {
        var position = index
        if let numeric = numericDate(at: index, end: end) {
            numeric.write(into: &mention)
            return true
        }
        if let match = wordMatch(at: position, end: end), case .monthWord = match.value {
            position = match.end
            // "month of April", "au mois de juin"
            if position + 1 < end, Self.links.contains(tokens[position].key) || tokens[position].key == Self.elided,
                month(at: position + 1, end: end) != nil || numericDate(at: position + 1, end: end) != nil
            {
                position += 1
            }
        }
        // "شهر 3", "شهر عشرة": a month by its number after the word for month.
        if position > index, tokens[position - 1].isArabic, position < end, tokens[position].isWord,
            let match = lexicon.numbers.match(text, at: position), match.end <= end, !match.value.isOrdinal,
            (1...12).contains(Int(match.value.value)), [.unit, .teen, .ten].contains(match.value.role)
        {
            mention.month = MonthName(month: Int(match.value.value))
            mention.monthCue = true
            mention.last = match.end - 1
            return true
        }
        // "الشهر الثامن": the eighth month.
        if position > index, tokens[position - 1].isArabic, let match = wordMatch(at: position, end: end),
            case .ordinal(let ordinal) = match.value, ordinal <= 12
        {
            mention.month = MonthName(month: ordinal)
            mention.monthCue = true
            mention.last = match.end - 1
            return true
        }
        if position > index, let number = integer(at: position, end: end, in: 1...12) {
            mention.month = MonthName(month: number)
            mention.monthCue = true
            mention.last = position
            return true
        }
        // Day first: "11 أكتوبر", "11th October", "1er février", "الرابع من يونيو", "11 من أكتوبر".
        var day: Int? = isNumberTail(position) || isAmount(position) ? nil : integer(at: position, end: end, in: 1...31)
        var afterDay = position + 1
        if day == nil, let match = wordMatch(at: position, end: end), case .ordinal(let ordinal) = match.value {
            day = ordinal
            afterDay = match.end
        } else if day == nil, let words = ordinalDay(at: position, end: end), words.last > position,
            month(at: words.last + 1, end: end) != nil
                || (words.last + 2 < end && Self.links.contains(tokens[words.last + 1].key)
                    && month(at: words.last + 2, end: end) != nil)
        {
            day = words.value  // "twenty second of June 2017"
            afterDay = words.last + 1
        } else if day == nil, position < end, tokens[position].isWord, !tokens[position].isArabic,
            let match = lexicon.numbers.match(text, at: position), match.end <= end, match.value.isOrdinal,
            (1...31).contains(Int(match.value.value)),
            month(at: match.end, end: end) != nil
                || (match.end < end && Self.links.contains(tokens[match.end].key))
        {
            // "the third of march", "premier janvier"
            day = Int(match.value.value)
            afterDay = match.end
        } else if day == nil, let words = arabicCardinalDay(at: position, end: end) {
            (day, afterDay) = (words.value, words.last + 1)  // "واحد وعشرين مايو"
        } else if day == nil, let words = cardinalDayBeforeYear(at: position, end: end) {
            (day, afterDay) = (words.value, words.last + 1)  // "twenty five January nineteen eighty six"
        }
        if let foundDay = day {
            if afterDay < end, Self.suffixes.contains(tokens[afterDay].key),
                tokens[afterDay].start == tokens[afterDay - 1].end
            {
                afterDay += 1
            }
            // "the 20th day of next month"
            if afterDay + 2 < end, Self.dayNouns.contains(tokens[afterDay].key),
                Self.links.contains(tokens[afterDay + 1].key), relativeMonth(at: afterDay + 2, end: end) != nil
            {
                afterDay += 1
            }
            if afterDay < end, Self.links.contains(tokens[afterDay].key) { afterDay += 1 }
            // "16. Nov. 2016": a point after the day's digits.
            if afterDay + 1 < end, tokens[afterDay].key == Keys.point, tokens[position].isNumber,
                tokens[afterDay].start == tokens[afterDay - 1].end, month(at: afterDay + 1, end: end) != nil
            {
                afterDay += 1
            }
            // "31-Oct-74", "1-Jan", "28-nov"
            if afterDay + 1 < end, tokens[afterDay].isPunctuation, Self.dashes.contains(tokens[afterDay].key),
                month(at: afterDay + 1, end: end) != nil
            {
                afterDay += 1
            }
            var afterMonthWord = afterDay
            if let match = wordMatch(at: afterDay, end: end), case .monthWord = match.value,
                relativeMonth(at: afterDay, end: end) == nil
            {
                afterMonthWord = match.end
            }
            if afterMonthWord > afterDay, let number = integer(at: afterMonthWord, end: end, in: 1...12) {
                mention.day = foundDay
                mention.month = MonthName(month: number)
                mention.last = afterMonthWord
                return true
            }
            if afterMonthWord > afterDay, tokens[afterDay].isArabic,
                let found = ordinalMonth(at: afterMonthWord, end: end)
            {
                (mention.day, mention.month, mention.last) = (foundDay, MonthName(month: found.value), found.last)
                return true  // "29 من الشهر الثامن"
            }
            if afterMonthWord > afterDay, let found = month(at: afterMonthWord, end: end) {
                mention.day = foundDay
                mention.month = found.value
                mention.last = found.end - 1
                return true
            }
            if !countsBeforeRelativeMonth(position, afterDay, end: end),
                let relative = relativeMonth(at: afterDay, end: end)
            {
                mention.day = foundDay
                mention.relativeMonth = relative.offset
                mention.last = relative.last
                return true
            }
            if let found = month(at: afterDay, end: end), !found.value.isHijri || tokens[position].isNumber {
                mention.day = foundDay
                mention.month = found.value
                mention.last = found.end - 1
                return true
            }
            return false
        }
        // Month first: "October 11", "Feb. 1", "أكتوبر 2023", "شهر أكتوبر الماضي".
        guard let found = month(at: position, end: end) else { return false }
        mention.month = found.value
        // "in the April", "It may be in may.": a preposition, "the", or the clause's end after an ambiguous name.
        let preposition = index > 1 && tokens[index - 1].key == Keys.the ? index - 2 : index - 1
        mention.monthCue =
            position > index || found.value.standsAlone
            || (preposition >= 0 && tokens[preposition].sentence == tokens[index].sentence
                && Self.monthPrepositions.contains(tokens[preposition].key)
                && (!found.value.needsDay || found.value.standsAfterPreposition || tokens[position].isCapitalized
                    || (position + 1 < end && tokens[position + 1].key == Keys.point)
                    || (!tokens[position].isArabic && closesClause(after: found.end - 1, end: end))))
        mention.last = found.end - 1
        // "Oct-2", "jan/1": a dash or slash between the month and its day.
        var dayAt = found.end
        if dayAt + 1 < end, tokens[dayAt].isPunctuation, Self.dashes.contains(tokens[dayAt].key),
            integer(at: dayAt + 1, end: end, in: 1...31) != nil
        {
            dayAt += 1
        }
        // "october, 1st": a comma before a day only when the day is marked as one.
        if dayAt + 2 < end, Self.comma.contains(tokens[dayAt].key), integer(at: dayAt + 1, end: end, in: 1...31) != nil,
            Self.suffixes.contains(tokens[dayAt + 2].key), tokens[dayAt + 2].start == tokens[dayAt + 1].end
        {
            dayAt += 1
        }
        if let day = integer(at: dayAt, end: end, in: 1...31), !found.value.isHijri,
            integer(at: dayAt, end: end, in: 1900...2100) == nil
        {
            mention.day = day
            mention.last = dayAt
            if dayAt + 1 < end, Self.suffixes.contains(tokens[dayAt + 1].key) { mention.last += 1 }
        } else if !found.value.isHijri, let words = ordinalDay(at: found.end, end: end) {
            mention.day = words.value  // "Jan first", "September the twenty-first"
            mention.last = words.last
        } else if !found.value.isHijri, found.end < end, !tokens[found.end].isArabic,
            let words = dayInWords(at: found.end, end: end),
            closesClause(after: words.last, end: end) || spokenYear(at: words.last + 1, end: end) != nil
                || yearInWords(at: words.last + 1, end: end) != nil
        {
            // "May twenty one", "Mai vingt et un" closing the clause or before a year; "en mai vingt et un soldats" is
            // a count.
            mention.day = words.value
            mention.last = words.last
        }
        return true
    }

    /// "twenty five January nineteen eighty six", "fifteen August 1993": a day in cardinal words before a month is a
    /// day only when a year follows the month and closes the clause ("fifteen August protesters", "Three May 2020
    /// reports" count).
    private func cardinalDayBeforeYear(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard index < end, tokens[index].isWord, !tokens[index].isArabic, let words = dayInWords(at: index, end: end),
            let found = month(at: words.last + 1, end: end), found.end < end
        else { return nil }
        // "Three May 2020 reports": the year must close the clause.
        var yearLast: Int? = nil
        if tokens[found.end].digits == 4, integer(at: found.end, end: end, in: 1000...2100) != nil {
            yearLast = found.end
        } else {
            // The longer reading: "nineteen hundred ninety three" is one year in words.
            yearLast = [spokenYear(at: found.end, end: end), yearInWords(at: found.end, end: end)]
                .compactMap { $0?.last }.max()
        }
        guard let yearLast, closesClause(after: yearLast, end: end) else { return nil }
        return words
    }

    /// "$12 December 27", "$ 12": digits after a currency sign are an amount, not a day.
    func isAmount(_ index: Int) -> Bool { text.followsCurrencySign(index, gap: 1) }

    /// "6,107,31 août 2019": digits glued by a comma or point to a long or already grouped number are its last
    /// group, not a day ("les 5,6 et 7 mai" keeps its days: "5" alone is no grouped number).
    func isNumberTail(_ index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].isPunctuation,
            tokens[index - 1].key == Keys.point || Self.comma.contains(tokens[index - 1].key),
            tokens[index - 1].start == tokens[index - 2].end, tokens[index].start == tokens[index - 1].end,
            tokens[index - 2].isNumber
        else { return false }
        let previous = tokens[index - 2]
        return previous.end - previous.start >= 3
    }
}
