import CrossCheckModel

/// Two weekdays of a relative week ("الأسبوع المقبل بين الأربعاء والجمعة", "هذا الأسبوع من الأربعاء إلى الجمعة"),
/// and the joiner that closes an interval, Arabic "و" written onto the closing word included ("بين الأربعاء
/// والجمعة").
extension DateParser {
    /// The first token of an interval's closing end after `last`, or nil when no joiner follows.
    ///
    /// "to", "إلى", "au" always join; "and", "et" and "و" only after "between" ("بين 3 و5 مارس"), and Arabic
    /// writes "و" onto the next word ("بين الأربعاء والجمعة"), so there the closing end starts at that word.
    func rangeJoiner(after last: Int, end: Int, between: Bool, pairing left: DateMention? = nil) -> Int? {
        let next = last + 1
        guard next < end else { return nil }
        if let joiner = cue(at: next, end: end), case .to = joiner.value,
            between || !Self.pairWords.contains(tokens[next].key)
                || left.map({ isFrenchDayPair($0, joiner.end, end) }) == true
        {
            return skipThe(joiner.end, end: end)
        }
        if between, tokens[next].isArabic, tokens[next].clitic == .wa { return next }
        return nil
    }

    static let definiteTomorrow = Keys.key("الغد")

    /// "between Jan 22 and now", "du 1er mars à maintenant", "till current date", "from March to date": the present
    /// closing an interval is today. Alone "now" dates nothing.
    func nowAfterJoiner(at index: Int, end: Int) -> DateMention? {
        // "from March to date": "date" after "to" is today.
        guard index < end,
            Self.nowWords.contains(tokens[index].key)
                || (index + 1 < end && tokens[index].key == Self.ceKey && tokens[index + 1].key == Self.jourKey)
                || (index > 0 && tokens[index].key == Self.dateKey && tokens[index - 1].key == Self.toKey)
        else { return nil }
        var mention = DateMention(first: index)
        mention.relativeDay = 0
        if index + 1 < end, tokens[index].key == Self.currentKey, tokens[index + 1].key == Self.dateKey {
            mention.last = index + 1
        } else if index + 1 < end, tokens[index].key == Self.ceKey, tokens[index + 1].key == Self.jourKey {
            mention.last = index + 1  // "de mars à ce jour"
        } else if tokens[index].key == Self.currentKey {
            return nil
        }
        return mention
    }

    static let nowWords: Set<UInt64> = Set(["now", "present", "maintenant", "الآن", "current"].map(Keys.key))
    static let currentKey = Keys.key("current")
    static let ceKey = Keys.key("ce")
    static let jourKey = Keys.key("jour")
    static let dateKey = Keys.key("date")

    /// "الغد" closing an interval ("اليوم حتى الغد"). Alone it is too often a name ("حزب الغد", "صحيفة الغد") to
    /// be read as tomorrow.
    func tomorrowAfterJoiner(at index: Int, end: Int) -> DateMention? {
        guard index < end, tokens[index].full == Self.definiteTomorrow else { return nil }
        var mention = DateMention(first: index)
        mention.relativeDay = 1
        return mention
    }

    /// "شهر نوفمبر بين 19 و 20": two days of a month named before them, after "between".
    func daysBetween(after month: DateMention, end: Int) -> DateMention? {
        let position = month.last + 1
        guard month.month != nil, month.day == nil, month.weekday == nil, month.expression == nil,
            month.rangeEnd.isEmpty, position + 1 < end, Self.betweenWords.contains(tokens[position].key),
            let from = integer(at: position + 1, end: end, in: 1...31),
            let joiner = rangeJoiner(after: position + 1, end: end, between: true),
            let to = integer(at: joiner, end: end, in: 1...31), from < to
        else { return nil }
        var left = month
        left.day = from
        left.last = joiner
        var right = DateMention(first: joiner)
        (right.day, right.month, right.year) = (to, month.month, month.year)
        left.rangeEnd = [right]
        return left
    }

    /// "بين الأربعاء والجمعة", "من الأربعاء إلى الجمعة", "entre mercredi et vendredi", "from Wednesday to Friday"
    /// right after a relative week (ending at `last`): those two weekdays of that week, as one interval.
    func weekdaysOfWeek(after last: Int, offset: Int, end: Int) -> DateMention? {
        var position = last + 1
        if position < end, tokens[position].key == Self.minKey { position += 1 }  // "من" opens no range by itself
        guard position < end, let range = parse(at: position, end: end), let right = range.rangeEnd.first,
            let from = range.weekday, let to = right.weekday, range.day == nil, right.day == nil,
            range.month == nil, right.month == nil, range.expression == nil, right.expression == nil,
            range.relativeDay == nil, right.relativeDay == nil
        else { return nil }
        var left = made(last + 1, range.last, .weekdayOfWeek(from, offset: offset))
        left.rangeEnd = [made(right.first, right.last, .weekdayOfWeek(to, offset: offset))]
        return left
    }
}
