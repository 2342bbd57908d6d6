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
