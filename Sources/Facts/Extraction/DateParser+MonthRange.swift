import CrossCheckModel

/// "November between 19 and 20", "Feb between 2-7 two thousand and eighteen": a month named before a range of its
/// days.
extension DateParser {
    func monthThenDays(at index: Int, end: Int) -> DateMention? {
        guard !tokens[index].isArabic, let found = month(at: index, end: end), !found.value.isHijri,
            found.end + 3 < end,
            Self.betweenWords.contains(tokens[found.end].key),
            let from = integer(at: found.end + 1, end: end, in: 1...31),
            let joiner = cue(at: found.end + 2, end: end), case .to = joiner.value,
            let to = integer(at: joiner.end, end: end, in: 1...31), from < to
        else { return nil }
        var left = DateMention(first: index)
        left.month = found.value
        left.day = from
        var right = left
        right.first = joiner.end
        right.day = to
        right.last = joiner.end
        readYear(at: joiner.end + 1, end: end, into: &right)
        left.year = right.year
        left.last = right.last
        left.rangeEnd = [right]
        return left
    }
}

extension DateParser {
    /// "from March to June", "de mars à juin", "بين مارس ويونيو", "from March to date": a month named alone is
    /// ambiguous ("march", "May", "مارس" the verb), but one that opens a range closed by another month or by the
    /// present is a date.
    func monthOpeningRange(at index: Int, end: Int, between: Bool) -> DateMention? {
        guard let left = monthAlone(at: index, end: end),
            let rightStart = rangeJoiner(after: left.last, end: end, between: between, pairing: left),
            monthAlone(at: rightStart, end: end) != nil || nowAfterJoiner(at: rightStart, end: end) != nil
        else { return nil }
        return left
    }

    /// "June-August 1992", "Nov-Feb 5th, 2017": a month joined by a dash to a later date that carries its year
    /// opens a range without "from".
    func monthDashRange(at index: Int, end: Int) -> DateMention? {
        // Tried wherever nothing else was read: the dash is looked for first ("Nov-", "Nov.-").
        guard index + 3 < end, tokens[index].isWord,
            Self.rangeDashes.contains(tokens[index + 1].key) || Self.rangeDashes.contains(tokens[index + 2].key),
            let left = monthAlone(at: index, end: end), left.year == nil, left.last + 2 < end,
            tokens[left.last + 1].isPunctuation, Self.rangeDashes.contains(tokens[left.last + 1].key),
            let right = parseOne(at: left.last + 2, end: end), right.month != nil, right.year != nil
        else { return nil }
        return left
    }

    /// A month name with its year if one follows, read as a date: only where a range says it is one.
    func monthAlone(at index: Int, end: Int) -> DateMention? {
        guard let found = month(at: index, end: end), !found.value.isHijri,
            integer(at: found.end, end: end, in: 1...31) == nil
        else { return nil }
        var mention = DateMention(first: index)
        mention.month = found.value
        mention.monthCue = true
        mention.last = found.end - 1
        readYear(at: found.end, end: end, into: &mention)
        return mention
    }
}

extension DateParser {
    /// "2012 or after", "2018 or later": a four-digit year that bounds an open period is a date without a cue.
    func yearOpenEnded(at index: Int, end: Int) -> DateMention? {
        guard let year = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4,
            index + 1 < end, !tokens[index + 1].isArabic, let found = cue(at: index + 1, end: end),
            case .openEnded = found.value
        else { return nil }
        var mention = DateMention(first: index)
        mention.year = year
        mention.last = found.end - 1
        return mention
    }
}
