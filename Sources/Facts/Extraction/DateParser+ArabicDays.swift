import CrossCheckModel

/// Arabic days of the month in `readDayMonth`: a day in cardinal words before a month name ("واحد وعشرين مايو"),
/// a month by its ordinal after "الشهر" ("29 من الشهر الثامن"), and the count that only looks like a day ("قتل 23
/// الشهر الماضي").
extension DateParser {
    /// A day in Arabic cardinal words right before a month name: "واحد وعشرين مايو", "خمسة مارس".
    ///
    /// The month is looked for first: reading number words costs an allocation, and number words are common.
    func arabicCardinalDay(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard index < end, tokens[index].isWord, tokens[index].isArabic,
            (1...3).contains(where: { month(at: index + $0, end: end) != nil }),
            let words = dayInWords(at: index, end: end), month(at: words.last + 1, end: end) != nil
        else { return nil }
        return words
    }

    /// A day in Arabic words after a weekday, closing its clause: "خمسة عشر" in "عدت يوم الجمعة في خمسة عشر"
    /// ("الجمعة في خمسة مواقع" counts places).
    func arabicDayClosingClause(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard index < end, tokens[index].isWord, tokens[index].isArabic, lexicon.numbers.contains(text, at: index),
            let words = dayInWords(at: index, end: end), closesClause(after: words.last, end: end)
        else { return nil }
        return words
    }

    /// A month by its ordinal after the word for month: "الثامن" in "29 من الشهر الثامن".
    func ordinalMonth(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard let match = wordMatch(at: index, end: end), case .ordinal(let ordinal) = match.value, ordinal <= 12
        else { return nil }
        return (ordinal, match.end - 1)
    }

    /// True when the digits at `day` are a count before an Arabic relative month: "قتل 23 الشهر الماضي" counts
    /// people. A day takes a relative month after "من" ("23 من الشهر الماضي", read past `afterDay`), or after
    /// "يوم", "في" or the joiner of a range ("من 4 إلى 22 هذا الشهر").
    func countsBeforeRelativeMonth(_ day: Int, _ afterDay: Int, end: Int) -> Bool {
        tokens[day].isNumber && afterDay == day + 1 && afterDay < end && tokens[afterDay].isArabic
            && !(day > 0 && marksArabicDay(before: day))
    }

    /// True when the word before a day in digits says it is one: "يوم 23", "في 23", "إلى 22", "و 22".
    func marksArabicDay(before index: Int) -> Bool {
        let previous = tokens[index - 1]
        if previous.key == Self.dayKey || previous.key == Self.inWord { return true }
        guard let joiner = cue(at: index - 1, end: index), case .to = joiner.value else { return false }
        return true
    }
}
