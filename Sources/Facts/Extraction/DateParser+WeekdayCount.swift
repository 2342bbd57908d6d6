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

extension DateParser {
    /// The date a count of units is taken from: "Easter" in "three days after Easter", "le 5 mai" in "deux semaines
    /// après le 5 mai". Only a date that is one day or one named holiday: "two days after the attack" is a shift
    /// from the anchor.
    func shiftedDate(after index: Int, end: Int) -> DateMention? {
        guard index < end, let base = parseOne(at: index, end: end), base.rangeEnd.isEmpty, base.part == nil,
            base.grain == .day
        else { return nil }
        switch base.expression {
        case .none, .holiday: return base
        default: return nil
        }
    }
}
