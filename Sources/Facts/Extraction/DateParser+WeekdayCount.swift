import CrossCheckModel

/// A count of weekdays from the anchor: "two sundays from now", "2 thursdays back", "deux lundis plus tard".
extension DateParser {
    /// "two sundays from now" (the second Sunday after the anchor), "2 thursdays back" (the second one before it),
    /// "two monday later".
    func weekdayCount(at index: Int, end: Int) -> DateMention? {
        guard !tokens[index].isArabic, let counted = count(at: index, end: end), counted.value <= 52 else {
            return nil
        }
        let position = counted.end
        var weekday: Weekday? = nil
        var after = position
        if let match = wordMatch(at: position, end: end), case .weekday(let found) = match.value {
            (weekday, after) = (found, match.end)
        } else if let match = cue(at: position, end: end), case .recurring(let timex) = match.value,
            timex.utf8.count == 10, let digit = timex.utf8.last, let found = Weekday(rawValue: (Int(digit) - 48) % 7)
        {
            (weekday, after) = (found, match.end)
        }
        guard let weekday, let direction = cue(at: after, end: end) else { return nil }
        switch direction.value {
        case .hence: return made(index, direction.end - 1, .weekdayCount(weekday, counted.value))
        case .ago: return made(index, direction.end - 1, .weekdayCount(weekday, -counted.value))
        default: return nil
        }
    }
}
