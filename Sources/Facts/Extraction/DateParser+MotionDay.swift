import CrossCheckModel

/// A bare day of the month after a verb of going or returning: "سأعود في 15", "عدت إلى 27.", "عدت للثاني",
/// "عدت في الثاني والعشرين!".
///
/// Arabic leaves out "يوم" and the month when the day is that of the current month. A bare number after a
/// preposition is a count in news ("ارتفع عدد القتلى إلى 27"), so the day is read only right after a verb of
/// `MotionVerbs` and when nothing but punctuation follows it in its sentence. The day is that of the publication
/// month, as the month left out is. A count of units after the verb and "في" is when one goes ("سأخرج في 3 أشهر").
extension DateParser {
    static let motionVerbs: Set<UInt64> = Set(MotionVerbs.all.map(Keys.key))
    static let dayPrepositions: Set<UInt64> = Set(["في", "إلى", "الى", "حتى"].map(Keys.key))

    /// The day mention that starts at `index` (a preposition, or a day word with "ل" attached), or nil.
    func dayAfterMotionVerb(at index: Int, end: Int) -> DateMention? {
        guard index > 0, tokens[index - 1].sentence == tokens[index].sentence, tokens[index - 1].isWord,
            Self.motionVerbs.contains(tokens[index - 1].full)
        else { return nil }
        var position = index
        if tokens[index].key == Self.inWord, tokens[index].clitic == .none,
            let found = steps(at: index + 1, end: end, countOptional: false),
            tokens[index + 1].isNumber
                || tokens[index + 1].isWord
        {
            // "سأخرج في 3 أسابيع": when one goes, counted from the publication date.
            return made(index, found.end - 1, .shift(found.steps))
        }
        if Self.dayPrepositions.contains(tokens[index].key), tokens[index].clitic == .none {
            position += 1
        } else if !tokens[index].isWord || tokens[index].clitic == .none || tokens[index].clitic == .wa
            || text.scalars[tokens[index].start] != "ل"
        {
            return nil  // only "للثاني" carries its preposition
        }
        guard position < end else { return nil }
        var day: Int
        var last: Int
        if position > index, let number = integer(at: position, end: end, in: 1...31), tokens[position].digits <= 2 {
            (day, last) = (number, position)
        } else if let words = arabicOrdinalDay(at: position, end: end) {
            (day, last) = (words.value, words.last)
        } else {
            return nil
        }
        guard closesClause(after: last, end: end) else { return nil }
        var mention = DateMention(first: index)
        mention.day = day
        mention.relativeMonth = 0  // "عدت للثاني" on the 7th is the 2nd of this month
        mention.last = last
        mention.isMarkedDay = true
        return mention
    }

    /// An ordinal day in Arabic words, read by the number reader so that "للثاني" and "للحادية والثلاثين" (the
    /// article after "ل") are read like "الثاني".
    func arabicOrdinalDay(at index: Int, end: Int) -> (value: Int, last: Int)? {
        guard index < end, tokens[index].isArabic else { return nil }
        return dayInWords(at: index, end: end, ordinal: true)
    }

    /// True when nothing but a closing mark follows `index` in its sentence: "27", "27.", "27!", "27،".
    func closesClause(after index: Int, end: Int) -> Bool {
        let next = index + 1
        guard next < end else { return true }
        let token = tokens[next]
        guard token.isPunctuation, !Self.dashes.contains(token.key), token.key != Keys.point || next + 1 >= end
        else { return false }
        return true
    }
}
