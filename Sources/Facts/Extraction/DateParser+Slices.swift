import CrossCheckModel

/// The first or last units of a period, and its halves: "the first six months of 2023", "the last 3 weeks of this
/// year", "first half of 2023", "les six premiers mois de 2023", "la première moitié de 2023", "النصف الأول من
/// 2023", "الأشهر الستة الأولى من عام 2023". News reports half-year and quarter figures this way.
extension DateParser {
    /// Where a slice of a period lies: its first or last `count` units, or its first or second half (`unit` nil).
    struct PeriodSlice: Sendable {
        var fromEnd: Bool
        var unit: DateUnit?
        /// At most 1000 (`count(at:)`): 16 bits keep `DateMention` small.
        var count: Int16

        init(fromEnd: Bool, unit: DateUnit?, count: Int) {
            self.fromEnd = fromEnd
            self.unit = unit
            self.count = Int16(clamping: count)
        }
    }

    static let sliceFirst: Set<UInt64> = Set(
        ["first", "premiers", "premieres", "premiere", "الأول", "الأولى"].map(Keys.key))
    static let sliceLast: Set<UInt64> = Set(
        [
            "last", "final", "derniers", "dernieres", "derniere", "الأخير", "الأخيرة", "second", "seconde", "deuxieme",
            "الثاني", "الثانية",
        ].map(Keys.key))
    /// Words for "half" ("النصف" also reads as the fraction 1/2 elsewhere).
    static let halfWords: Set<UInt64> = Set(["half", "moitie", "النصف", "نصف"].map(Keys.key))
    static let sliceLinks: Set<UInt64> = Set(["of", "in", "de", "du", "d", "من", "في"].map(Keys.key))
    /// "second" opens a half ("the second half"), never a count of units ("the second 3 months").
    private static let secondWords: Set<UInt64> = Set(
        ["second", "seconde", "deuxieme", "الثاني", "الثانية"].map(Keys.key))
    /// Every side and half word, as a short array: scanning it is cheaper than hashing each word, and the test
    /// runs at every word that may open a date.
    static let sliceWords: [UInt64] = Array(sliceFirst.union(sliceLast).union(halfWords))

    private func hasSliceWord(from index: Int, end: Int) -> Bool {
        for position in index...min(index + 3, end - 1) {
            let token = tokens[position]
            for word in Self.sliceWords where word == token.key || word == token.full { return true }
        }
        return false
    }

    /// The side the word at `index` names: false for the first units ("first", "premiers", "الأولى"), true for
    /// the last ("last", "derniers", "الأخيرة"), nil for no side. "second" names a side only of a half.
    private func side(at index: Int, ofHalf: Bool) -> Bool? {
        let key = tokens[index].key
        if Self.sliceFirst.contains(key) { return false }
        guard Self.sliceLast.contains(key), ofHalf || !Self.secondWords.contains(key) else { return nil }
        return true
    }

    func periodSlice(at index: Int, end: Int) -> DateMention? {
        // A slice names its side within its first three words: most openers are not followed by one.
        guard index + 2 < end, tokens[index].isWord, hasSliceWord(from: index, end: end) else { return nil }
        var position = index
        var slice: PeriodSlice? = nil
        if !tokens[index].isArabic, let fromEnd = side(at: index, ofHalf: true) {
            // "first half of", "la première moitié de", "the last four months of"
            position += 1
            if Self.halfWords.contains(tokens[position].key) {
                slice = PeriodSlice(fromEnd: fromEnd, unit: nil, count: 1)
                position += 1
            } else if side(at: index, ofHalf: false) != nil, let counted = count(at: position, end: end),
                let found = unit(at: counted.end, end: end, years: false), !found.dual, found.unit != .decade
            {
                slice = PeriodSlice(fromEnd: fromEnd, unit: found.unit, count: counted.value)
                position = found.end
            }
        } else if Self.halfWords.contains(tokens[index].full), let fromEnd = side(at: index + 1, ofHalf: true) {
            // "النصف الأول من 2023", "النصف الثاني من العام الماضي"
            slice = PeriodSlice(fromEnd: fromEnd, unit: nil, count: 1)
            position += 2
        } else if let counted = count(at: index, end: end), counted.end + 1 < end,
            let fromEnd = side(at: counted.end, ofHalf: false),
            let found = unit(at: counted.end + 1, end: end, years: false), !found.dual, found.unit != .decade
        {
            // "six premiers mois de 2023"
            slice = PeriodSlice(fromEnd: fromEnd, unit: found.unit, count: counted.value)
            position = found.end
        } else if tokens[index].isArabic, let found = unit(at: index, end: end, years: false), !found.dual,
            let counted = count(at: found.end, end: end, agreeing: true), counted.end < end,
            let fromEnd = side(at: counted.end, ofHalf: false)
        {
            // "الأشهر الستة الأولى من عام 2023"
            slice = PeriodSlice(fromEnd: fromEnd, unit: found.unit, count: counted.value)
            position = counted.end + 1
        }
        guard let slice, position + 1 < end, Self.sliceLinks.contains(tokens[position].key) else { return nil }
        position += 1
        if position < end, Self.articles.contains(tokens[position].key) { position += 1 }
        guard var base = slicedBase(at: position, end: end) else { return nil }
        base.first = index
        base.slice = slice
        return base
    }

    /// The period a slice cuts: a year ("2023", "عام 2023"), a month, or a year or month relative to the anchor
    /// ("last year", "this month", "العام الماضي").
    private func slicedBase(at index: Int, end: Int) -> DateMention? {
        if let year = integer(at: index, end: end, in: 1900...2100), tokens[index].digits == 4 {
            var mention = DateMention(first: index)
            mention.year = year
            return mention
        }
        guard let found = parseOne(at: index, end: end), found.rangeEnd.isEmpty, found.part == nil,
            found.day == nil, found.weekday == nil, found.relativeDay == nil
        else { return nil }
        if let expression = found.expression {
            guard case .period(let unit, _) = expression, [.month, .quarter, .year].contains(unit) else { return nil }
        }
        return found
    }
}
