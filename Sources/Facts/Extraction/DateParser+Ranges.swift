import CrossCheckModel

/// The entry point of the date parser and its intervals: "from 13 to 15 July", "du 1er au 10 juillet", "July 13-15",
/// "de 2014 à 2018", bare days that take their month from the other end, and weekdays with a day of the month.
extension DateParser {
    static let dayArticles: Set<UInt64> = Set(["the", "le", "on", "يوم"].map(Keys.key))
    static let arabicFrom = Keys.key("من")
    static let pairWords: Set<UInt64> = Set(["and", "et", "و"].map(Keys.key))
    /// "between … and …", "entre … et …", "بين … و…": the openers after which "and" closes an interval.
    static let betweenWords: Set<UInt64> = Set(["between", "entre", "بين"].map(Keys.key))

    /// The date mention that starts at `index`, or nil: one date, or an interval of two ("from 13 to 15 July",
    /// "du 1er au 10 juillet", "July 13-15", "بين 3 و5 مارس"), where a bare day takes its month from the other end.
    func parse(at index: Int, end: Int) -> DateMention? {
        var start = index
        var opened = false
        var between = false
        if let found = cue(at: index, end: end), case .from = found.value {
            opened = true
            between = Self.betweenWords.contains(tokens[index].key)
            start = found.end
        } else if index < end, tokens[index].isArabic, tokens[index].key == Self.arabicFrom,
            monthOpeningRange(at: index + 1, end: end, between: false) != nil
        {
            // "من مارس إلى يونيو": "من" opens a range only before two months, being too common a word otherwise.
            opened = true
            start = index + 1
        }
        guard start < end else { return nil }
        if !opened, let year = boundYear(at: index, end: end) { return year }
        if var range = numericRange(at: start, end: end, opened: opened) {
            range.first = index
            return range
        }
        // "Tourism grew in 2010 – 2020.": a range of years after a year cue.
        if !opened, index + 1 < end, Self.inWords.contains(tokens[index].key),
            var range = yearRange(at: index + 1, end: end, opened: false, between: false)
        {
            range.first = index
            return range
        }
        if let range = yearRange(at: start, end: end, opened: opened, between: between) {
            var range = range
            range.first = index
            return range
        }
        let single = parseOne(at: start, end: end)
        guard
            var left = single ?? bareDay(at: start, end: end)
                ?? (opened && start + 1 < end ? bareDay(at: skipThe(start, end: end), end: end) : nil)
                ?? (opened ? bareYear(at: start, end: end) : nil)
                ?? (opened ? monthOpeningRange(at: start, end: end, between: between) : nil)
                ?? monthDashRange(at: start, end: end)
        else { return nil }
        if var days = daysBetween(after: left, end: end) {
            days.first = index
            return days  // "شهر نوفمبر بين 19 و 20"
        }
        if let rightStart = rangeJoiner(after: left.last, end: end, between: between, pairing: left),
            var right = parseOne(at: rightStart, end: end)
                ?? (left.day != nil || left.month != nil
                    ? bareDay(at: rightStart, end: end, words: left.isMarkedDay) : nil)
                    ?? (opened && left.year != nil ? bareYear(at: rightStart, end: end) : nil)
                        ?? tomorrowAfterJoiner(at: rightStart, end: end) ?? nowAfterJoiner(at: rightStart, end: end)
                        ?? (opened && left.month != nil && left.day == nil
                            ? monthAlone(at: rightStart, end: end) : nil),
            // "between 2007 and the end of 2008": a closing part of a period runs the interval to that part.
            left.part == nil, right.part == nil || right.part == .beginning || right.part == .end,
            left.rangeEnd.isEmpty, right.rangeEnd.isEmpty,
            left.expression?.isValue ?? true, right.expression?.isValue ?? true
        {
            // "entre le 13 et le quinze juillet": a month after a bare closing day belongs to it.
            if right.month == nil, right.day != nil, right.expression == nil,
                let found = month(at: right.last + 1, end: end)
            {
                right.month = found.value
                right.last = found.end - 1
                readYear(at: found.end, end: end, into: &right)
            }
            // "lundi 1er au mercredi 10 juillet": a day without a month takes the other end's.
            // "between 2015 and Feb 2018": a year alone keeps its own months.
            if left.month == nil && left.relativeMonth == nil && left.relativeDay == nil
                && (left.weekday == nil || left.day != nil) && (left.year == nil || left.day != nil)
            {
                left.month = right.month
                left.year = right.year
                left.relativeMonth = right.relativeMonth
            }
            if right.month == nil && right.relativeMonth == nil && right.relativeDay == nil
                && (right.weekday == nil || right.day != nil) && (right.year == nil || right.day != nil)
            {
                right.month = left.month
                right.year = left.year
                right.relativeMonth = left.relativeMonth
                // "from april twenty-seventh to the third": a smaller closing day is in the next month.
                if let from = left.day, let to = right.day, to < from, let month = left.month, !month.isHijri {
                    right.month = MonthName(month: month.month % 12 + 1)
                    right.year = left.year.map { month.month == 12 ? $0 + 1 : $0 }
                }
            }
            // "du 1er février au mars 2019", "du 20 décembre au 5 janvier 2017": the year written at the end.
            if left.year == nil, left.expression == nil, let leftMonth = left.month, let year = right.year,
                let rightMonth = right.month, !leftMonth.isHijri, !rightMonth.isHijri
            {
                left.year = leftMonth.month > rightMonth.month ? year - 1 : year
            }
            if left.month == nil && left.relativeMonth == nil && left.day != nil && left.relativeDay == nil
                && left.weekday == nil
            {
                // "entre le 13 et le 18" is a range of days; "entre 20 et 30 morts" a range of numbers.
                // "between the first and second rounds": days all in words need a month.
                guard opened, left.isMarkedDay, right.isMarkedDay, let from = left.day, let to = right.day, from < to,
                    hasDigits(left) || hasDigits(right)
                else { return single }
            }
            left.first = index
            left.last = right.last
            left.rangeEnd = [right]
            return left
        }
        // "The range is from 2014", "from 2015 and 2016": a year alone after "from" where no end follows.
        if single == nil, opened, !between, left.year != nil, left.month == nil, left.day == nil,
            left.expression == nil, closesYear(after: left.last, end: end)
        {
            left.first = index
            return left
        }
        if single == nil, var paired = dayBeforePair(left, end: end) {
            paired.first = index
            return paired
        }
        if let spanned = duration(after: left, end: end) {
            var spanned = spanned
            spanned.first = index
            return spanned  // "from 18th Dec for 10 days"
        }
        // "le 16", "on the 15th": a day of this month (or the next, reading forward) when nothing follows it.
        let number = tokens[left.last].isNumber ? left.last : left.last - 1
        var writtenDay =
            number > 0 && tokens[number].isNumber && tokens[number - 1].sentence == tokens[number].sentence
            && Self.dayArticles.contains(tokens[number - 1].key)
        // "on the second!", "for the thirty first": an ordinal day in words alone after "the".
        if single == nil, index > 0, tokens[index - 1].key == Keys.the || tokens[index - 1].key == Self.onKey,
            let words = ordinalDay(at: index, end: end),
            words.last + 1 >= end
                || (tokens[words.last + 1].isPunctuation && !Self.dashes.contains(tokens[words.last + 1].key))
        {
            var mention = DateMention(first: index)
            mention.day = words.value
            mention.last = words.last
            return mention
        }
        // "je suis rentré pour le vingt-sept": a day in words right after "le".
        if !writtenDay, left.day != nil, case .dayWord = word(at: left.first, end: end),
            tokens[left.first].key == Self.leKey,
            tokens[left.first + 1].isWord, !tokens[left.first + 1].isArabic
        {
            writtenDay = true
        }
        if single == nil, left.isMarkedDay, writtenDay,
            left.last + 1 >= end
                || (tokens[left.last + 1].isPunctuation && !Self.dashes.contains(tokens[left.last + 1].key)
                    && (tokens[left.last + 1].key != Keys.point
                        || tokens[number].isNumber && endsText(at: left.last + 1)))
        {
            return left
        }
        return single
    }

    /// "18" in "18 and 19 June", "18 و19 يونيو": a bare day joined by "and" to a later day with its month is a
    /// date of that month. French reads "6 et 7 mai" as a span of days (`isFrenchDayPair`).
    func dayBeforePair(_ left: DateMention, end: Int) -> DateMention? {
        guard !french, let day = left.day, left.month == nil, left.relativeMonth == nil, left.weekday == nil,
            left.expression == nil, left.relativeDay == nil, left.year == nil, left.last + 1 < end
        else { return nil }
        var next = left.last + 1
        if Self.pairWords.contains(tokens[next].key) {
            next += 1
        } else if !(tokens[next].isNumber && tokens[next].clitic == .wa) {
            return nil
        }
        guard let right = parseOne(at: next, end: end), right.expression == nil, right.weekday == nil,
            let closing = right.day, closing > day, let month = right.month
        else { return nil }
        var mention = left
        mention.month = month
        mention.year = right.year
        return mention
    }

    /// True when a number in digits is among the mention's tokens.
    func hasDigits(_ mention: DateMention) -> Bool {
        (mention.first...mention.last).contains { tokens[$0].isNumber }
    }

    /// True when the point at `index` is the text's last token ("je suis rentré pour le 27 ."), not the point
    /// of "le 3.5" or of a list.
    func endsText(at index: Int) -> Bool { index + 1 == tokens.count }

    static let frenchShortWeekdays: Set<UInt64> = Set(["lun", "ven"].map(Keys.key))
    static let onKey = Keys.key("on")
    static let leKey = Keys.key("le")

    /// The index after "the", or after the elided "l'" of "à l'après-demain".
    func skipThe(_ index: Int, end: Int) -> Int {
        guard index + 1 < end else { return index }
        if tokens[index].key == Keys.the { return index + 1 }
        return tokens[index].key == Self.elidedArticle ? index + 1 : index
    }

    /// "4 et 22 cette mois", "3 et 12 de Sept": in French two bare days joined by "et" before a month are a span
    /// of days even without "entre".
    func isFrenchDayPair(_ left: DateMention, _ afterJoiner: Int, _ end: Int) -> Bool {
        french && left.day != nil && left.month == nil && left.relativeMonth == nil && left.weekday == nil
            && left.expression == nil && left.relativeDay == nil
            && integer(at: skipThe(afterJoiner, end: end), end: end, in: 1...31) != nil
    }

    func dayAfterWeekday(at index: Int, end: Int) -> (value: Int, last: Int)? {
        var position = index
        if position < end, Self.comma.contains(tokens[position].key) { position += 1 }
        if position < end,
            tokens[position].key == Keys.the || tokens[position].key == Self.inWord
                || tokens[position].key == Self.leKey
        {
            position += 1
        }
        if let words = arabicDayClosingClause(at: position, end: end) { return words }  // "الجمعة في خمسة عشر"
        // "Thursday the twenty first", "jeudi le vingt et un": a day in words after "the" or "le", closing the clause.
        if position > index, position < end, !tokens[position].isArabic,
            tokens[position - 1].key == Keys.the || tokens[position - 1].key == Self.leKey,
            integer(at: position, end: end, in: 1...31) == nil, let words = dayInWords(at: position, end: end),
            month(at: words.last + 1, end: end) == nil, closesClause(after: words.last, end: end)
        {
            return words
        }
        guard let day = integer(at: position, end: end, in: 1...31), month(at: position + 1, end: end) == nil,
            integer(at: position + 1, end: end, in: 0...9999) == nil
        else { return nil }
        var last = position
        if position + 1 < end, Self.suffixes.contains(tokens[position + 1].key) { last += 1 }
        // "Saturday 3-1 win", "Friday 24/7 coverage": digits joined on by a dash or a slash are a score or a label.
        if last + 2 < end, tokens[last + 1].isPunctuation,
            Self.separators.contains(tokens[last + 1].key) || Self.rangeDashes.contains(tokens[last + 1].key),
            tokens[last + 2].isNumber
        {
            return nil
        }
        if last + 1 < end, tokens[last + 1].isWord, !Self.comma.contains(tokens[last + 1].key),
            case .none = cue(at: last + 1, end: end)
        {
            return nil  // "Friday 15 people", "الجمعة 15 قتيلا"
        }
        return (day, last)
    }

    /// A weekday, or its abbreviation ("fri.", "Tue 15", "sun" alone) where it cannot be a common word.
    func weekday(_ match: (value: DateWord, end: Int), end: Int) -> Weekday? {
        switch match.value {
        case .weekday(let weekday): return weekday
        case .weekdayShort(let weekday):
            // English "tue", "mon" are French "tué", "mon": in French only "lun", "ven" are weekdays.
            if french && !Self.frenchShortWeekdays.contains(tokens[match.end - 1].key) { return nil }
            // "ont été tués.": an abbreviation is written without accents, whatever the article's language.
            let token = tokens[match.end - 1]
            if (token.start..<token.end).contains(where: { !text.scalars[$0].isASCII }) { return nil }
            let next = match.end
            if next < end,
                tokens[next].key == Keys.point || tokens[next].isNumber || Self.comma.contains(tokens[next].key)
            {
                return weekday
            }
            return isWholeSentence(match.end - 1, match.end - 1) ? weekday : nil
        default: return nil
        }
    }

    /// "de 2014 à 2018", "between 2000 and 2014", "2014-2018": a range of years after "from" or "between", or
    /// two years joined by a dash.
    func yearRange(at index: Int, end: Int, opened: Bool, between: Bool) -> DateMention? {
        guard let first = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4,
            index + 1 < end, between || !Self.pairWords.contains(tokens[index + 1].key),
            !isInsideCode(before: index),
            let joiner = cue(at: index + 1, end: end), case .to = joiner.value,
            opened
                || (tokens[index + 1].start == tokens[index].end && joiner.end < end
                    && tokens[joiner.end].start == tokens[index + 1].end && tokens[index + 1].isPunctuation)
                || (tokens[index + 1].isWord && closesYear(after: joiner.end, end: end))
                // "in 2010 – 2020.": a spaced dash when nothing follows that the second year could count.
                || (tokens[index + 1].isPunctuation && Self.rangeDashes.contains(tokens[index + 1].key)
                    && closesYear(after: joiner.end, end: end)),
            let second = integer(at: joiner.end, end: end, in: 1900...2100), tokens[joiner.end].digits == 4,
            first < second, month(at: joiner.end + 1, end: end) == nil,
            joiner.end + 1 >= end || !tokens[joiner.end + 1].isPunctuation
                || !Self.dashes.contains(tokens[joiner.end + 1].key)
        else { return nil }
        var left = DateMention(first: index)
        left.year = first
        left.last = joiner.end
        var right = DateMention(first: joiner.end)
        right.year = second
        right.last = joiner.end
        left.rangeEnd = [right]
        return left
    }

    /// "2015" in "entre 2015 et février 2018", "between May 2015 and 2018": a year as one end of an interval.
    func bareYear(at index: Int, end: Int) -> DateMention? {
        guard let year = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4,
            month(at: index + 1, end: end) == nil, numericDate(at: index, end: end) == nil
        else { return nil }
        var mention = DateMention(first: index)
        mention.year = year
        return mention
    }

    /// "13" in "13-15 July" or "du 13 au 15 juillet", "the 13th": a day waiting for its month.
    /// A bare day where the context already says it is one ("la semaine du 18").
    func bareDayAfter(_ index: Int, end: Int) -> DateMention? { bareDay(at: index, end: end) }

    /// With `words`, a day in words counts without "le" before it ("du 13e au dix-huit").
    func bareDay(at index: Int, end: Int, words: Bool = false) -> DateMention? {
        guard index < end else { return nil }
        var position = index
        var mention = DateMention(first: index)
        mention.isMarkedDay = words && !tokens[index].isArabic
        if case .dayWord = word(at: position, end: end) {
            position += 1
            mention.isMarkedDay = true
        } else if index > 0, tokens[index - 1].sentence == tokens[index].sentence,
            Self.dayArticles.contains(tokens[index - 1].key)
        {
            mention.isMarkedDay = true  // "the 27"
        }
        if let day = integer(at: position, end: end, in: 1...31) {
            mention.day = day
            mention.last = position
            if position + 1 < end, Self.suffixes.contains(tokens[position + 1].key),
                tokens[position + 1].start == tokens[position].end
            {
                mention.last += 1
                mention.isMarkedDay = true
            }
        } else if let match = wordMatch(at: position, end: end), case .ordinal(let day) = match.value {
            mention.day = day
            mention.last = match.end - 1
            mention.isMarkedDay = true
        } else if position < end, !tokens[position].isArabic,
            let words = dayInWords(at: position, end: end, ordinal: true)
        {
            // "between ninth and seventeenth of april": an ordinal in words is a day.
            mention.day = words.value
            mention.last = words.last
            mention.isMarkedDay = true
        } else if mention.isMarkedDay, position < end, !tokens[position].isArabic,
            let words = dayInWords(at: position, end: end)
        {
            // "le quinze juillet", "entre le 13 et le dix-huit", "le trente et un"
            mention.day = words.value
            mention.last = words.last
        } else {
            return nil
        }
        return mention
    }

    /// A day of the month in words, composed by the number reader: "quinze", "vingt-sept", "thirty first", "الثاني"
    /// (only an ordinal when `ordinal`).
    func dayInWords(at index: Int, end: Int, ordinal: Bool = false) -> (value: Int, last: Int)? {
        guard index < end, tokens[index].isWord, lexicon.numbers.contains(text, at: index) else { return nil }
        let reader = NumberReader(text: text, lexicon: lexicon, consumed: [Bool](repeating: false, count: tokens.count))
        guard let number = reader.read(at: index, end: end), number.vague == nil, number.isOrdinal || !ordinal,
            (1...31).contains(Int(number.value)), number.value == number.value.rounded()
        else { return nil }
        return (Int(number.value), number.last)
    }

    /// An ordinal day in words, after an optional "the": "first", "the twenty-first", "the second".
    func ordinalDay(at index: Int, end: Int) -> (value: Int, last: Int)? {
        let position = skipThe(index, end: end)
        guard position < end, tokens[position].isWord, !tokens[position].isArabic,
            lexicon.numbers.contains(text, at: position)
        else { return nil }
        let reader = NumberReader(text: text, lexicon: lexicon, consumed: [Bool](repeating: false, count: tokens.count))
        guard let number = reader.read(at: position, end: end), number.isOrdinal, (1...31).contains(Int(number.value))
        else { return nil }
        return (Int(number.value), number.last)
    }
}
