import CrossCheckModel

/// Months and years relative to the publication date ("الشهر الماضي", "l'année dernière"), and the year after a
/// day and month or after a cue ("عام 1967", "in 2014"): split from `DateParser.swift` to keep each file short.
extension DateParser {
    static let inWord = Keys.key("في")
    static let inWords: Set<UInt64> = Set(["في", "in", "en"].map(Keys.key))
    /// Words that follow the modal "may" ("this may be", "this may not", "this may help").
    static let afterModal: Set<UInt64> = Set(
        [
            "be", "have", "not", "also", "well", "mean", "prove", "help", "need", "seem", "take", "cause", "lead",
            "become", "get", "come", "go", "make", "offer", "provide", "include", "require", "affect", "change",
            "give", "bring", "allow", "result", "soon", "still", "never", "only", "already", "even", "just", "explain",
        ].map(Keys.key))
    static let dashes: Set<UInt64> = Set(["-", "/"].map(Keys.key))
    static let elided = Keys.key("d")
    static let elidedArticle = Keys.key("l")
    static let monthPrepositions: Set<UInt64> = Set(
        ["في", "خلال", "منذ", "in", "during", "since", "en", "depuis", "dans"].map(Keys.key))

    /// "الشهر الماضي", "العام الجاري", "هذا العام", "last month", "l'année dernière": a month or a year relative to
    /// the publication date, with exactly one modifier before or after the period word.
    func relativePeriod(at index: Int, end: Int, prefix: Int?) -> (
        grain: DateFact.Grain, offset: Int, last: Int
    )? {
        guard index < end, tokens[index].isWord else { return nil }
        let grain: DateFact.Grain
        if case .monthWord = word(at: index, end: end) {
            grain = .month
        } else if Self.yearWords.contains(tokens[index].key) || Self.yearWords.contains(tokens[index].full) {
            // "الأمين العام السابق" is the former secretary-general: after a definite noun "العام" means "general".
            if index > 0, tokens[index].isArabic, tokens[index - 1].isArabic,
                tokens[index - 1].sentence == tokens[index].sentence,
                tokens[index - 1].end - tokens[index - 1].start > 3,
                text.scalars[tokens[index - 1].start] == "ا", text.scalars[tokens[index - 1].start + 1] == "ل"
            {
                return nil
            }
            grain = .year
        } else {
            return nil
        }
        var offset: Int? = nil
        var last = index
        if let match = wordMatch(at: index + 1, end: end) {
            switch match.value {
            case .last: offset = -1
            case .next: offset = 1
            case .current: offset = 0
            default: break
            }
            if offset != nil { last = match.end - 1 }
        }
        if offset == nil { offset = prefix } else if prefix != nil { return nil }
        guard let offset else { return nil }
        return (grain, offset, last)
    }

    /// "الشهر الجاري", "this month", "last month" after a day: the month relative to the publication date.
    func relativeMonth(at index: Int, end: Int) -> (offset: Int, last: Int)? {
        var position = index
        // "the 20th of the previous month", "du 4-23 le mois prochain"
        if position < end, tokens[position].key == Keys.the || tokens[position].key == Self.leKey { position += 1 }
        var offset: Int? = nil
        if let found = modifier(at: position, end: end) {
            offset = found.offset
            position = found.end
        }
        guard let match = wordMatch(at: position, end: end), case .monthWord = match.value else { return nil }
        if offset == nil, let found = modifier(at: match.end, end: end) {
            return (found.offset, found.end - 1)
        }
        guard let offset else { return nil }
        return (offset, match.end - 1)
    }

    /// The year or modifier after a day and month: ", 2023", "1967", "1445 هـ", "الجاري", "الماضي".
    func readYear(at index: Int, end: Int, into mention: inout DateMention) {
        guard mention.year == nil else { return }
        var position = index
        if position < end, Self.comma.contains(tokens[position].key) { position += 1 }
        // "Dec/2018": a slash between a month name and its year.
        if mention.month != nil, mention.day == nil, position > 0, position + 1 < end,
            tokens[position].key == Keys.slash, tokens[position].start == tokens[position - 1].end,
            tokens[position + 1].digits == 4, tokens[position + 1].start == tokens[position].end
        {
            position += 1
        }
        // "من عام 2014", "لعام 2014", "in the year 2014"
        if position < end, Self.links.contains(tokens[position].key) || tokens[position].key == Self.inWord {
            if case .yearCue = word(at: position + 1, end: end) {
                position += 1
            } else if position + 2 < end, tokens[position + 1].key == Self.elidedArticle,
                case .yearCue = word(at: position + 2, end: end)
            {
                position += 2  // "nov. de l'année 2016"
            } else if mention.month != nil, !tokens[position].isArabic, position + 1 < end,
                tokens[position + 1].digits == 4, integer(at: position + 1, end: end, in: 1000...2100) != nil
            {
                position += 1  // "july 4th of 1995", "le 4 juillet de 1995"
            }
        }
        if case .yearCue = word(at: position, end: end), integer(at: position + 1, end: end, in: 1000...2100) != nil {
            position += 1
        }
        let isHijri = mention.month?.isHijri ?? false
        // "31-Oct-74", "1-Jan-2015": a dashed year after a written month, two digits read as 1950–2049.
        if mention.day != nil, position > 0, position + 1 < end, tokens[position - 1].isWord,
            tokens[position].isPunctuation,
            Self.dashes.contains(tokens[position].key), tokens[position + 1].start == tokens[position].end,
            let year = integer(at: position + 1, end: end, in: 0...2100),
            tokens[position + 1].digits == 2 || tokens[position + 1].digits == 4
        {
            mention.year = tokens[position + 1].digits == 2 ? Self.century(year) : year
            mention.last = position + 1
            return
        }
        // A written-out day and month take any four-digit year ("5 December 1391"); a month alone needs 1900–2100.
        let years =
            isHijri
            ? 1300...2100 : mention.day != nil && tokens[min(position, end - 1)].digits == 4 ? 1000...2100 : 1900...2100
        if let year = integer(at: position, end: end, in: years) {
            mention.year = year
            mention.last = position
            if let match = wordMatch(at: position + 1, end: end), case .hijriEra = match.value {
                mention.last = match.end - 1
            }
            return
        }
        // "June of nineteen ninety nine", "September 10, nineteen zero one": a year said in two pairs of digits.
        let spokenAt = position < end && Self.links.contains(tokens[position].key) ? position + 1 : position
        // "They left in October two thousand and returned": a conjunction may follow.
        if mention.month != nil, let words = spokenYear(at: spokenAt, end: end) ?? yearInWords(at: spokenAt, end: end),
            words.last + 1 >= end || tokens[words.last + 1].isPunctuation
                || Self.afterYearWords.contains(tokens[words.last + 1].key)
        {
            mention.year = words.value
            mention.last = words.last
            return
        }
        // "10 فبراير ، ألفان وثمانية عشر": a year in words ending the sentence.
        if mention.month != nil, let words = yearInWords(at: position, end: end),
            words.last + 1 >= end || tokens[words.last + 1].isPunctuation
        {
            mention.year = words.value
            mention.last = words.last
            return
        }
        // "April of 87", "15 April of 87": a two-digit year after "of", closing the clause.
        if mention.month != nil, position == index, position + 1 < end, Self.links.contains(tokens[position].key),
            !tokens[position].isArabic, let year = integer(at: position + 1, end: end, in: 0...99),
            tokens[position + 1].digits == 2, closesClause(after: position + 1, end: end)
        {
            mention.year = Self.century(year)
            mention.last = position + 1
            return
        }
        // "14th April 15": a two-digit year after a written day and month, ending the sentence.
        if mention.day != nil, position == index, position > 0, tokens[position - 1].isWord,
            let year = integer(at: position, end: end, in: 0...99), tokens[position].digits == 2,
            closesClause(after: position, end: end)
        {
            mention.year = Self.century(year)
            mention.last = position
            return
        }
        // "March after next": the month a year after the next one.
        if mention.day == nil, mention.month != nil, let found = cue(at: index, end: end),
            case .afterNext = found.value
        {
            mention.modifier = 2
            mention.last = found.end - 1
            return
        }
        if mention.month != nil, let relative = relativeYear(at: index, end: end) {
            mention.yearOffset = relative.offset  // "juin de l'année prochaine"
            if relative.offset == 0 { mention.modifier = 0 }  // "septembre de cette année"
            mention.last = relative.last
            return
        }
        if let match = wordMatch(at: index, end: end) {
            switch match.value {
            case .last: mention.modifier = -1
            case .next: mention.modifier = 1
            case .current: mention.modifier = 0
            default: return
            }
            mention.last = match.end - 1
        }
        if mention.day == nil && mention.modifier == nil && !mention.monthCue, mention.month?.needsDay ?? false {
            mention.month = nil
        }
        // "this may be a great opportunity": "may" with a modifier is the verb before what follows a modal ("this
        // May saw" is the month).
        if mention.day == nil, mention.year == nil, mention.modifier != nil, mention.month?.needsDay ?? false,
            mention.last + 1 < end, Self.afterModal.contains(tokens[mention.last + 1].key)
        {
            mention.month = nil
        }
        if mention.day == nil && mention.modifier == nil && mention.year == nil && !mention.monthCue {
            if tokens[mention.first].isCapitalized
                && (isWholeSentence(mention.first, mention.last) || isNamedMonth(mention.first, mention.last))
            {
                mention.monthCue = true  // "March" as a whole headline, "Je serai Juillet"
            } else {
                mention.month = nil
            }
        }
    }

    /// A capitalized full month name inside a sentence, between words that are not capitalized: "I'll be out
    /// September", "Je serai Juillet", "Je serai Mai" (French writes months in lower case), not "Women's March",
    /// "June Carter", "Mai Khoi" or the planet Mars.
    private func isNamedMonth(_ first: Int, _ last: Int) -> Bool {
        guard first > 0, tokens[first - 1].sentence == tokens[first].sentence, tokens[first - 1].isWord,
            !tokens[first - 1].isCapitalized, !tokens[first].isArabic
        else { return false }
        if let month = lexicon.months.match(text, at: first)?.value,
            month.needsDay || month.month == 3
        {
            return false
        }
        return last + 1 >= tokens.count || tokens[last + 1].sentence != tokens[first].sentence
            || !tokens[last + 1].isCapitalized
    }

    /// True when a number in words of a thousand or more starts at `index`: "ألفين", "two thousand".
    private func opensThousands(at index: Int, end: Int) -> Bool {
        guard index < end, tokens[index].isWord, let first = lexicon.numbers.match(text, at: index) else {
            return false
        }
        if first.value.value >= 1000 { return true }
        guard first.end < end, tokens[first.end].isWord else { return false }
        return (lexicon.numbers.match(text, at: first.end)?.value.value ?? 0) >= 1000
    }

    /// A four-digit year after a cue: "عام 1967", "سنة 2014", "in 2014", "حرب 1967", "منذ 1948".
    func readYearAlone(at index: Int, end: Int, into mention: inout DateMention) -> Bool {
        guard mention.relativeDay == nil, mention.weekday == nil, let match = wordMatch(at: index, end: end) else {
            return false
        }
        // "en 2016-11" is a month in digits, read from the number.
        if numericDate(at: match.end, end: end) != nil { return false }
        switch match.value {
        case .yearCue: break
        case .historical: mention.historicalCue = true
        default: return false
        }
        // "in 14 a.d.", "in 300 AD": any year of the common era with its era word, dotted or capitalized ("in 5 ad
        // breaks" counts adverts).
        if let year = integer(at: match.end, end: end, in: 1...2100), match.end + 1 < end,
            !tokens[match.end + 1].isArabic, case .commonEra = word(at: match.end + 1, end: end),
            tokens[match.end + 1].isCapitalized || match.end + 2 < end && tokens[match.end + 2].key == Keys.point
        {
            mention.year = year
            mention.last = (wordMatch(at: match.end + 1, end: end)?.end ?? match.end + 2) - 1
            return true
        }
        if let year = integer(at: match.end, end: end, in: 1900...2100), tokens[match.end].digits == 4 {
            mention.year = year
            mention.last = match.end
            // "in 2017 april": a full month name after the year.
            // "In 2017 April Ryan asked": not before a name.
            if !tokens[match.end].isArabic, let found = month(at: match.end + 1, end: end), !found.value.needsDay,
                !found.value.isHijri,
                found.end >= end || !tokens[found.end].isCapitalized || word(at: found.end, end: end) != nil
            {
                mention.month = found.value
                mention.last = found.end - 1
            }
            return true
        }
        // "in nineteen twenty eight": a year said in two pairs of digits after a year cue.
        if let words = spokenYear(at: match.end, end: end) {
            mention.year = words.value
            mention.last = words.last
            return true
        }
        // "عام ألفين وعشرين", "the year two thousand ten": words after the word for year; after "في", "in" or "en" only when
        // the year closes its clause and takes more than one word ("في ألف وسبعمائة وتسعة وثمانين").
        // The thousands word is checked first: reading words costs an allocation, and "في" opens many counts.
        let afterIn = Self.inWords.contains(tokens[index].key) && opensThousands(at: match.end, end: end)
        if Self.yearWords.contains(tokens[index].key) || afterIn, let words = yearInWords(at: match.end, end: end),
            !afterIn || (words.last > match.end && closesClause(after: words.last, end: end))
        {
            mention.year = words.value
            mention.last = words.last
            return true
        }
        // "عام 247": three digits are a year only right after the Arabic word for year, closing its clause.
        if tokens[index].isArabic, Self.yearWords.contains(tokens[index].key),
            let year = integer(at: match.end, end: end, in: 100...999), closesClause(after: match.end, end: end)
        {
            mention.year = year
            mention.last = match.end
            return true
        }
        mention.historicalCue = false
        return false
    }
}
