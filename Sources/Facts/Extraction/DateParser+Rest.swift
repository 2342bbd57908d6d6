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
        guard tokens[position].key == Self.dateKey, !isSuperlative(before: index) else { return nil }
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

    /// "the club's best year to date": a superlative before the unit ranks it among others.
    private func isSuperlative(before index: Int) -> Bool {
        guard index > 0, tokens[index - 1].isWord, !tokens[index - 1].isArabic else { return false }
        let token = tokens[index - 1]
        if Self.superlatives.contains(token.key) { return true }
        guard token.end - token.start > 4 else { return false }
        let scalars = text.scalars
        return scalars[token.end - 3] == "e" && scalars[token.end - 2] == "s" && scalars[token.end - 1] == "t"
    }

    /// True when a four-digit year stands earlier in the sentence ("arrested in March 2019 and died later in the
    /// year").
    private func namesYear(before index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var position = index - 1
        while position >= 0, tokens[position].sentence == sentence {
            if tokens[position].digits == 4, integer(at: position, end: index, in: 1900...2100) != nil { return true }
            position -= 1
        }
        return false
    }

    static let superlatives: Set<UInt64> = Set(["best", "worst", "most", "least", "first"].map(Keys.key))

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
        // "arrested in March 2019 and died later in the year": the year is the one the sentence named.
        if latter, unit == .year, namesYear(before: index) { return nil }
        return made(index, last, latter ? .latter(unit) : .rest(unit))
    }
}
