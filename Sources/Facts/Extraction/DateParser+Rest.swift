import CrossCheckModel

/// The rest of a period: from the anchor day to the last day of its week, month or year; and the part of it
/// that has passed ("year to date").
extension DateParser {
    static let toKey = Keys.key("to")

    /// "year to date", "month-to-date": the first day of the anchor's year or month to the anchor.
    func toDate(at index: Int, end: Int) -> DateMention? {
        guard index + 2 < end, tokens[index + 1].key == Self.toKey || tokens[index + 2].key == Self.toKey,
            let found = unit(at: index, end: end, years: true), !found.dual,
            [.week, .month, .quarter, .year].contains(found.unit)
        else { return nil }
        var position = found.end
        if position < end, tokens[position].key == Keys.dash { position += 1 }
        guard position + 1 < end, tokens[position].key == Self.toKey else { return nil }
        position += 1
        if tokens[position].key == Keys.dash, position + 1 < end { position += 1 }
        guard tokens[position].key == Self.dateKey else { return nil }
        return made(index, position, .toDate(found.unit))
    }

    /// Words between "rest of" and its unit: "the rest of my week", "le reste de la semaine", "la reste semaine".
    static let restFillers: Set<UInt64> = Set(
        ["the", "my", "of", "la", "le", "l", "ma", "mon", "de", "du", "d"].map(Keys.key))
    /// A unit with an Arabic possessive: "بقية أسبوعي" (the rest of my week). Only after "بقية": "أسبوعي" alone is
    /// also "weekly".
    static let possessiveUnits: [UInt64: DateUnit] = [
        Keys.key("أسبوعي"): .week, Keys.key("شهري"): .month, Keys.key("عامي"): .year,
    ]

    /// "the rest of the week", "rest of current week", "rest this week", "le reste de l'année", "le reste de la
    /// semaine en cours", "بقية هذا الأسبوع": today to the end of the anchor's week, month or year. "later this
    /// week", "later in the year": its latter half.
    func rest(at index: Int, end: Int) -> DateMention? {
        guard let match = cue(at: index, end: end) else { return nil }
        let latter: Bool
        switch match.value {
        case .rest: latter = false
        case .latter: latter = true
        default: return nil
        }
        var position = match.end
        while position < end, Self.restFillers.contains(tokens[position].key) { position += 1 }
        if let found = modifier(at: position, end: end), found.offset == 0 { position = found.end }
        let unit: DateUnit
        var last: Int
        if position < end, let own = Self.possessiveUnits[tokens[position].key] {
            (unit, last) = (own, position)
        } else if let found = self.unit(at: position, end: end, years: true), !found.dual,
            [.week, .month, .year].contains(found.unit), !Self.plurals.contains(tokens[position].key)
        {
            (unit, last) = (found.unit, found.end - 1)
        } else {
            return nil
        }
        // "le reste de la semaine en cours", "rest of the week current"
        if let found = modifier(at: last + 1, end: end), found.offset == 0 { last = found.end - 1 }
        return made(index, last, latter ? .latter(unit) : .rest(unit))
    }
}
