import CrossCheckModel

/// An Arabic quarter: "2016 الربع الثالث", "الربع الثالث من عام 2016", "الربع الأول 2017".
///
/// Arabic puts the ordinal after the word ("الربع الثالث"), and a game has quarters too, so the quarter is a date
/// only with its year, before or after it.
extension DateParser {
    func arabicQuarter(at index: Int, end: Int) -> DateMention? {
        var position = index
        var year: Int? = nil
        if let found = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4 {
            year = found
            position += 1
        }
        guard position < end, tokens[position].isArabic, let found = unit(at: position, end: end, years: false),
            found.unit == .quarter, !found.dual, let match = wordMatch(at: found.end, end: end),
            case .ordinal(let number) = match.value, (1...4).contains(number)
        else { return nil }
        var last = match.end - 1
        if year == nil {
            var next = match.end
            if next < end, Self.ofWords.contains(tokens[next].key) { next += 1 }
            if case .yearCue = word(at: next, end: end) { next += 1 }
            guard let found = integer(at: next, end: end, in: 1900...2100), tokens[next].digits == 4 else { return nil }
            year = found
            last = next
        }
        return made(index, last, .quarter(number, year: year))
    }
}
