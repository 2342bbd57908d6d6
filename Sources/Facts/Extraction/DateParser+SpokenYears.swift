import CrossCheckModel

/// Years and days said in words the way English speaks them: "nineteen seventy eight" (1978), "nineteen zero one"
/// (1901), "twenty eighteen" (2018), "nineteen hundred"; "Thursday the twenty first", "May twenty one".
///
/// The number reader adds "nineteen" and "seventy eight" as two numbers; a year is said as two pairs of digits, so
/// it is read here, and only where a year is expected (after a day and month, after "in" or "year").
extension DateParser {
    private func numberWord(at index: Int, end: Int) -> (value: Int, role: NumberWord.Role, end: Int)? {
        guard index < end, tokens[index].isWord, !tokens[index].isArabic,
            let match = lexicon.numbers.match(text, at: index), match.end <= end, !match.value.isOrdinal
        else { return nil }
        return (Int(match.value.value), match.value.role, match.end)
    }

    /// "nineteen seventy eight", "nineteen zero one", "twenty eighteen", "nineteen hundred": the year and its last
    /// token.
    func spokenYear(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard let high = numberWord(at: index, end: end),
            (high.role == .unit && (11...19).contains(high.value)) || (high.role == .ten && high.value == 20),
            let low = numberWord(at: high.end, end: end)
        else { return nil }
        var value = 0
        var last = low.end - 1
        switch low.role {
        case .hundred: value = 0
        case .unit where low.value == 0:
            // "nineteen zero one"
            guard let unit = numberWord(at: low.end, end: end), unit.role == .unit, (1...9).contains(unit.value)
            else { return nil }
            value = unit.value
            last = unit.end - 1
        case .unit where low.value >= 10: value = low.value
        case .ten:
            value = low.value
            if let unit = numberWord(at: low.end, end: end), unit.role == .unit, (1...9).contains(unit.value) {
                value += unit.value
                last = unit.end - 1
            }
        default: return nil
        }
        return (high.value * 100 + value, last)
    }
}
