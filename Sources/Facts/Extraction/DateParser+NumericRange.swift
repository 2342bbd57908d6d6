import CrossCheckModel

/// Ranges written in digits: "10/1/2018-10/7/2018", "10-1-2018-10-7-2018", "between 10/1-11/7",
/// "from 5/1-5/7, 2020". Read apart from single numeric dates, which refuse digits chained on by a dash (codes,
/// phone numbers).
extension DateParser {
    /// Two numeric dates joined by a dash, both with a year, or both without after "from" or "between" (then a year
    /// after a comma is both ends' year). nil otherwise.
    func numericRange(at index: Int, end: Int, opened: Bool) -> DateMention? {
        // Most numbers are followed by a word: no numeric date, and no range of them, starts there.
        guard index + 3 < end, tokens[index].isNumber, tokens[index + 1].isPunctuation,
            Self.separators.contains(tokens[index + 1].key) || Self.rangeDashes.contains(tokens[index + 1].key),
            !isInsideCode(before: index),
            let left = numericDate(at: index, end: end, inRange: true), left.day != nil,
            left.last + 2 < end, Self.rangeDashes.contains(tokens[left.last + 1].key),
            let right = numericDate(at: left.last + 2, end: end, inRange: true), right.day != nil,
            right.last + 1 >= end || !tokens[right.last + 1].isNumber
        else { return nil }
        // "between 1/3-2/3 of voters", "odds between 10/1-11/4": fractions and odds.
        if right.last + 1 < end, Self.ofWords.contains(tokens[right.last + 1].key) { return nil }
        if (max(0, index - 3)..<index).contains(where: { Self.oddsWords.contains(tokens[$0].key) }) { return nil }
        var first = mention(left, from: index)
        var second = mention(right, from: left.last + 2)
        switch (left.year, right.year) {
        case (.some, .some):
            break
        case (nil, nil):
            guard opened else { return nil }
            // "from 5/1-5/7, 2020": a year after a comma closes both ends.
            if second.last + 2 < end, Self.comma.contains(tokens[second.last + 1].key),
                tokens[second.last + 2].digits == 4, let year = integer(at: second.last + 2, end: end, in: 1900...2100)
            {
                second.year = year
                second.last += 2
                first.year = year
            }
        case (nil, .some(let year)):
            // "2/27-3/1/2019": the closing year, or the one before when the months wrap.
            first.year = (left.month > right.month) ? year - 1 : year
        case (.some, nil):
            return nil
        }
        guard let from = CivilDate(year: first.year ?? 2000, month: left.month, day: left.day ?? 1),
            let to = CivilDate(year: second.year ?? 2000, month: right.month, day: right.day ?? 1),
            from < to || (first.year == nil && left.month > right.month)
        else { return nil }
        first.last = second.last
        first.rangeEnd = [second]
        return first
    }

    private func mention(_ date: NumericDate, from index: Int) -> DateMention {
        var mention = DateMention(first: index)
        date.write(into: &mention)
        return mention
    }

    static let oddsWords: Set<UInt64> = Set(["odds", "cote", "cotes", "ratio", "ratios"].map(Keys.key))
    static let rangeDashes: Set<UInt64> = Set(["-", "–", "—"].map(Keys.key))
}
