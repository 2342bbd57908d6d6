import CrossCheckModel

/// Dates written in digits: "15/2", "2/15", "31-10-74", "2015-3-3", "31.10.74", "31 10 1974", "3/2015", "2016-11".
///
/// The parts are read in every order and validated: a month is 1–12 and a day exists in its month, so "2/7" is
/// 2 July in French and Arabic and 7 February in English (the other order when the first is impossible), and
/// "20-30" is never a date. A date without a year needs a cue before it ("on", "le", "منذ"), or the whole sentence
/// to itself with a slash or dash and a two-digit part ("15/2", "2/15"), so "10-12 killed" stays a range of numbers
/// and "3/4" a fraction. Two-digit years are 1950–2049.
extension DateParser {
    struct NumericDate {
        var day: Int?
        var month: Int
        var year: Int?
        var last: Int

        /// Sets the mention's day, month (a month in digits is a month cue) and year, and its last token.
        func write(into mention: inout DateMention) {
            mention.day = day
            mention.month = MonthName(month: month)
            mention.year = year
            mention.monthCue = true
            mention.last = last
        }
    }

    static let numericCues: Set<UInt64> = Set(
        [
            "on", "since", "from", "to", "each", "every", "until", "till", "by", "before", "after", "back", "in", "le",
            "du", "au",
            "depuis", "jusqu", "avant", "apres", "en", "منذ", "في", "يوم", "حتى", "إلى", "الى", "من", "بتاريخ", "بعد",
            "قبل", "عند",
        ].map(Keys.key))
    static let referenceWords: Set<UInt64> = Set(["رقم", "no", "number", "n", "numero", "ref"].map(Keys.key))
    private static let percentKey = Keys.key("%")
    static let separators: Set<UInt64> = Set(["/", "-", "."].map(Keys.key))

    /// The digit groups of a number token, split at its points ("10.74" is 10 and 74), with their lengths.
    private func groups(of token: Token, commas: Bool = false) -> [(value: Int, digits: Int)] {
        var result: [(value: Int, digits: Int)] = []
        var value = 0
        var digits = 0
        for index in token.start..<token.end {
            if let digit = ScalarFolding.digit(text.scalars[index].value) {
                value = value * 10 + digit
                digits += 1
            } else if text.scalars[index] == "." || text.scalars[index] == "\u{066B}"
                || (commas && text.scalars[index] == ",")
            {
                result.append((value, digits))
                value = 0
                digits = 0
            } else {
                return []
            }
        }
        result.append((value, digits))
        return result
    }

    /// A numeric date starting at `index`, or nil. `inRange`: one end of a range of numeric dates
    /// (`numericRange`), which may run into the other end's dash and needs no cue of its own.
    func numericDate(at index: Int, end: Int, inRange: Bool = false) -> NumericDate? {
        guard index < end, tokens[index].isNumber, inRange || !isInsideCode(before: index) else { return nil }
        var parts = groups(of: tokens[index])
        var separator: UInt64? = parts.count > 1 ? Keys.point : nil
        var last = index
        var spaced = false
        while parts.count < 3, last + 1 < end {
            let next = tokens[last + 1]
            if next.isPunctuation, Self.separators.contains(next.key), last + 2 < end, tokens[last + 2].isNumber,
                separator == nil || separator == next.key
            {
                let more = groups(of: tokens[last + 2], commas: true)  // "11/12,2016" reads "12,2016" as one number
                guard !more.isEmpty, parts.count + more.count <= 3 else { break }
                // "30/4.85" mixes a slash and a decimal point: a ratio, not a date.
                if more.count > 1, next.key != Keys.point, tokens[last + 2].end > tokens[last + 2].start,
                    (tokens[last + 2].start..<tokens[last + 2].end).contains(where: { text.scalars[$0] == "." })
                {
                    return nil
                }
                separator = next.key
                parts += more
                last += 2
            } else if next.isNumber, separator == nil || spaced, next.start == tokens[last].end + 1,
                text.scalars[tokens[last].end] == " "
            {
                let more = groups(of: next)
                guard more.count == 1 else { break }
                spaced = true
                parts += more
                last += 1
            } else {
                break
            }
        }
        if parts.count == 1, let found = monthCommaYear(at: index, end: end) { return found }
        if parts.count == 1, let found = yearDashMonth(at: index, end: end) { return found }
        guard parts.count >= 2, !parts.contains(where: { $0.digits == 0 || $0.digits == 3 || $0.digits > 4 })
        else { return nil }
        if spaced && parts.count < 3 { return nil }
        if last + 1 < end, tokens[last + 1].isNumber || tokens[last + 1].key == Self.percentKey { return nil }
        var result: NumericDate?
        if parts.count == 3 {
            if parts[0].digits == 4 {
                // "2016-2-30" is a date written wrong: it is kept, and left without a day on the calendar.
                result =
                    make(day: parts[2].value, month: parts[1].value, year: parts[0].value, last: last)
                    ?? impossible(day: parts[2].value, month: parts[1].value, year: parts[0].value, last: last)
            } else if parts[2].digits == 4 || parts[2].digits == 2, parts[0].digits <= 2, parts[1].digits <= 2 {
                let year = parts[2].digits == 4 ? parts[2].value : Self.century(parts[2].value)
                result = ordered(parts[0].value, parts[1].value, year: year, last: last)
            }
        } else if parts[0].digits == 4, parts[1].digits <= 2,
            separator != Keys.point || isPointMonth(index, last, year: parts[0].value)
        {
            result = make(day: nil, month: parts[1].value, year: parts[0].value, last: last)
        } else if parts[1].digits == 4, parts[0].digits <= 2, separator != Keys.point {
            result = make(day: nil, month: parts[0].value, year: parts[1].value, last: last)
        } else if parts[0].digits <= 2, parts[1].digits <= 2, last + 2 < end,
            Keys.commas.contains(tokens[last + 1].key),
            tokens[last + 2].isNumber, tokens[last + 2].digits == 4
        {
            // "11/12,2016", "06/06, 2015"
            result = ordered(parts[0].value, parts[1].value, year: Int(tokens[last + 2].value), last: last + 2)
        } else if parts[0].digits <= 2, parts[1].digits <= 2,
            inRange || hasCue(before: index)
                || (separator != Keys.point && max(parts[0].digits, parts[1].digits) == 2
                    && (isWholeSentence(index, last) || isZeroPadded(index, last)))
        {
            result = ordered(parts[0].value, parts[1].value, year: nil, last: last)
        }
        guard let result else { return nil }
        if inRange { return result }
        // "133-03-03-2020", "+86 138-2010-2015": digits chained on by another dash are a code or a phone number.
        if last + 2 < end, Self.separators.contains(tokens[last + 1].key), tokens[last + 1].start == tokens[last].end,
            tokens[last + 2].isNumber, tokens[last + 2].start == tokens[last + 1].end
        {
            return nil
        }
        // "1-8 شهر أيلول", "10-12 July": a range of days before a month, not a date.
        if result.year == nil, last + 1 < end, month(at: last + 1, end: end) != nil { return nil }
        if result.year == nil, case .monthWord = word(at: skipLe(last + 1, end: end), end: end) { return nil }
        return result
    }

    /// "en 11, 2016", "au mois de 11, 2016": a month number, a comma and a four-digit year after a month cue.
    private func monthCommaYear(at index: Int, end: Int) -> NumericDate? {
        guard index + 2 < end, tokens[index].digits <= 2, let month = integer(at: index, end: end, in: 1...12),
            Keys.commas.contains(tokens[index + 1].key), tokens[index + 2].digits == 4,
            let year = integer(at: index + 2, end: end, in: 1900...2100),
            index + 3 >= end || !tokens[index + 3].isNumber,
            hasCue(before: index) || isAfterMonthWord(index)
        else { return nil }
        return NumericDate(day: nil, month: month, year: year, last: index + 2)
    }

    /// "2016  -11": a year, spaces, and a month of one or two digits glued to its dash (read as a signed number),
    /// closing the clause ("2016 -11 points" is a score).
    private func yearDashMonth(at index: Int, end: Int) -> NumericDate? {
        guard index + 1 < end, tokens[index].digits == 4, let year = integer(at: index, end: end, in: 1900...2100),
            tokens[index + 1].isNumber, tokens[index + 1].isInteger, tokens[index + 1].start > tokens[index].end,
            text.scalars[tokens[index + 1].start] == "-", tokens[index + 1].end - tokens[index + 1].start <= 3,
            closesClause(after: index + 1, end: end)
        else { return nil }
        return make(day: nil, month: Int(-tokens[index + 1].value), year: year, last: index + 1)
    }

    /// True after "mois de", "month of".
    private func isAfterMonthWord(_ index: Int) -> Bool {
        guard index >= 2, Self.links.contains(tokens[index - 1].key),
            tokens[index - 2].sentence == tokens[index].sentence, case .monthWord = word(at: index - 2, end: index - 1)
        else { return false }
        return true
    }

    /// Day and month in the language's order, or the other one when the first is impossible.
    private func ordered(_ first: Int, _ second: Int, year: Int?, last: Int) -> NumericDate? {
        if dayFirst {
            return make(day: first, month: second, year: year, last: last)
                ?? make(day: second, month: first, year: year, last: last)
        }
        return make(day: second, month: first, year: year, last: last)
            ?? make(day: first, month: second, year: year, last: last)
    }

    /// A year-first date whose day its month does not have ("2016-2-30", "2019-04-31"): a day and month in range
    /// that the calendar refuses.
    private func impossible(day: Int, month: Int, year: Int, last: Int) -> NumericDate? {
        guard (1...12).contains(month), (29...31).contains(day), (1000...2200).contains(year) else { return nil }
        // "التعميم رقم 2016-2-30", "circular No. 2016-2-30": a reference number.
        var first = last
        while first > 0, tokens[first - 1].isNumber || tokens[first - 1].isPunctuation, last - first < 6 { first -= 1 }
        if first > 0, Self.referenceWords.contains(tokens[first - 1].key) { return nil }
        return NumericDate(day: day, month: month, year: year, last: last)
    }

    private func make(day: Int?, month: Int, year: Int?, last: Int) -> NumericDate? {
        guard (1...12).contains(month) else { return nil }
        if let year, !(1000...2200).contains(year) { return nil }
        if let day, !(1...CivilDate.daysIn(month: month, year: year ?? 2000)).contains(day) { return nil }
        return NumericDate(day: day, month: month, year: year, last: last)
    }

    /// "out 2015.3", "en 2016.11": a year and a month joined by a point, after a word and closing its clause; a
    /// decimal before a unit ("2015.3 million") or after a number stays a number.
    private func isPointMonth(_ first: Int, _ last: Int, year: Int) -> Bool {
        guard (1950...2100).contains(year), first > 0, tokens[first - 1].isWord,
            tokens[first - 1].sentence == tokens[first].sentence
        else { return false }
        var after = last + 1
        while after < tokens.count, tokens[after].sentence == tokens[last].sentence, tokens[after].isPunctuation {
            // "2015.3, up 4 %" goes on; "2015.3 - 2016.1" is a range of numbers.
            if Keys.commas.contains(tokens[after].key) || tokens[after].key != Keys.point && after == last + 1 {
                return false
            }
            after += 1
        }
        return after >= tokens.count || tokens[after].sentence != tokens[last].sentence
    }

    /// The index after "le" when one stands there ("4-23 le mois prochain").
    private func skipLe(_ index: Int, end: Int) -> Int {
        index + 1 < end && tokens[index].key == Self.leKey ? index + 1 : index
    }

    static func century(_ year: Int) -> Int { year < 50 ? 2000 + year : 1900 + year }

    /// "04/22", "08/12": a part written with a leading zero is a day or a month; a fraction never is.
    private func isZeroPadded(_ first: Int, _ last: Int) -> Bool {
        for index in first...last where tokens[index].isNumber {
            let start = tokens[index].start
            if tokens[index].end - start == 2, ScalarFolding.digit(text.scalars[start].value) == 0 { return true }
        }
        return false
    }

    /// True when a number and a dash or slash run straight into the token: the tail of a code, not a date.
    func isInsideCode(before index: Int) -> Bool {
        index >= 2 && tokens[index - 1].isPunctuation && Self.separators.contains(tokens[index - 1].key)
            && tokens[index - 1].end == tokens[index].start && tokens[index - 2].isNumber
            && tokens[index - 2].end == tokens[index - 1].start
    }

    /// A word before digits that makes them a date: a preposition of time ("on 5/12", "منذ 3/4"), a verb of
    /// going ("back 10/2"), or a weekday before a slash ("Friday 7/6", "mardi 15/2").
    func hasCue(before index: Int) -> Bool {
        guard index > 0, tokens[index - 1].sentence == tokens[index].sentence else { return false }
        if Self.numericCues.contains(tokens[index - 1].key) || Self.motionVerbs.contains(tokens[index - 1].full) {
            return true
        }
        // A weekday before digits joined by a slash only ("Saturday 3-1 win" is a score), and not "24/7".
        guard tokens[index - 1].isWord, index + 2 < tokens.count, tokens[index + 1].key == Keys.slash,
            !(tokens[index].value == 24 && tokens[index + 2].value == 7),
            let match = wordMatch(at: index - 1, end: index)
        else { return false }
        return weekday(match, end: index) != nil
    }

    /// True when the tokens first...last are the whole sentence but for punctuation around them.
    func isWholeSentence(_ first: Int, _ last: Int) -> Bool {
        let sentence = tokens[first].sentence
        var before = first - 1
        while before >= 0 && tokens[before].sentence == sentence {
            if !tokens[before].isPunctuation { return false }
            before -= 1
        }
        var after = last + 1
        while after < tokens.count && tokens[after].sentence == sentence {
            if !tokens[after].isPunctuation { return false }
            after += 1
        }
        return true
    }
}
