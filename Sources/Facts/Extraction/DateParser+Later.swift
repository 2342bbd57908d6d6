import CrossCheckModel

/// "لاحقا في هذا الأسبوع", "في وقت لاحق من هذا الشهر" (later this week, later this month): the days after the
/// anchor to the end of the current period, a phrase of news announcements.
extension DateParser {
    static let laterWords: Set<UInt64> = Set(["لاحقا", "لاحق"].map(Keys.key))
    static let laterLinks: Set<UInt64> = Set(["في", "من"].map(Keys.key))
    static let timeKey = Keys.key("وقت")

    /// The first token of "لاحقا", "لاحقا في" or "في وقت لاحق من" right before the period at `index`, or nil.
    ///
    /// The words are read backwards from the period: "لاحقا" is in no date table, so no date opens at it.
    func laterOpening(before index: Int) -> Int? {
        let sentence = tokens[index].sentence
        var position = index - 1
        if position >= 0, tokens[position].sentence == sentence, Self.laterLinks.contains(tokens[position].key) {
            position -= 1
        }
        guard position >= 0, tokens[position].sentence == sentence, Self.laterWords.contains(tokens[position].full)
        else { return nil }
        if position >= 2, tokens[position - 1].full == Self.timeKey, tokens[position - 2].key == Self.inWord,
            tokens[position - 2].sentence == sentence
        {
            return position - 2  // "في وقت لاحق من هذا الأسبوع"
        }
        return position
    }
}
