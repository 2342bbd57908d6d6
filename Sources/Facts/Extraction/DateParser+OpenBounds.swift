import CrossCheckModel

/// A date that bounds an open period: "since 2014", "before the end of December", "1/1/2016 and after".
extension DateParser {
    /// Marks `mention` with the side of the open period a bound word before it (or its own first word) or after it
    /// gives, and takes the word into its span. Only a date of the calendar is bounded: a count of days after
    /// "قبل" or "after" is a shift ("قبل 3 أيام"), and an interval has both ends already.
    func bound(_ mention: inout DateMention, sentenceStart: Int, end: Int) {
        if let sign = shiftSign(mention), mention.openSide == nil {
            // "more than 2 weeks after today", "more than a year ago": beyond the shifted day.
            for start in max(sentenceStart, mention.first - 3)..<max(sentenceStart, mention.first) {
                if let found = lexicon.qualifiersBefore.match(text, at: start), found.end == mention.first,
                    found.value == .moreThan
                {
                    mention.openSide = sign > 0 ? .since : .through
                    mention.first = start
                    return
                }
            }
        }
        // "avant-hier", "après-demain", "قبل أمس", "بعد غد" are days of their own; "three days after Easter" and
        // "ثلاثة أيام من 5 حزيران" shift the date.
        guard mention.openSide == nil, mention.rangeEnd.isEmpty, mention.duration == nil,
            mention.afterShift.isEmpty, mention.holidayShift.isEmpty,
            mention.expression.map(Self.isCalendarDate) ?? true,
            !(mention.relativeDay != nil && (french || tokens[mention.last].isArabic))
        else { return }
        if let found = openBound(at: mention.first), !found.value.follows,
            found.end <= mention.last
        {
            mention.openSide = found.value.side  // "since 2014" read whole, "since" being a cue of years
            // "no later than January 1": a longer bound that starts before the mention's own bound word.
            for start in stride(from: mention.first - 1, through: max(sentenceStart, mention.first - 2), by: -1) {
                if let longer = openBound(at: start), !longer.value.follows,
                    longer.end > mention.first, longer.end <= mention.last
                {
                    mention.openSide = longer.value.side
                    mention.first = start
                    break
                }
            }
            return
        }
        // The farthest start first: "no later than January 1" rather than "later than".
        // "after the 15th day of next month": an article may stand between the bound word and the date.
        let opening =
            mention.first > sentenceStart && Self.articles.contains(tokens[mention.first - 1].key)
            ? mention.first - 1 : mention.first
        for start in max(sentenceStart, opening - 3)..<max(sentenceStart, opening) {
            if let found = openBound(at: start), found.end == opening, !found.value.follows {
                // "pendant 3 jours à partir de lundi", "3 days after Tuesday": after a count of units the word says
                // where the count starts.
                if start > 0, CasualtyExtractor.timeUnits.contains(tokens[start - 1].key) { return }
                mention.openSide = found.value.side
                mention.first = start
                return
            }
        }
        // "1/1/2016 and after", not "le 01/01/2016 et après que mon travail soit terminé".
        if mention.last + 1 < end, let found = openBound(at: mention.last + 1),
            found.value.follows, found.end <= end,
            found.end == end || tokens[found.end].isPunctuation || Self.afterYearWords.contains(tokens[found.end].key)
        {
            mention.openSide = found.value.side
            mention.last = found.end - 1
        }
    }

    /// A bound word at `index`; "des" without its accent is the French article, not "dès" (since).
    func openBound(at index: Int) -> (value: OpenBound, end: Int)? {
        guard let found = lexicon.openBounds.match(text, at: index) else { return nil }
        if tokens[index].key == Self.desKey,
            !(tokens[index].start..<tokens[index].end).contains(where: {
                text.scalars[$0] == "è" || text.scalars[$0] == "È"
            })
        {
            return nil
        }
        return found
    }

    static let desKey = Keys.key("des")

    /// "after 2010", "through 2014": a year alone after a bound word, where nothing follows it that it could
    /// count ("before 2000 people fled" is a count).
    func boundYear(at index: Int, end: Int) -> DateMention? {
        guard let found = openBound(at: index), !found.value.follows, found.end < end,
            var year = bareYear(at: found.end, end: end)
        else { return nil }
        guard closesYear(after: found.end, end: end) else { return nil }
        year.first = index
        year.last = found.end
        year.openSide = found.value.side
        return year
    }

    /// True when nothing follows the year at `index` that it could count: the clause ends, or "and", "or" go on
    /// ("2014 to 2018.", "after 2010 and before 2018", not "before 2000 people fled").
    func closesYear(after index: Int, end: Int) -> Bool {
        let next = index + 1
        return next >= end || tokens[next].isPunctuation || Self.afterYearWords.contains(tokens[next].key)
    }

    /// "in 2007 and 2009", "في 2011 و2012", "before 2000 but not 1998": a year coordinated with the year just read,
    /// or excluded from it, is a date too. After an open period only an exclusion joins a year ("since 2014 and
    /// 2015" is unclear).
    func coordinatedYear(after mention: DateMention, end: Int) -> DateMention? {
        guard mention.year != nil, mention.month == nil, mention.day == nil, mention.expression == nil,
            mention.last + 1 < end
        else { return nil }
        var position = mention.last + 1
        if let after = exclusion(at: position, end: end) {
            position = after  // "before 2000 but not 1998", "from 2010 – 2020 and not 2015"
        } else if mention.openSide != nil || !mention.rangeEnd.isEmpty {
            return nil
        } else if Self.yearConjunctions.contains(tokens[position].key) {
            position += 1
        } else if !(tokens[position].isNumber && tokens[position].clitic == .wa) {
            return nil  // "و2012" carries its conjunction
        }
        guard var year = bareYear(at: position, end: end), closesYear(after: position, end: end) else { return nil }
        year.last = position
        return year
    }

    /// The index after "but not", "except", "mais pas", "sauf", "باستثناء" at `index`, or nil.
    func exclusion(at index: Int, end: Int) -> Int? {
        var position = index
        if position < end, Self.exclusionLinks.contains(tokens[position].key) { position += 1 }
        guard position < end, Self.exclusionWords.contains(tokens[position].key) else { return nil }
        return position + 1
    }

    static let exclusionLinks: Set<UInt64> = Set(["but", "and", "mais", "et", "لكن", "و"].map(Keys.key))
    static let exclusionWords: Set<UInt64> = Set(
        ["not", "except", "excluding", "pas", "sauf", "excepté", "ليس", "باستثناء", "عدا"].map(Keys.key))

    static let yearConjunctions: Set<UInt64> = Set(["and", "or", "et", "ou", "و", "أو"].map(Keys.key))

    static let afterYearWords: Set<UInt64> = Set(
        ["and", "or", "but", "when", "while", "et", "ou", "mais", "و", "أو", "لكن"].map(Keys.key))

    /// The direction of a shift from a day ("2 weeks after today" +1, "3 days ago" −1), or nil for other dates.
    private func shiftSign(_ mention: DateMention) -> Int? {
        guard case .shift(let steps) = mention.expression, mention.duration == nil,
            let step = steps.first(where: { $0.count != 0 })
        else { return nil }
        return step.count > 0 ? 1 : -1
    }

    private static func isCalendarDate(_ expression: DateExpression) -> Bool {
        switch expression {
        case .holiday, .quarter, .week, .decade, .weekdayOfWeek: return true
        default: return false
        }
    }
}
