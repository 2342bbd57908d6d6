import CrossCheckModel

/// "the closest Monday to Oct 5th", "the 3rd closest xmas to today": of the days a weekday or a holiday falls on,
/// the one nearest another date, or the nth nearest.
extension DateParser {
    /// The mention starting at a rank or at "closest"/"nearest", or nil.
    func closest(at index: Int, end: Int) -> DateMention? {
        guard !tokens[index].isArabic else { return nil }  // English only: no lookups on Arabic text
        var position = index
        var rank = 1
        if let ordinal = nthOrdinal(at: position, end: end) {
            guard ordinal.value > 0 else { return nil }
            rank = ordinal.value
            position = ordinal.end
        }
        guard let cue = cue(at: position, end: end), case .closest = cue.value else { return nil }
        position = cue.end
        var mention = DateMention(first: index)
        if let match = wordMatch(at: position, end: end), let weekday = closestWeekday(match.value) {
            mention.weekday = weekday  // "Mon" is no French "mon" after "closest"
            position = match.end
        } else if position < end, let match = lexicon.holidays.match(text, at: position), match.end <= end {
            mention.expression = .holiday(match.value, year: nil, modifier: nil)
            position = match.end
        } else {
            return nil
        }
        guard let joiner = self.cue(at: position, end: end), case .to = joiner.value,
            let target = parseOne(at: skipThe(joiner.end, end: end), end: end), target.closestTo.isEmpty
        else { return nil }
        mention.last = target.last
        mention.closestRank = rank
        mention.closestTo = [target]
        return mention
    }

    private func closestWeekday(_ word: DateWord) -> Weekday? {
        switch word {
        case .weekday(let weekday), .weekdayShort(let weekday): return weekday
        default: return nil
        }
    }
}
