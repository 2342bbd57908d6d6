import CrossCheckModel

/// Spans of days from a date: "for 3 days from today", "for a week starting tomorrow", "within 2 weeks",
/// "18th Dec for 10 days". The span runs from its first day for the count of units; its closing day is the first
/// day plus the count, as both corpora write it ("for 3 days from 23 May": 23 to 26 May).
extension DateParser {
    static let fromKey = Keys.key("from")
    static let afterKey = Keys.key("after")

    /// The count and unit after "for"/"within": "3 days", "a week".
    private func spanLength(at index: Int, end: Int) -> (unit: DateUnit, count: Int, end: Int)? {
        guard let number = count(at: index, end: end), let found = unit(at: number.end, end: end, years: true),
            !found.dual, found.unit != .decade
        else { return nil }
        return (found.unit, number.value, found.end)
    }

    /// "for 3 days from today", "within 2 weeks from today", "for a week starting tomorrow", "within 5 days".
    func duration(at index: Int, end: Int) -> DateMention? {
        guard tokens[index].isWord, !tokens[index].isArabic, let opener = cue(at: index, end: end),
            case .span(let alone) = opener.value
        else { return nil }
        var lengthAt = opener.end
        // "within the next 2 weeks", "within the upcoming 5 years": the span still starts today.
        if alone {
            lengthAt = skipThe(lengthAt, end: end)
            if let found = modifier(at: lengthAt, end: end), found.offset == 1 { lengthAt = found.end }
        }
        guard let length = spanLength(at: lengthAt, end: end) else { return nil }
        var position = length.end
        if position + 1 < end, Self.comma.contains(tokens[position].key) { position += 1 }
        var start: DateMention? = nil
        // "within 2 weeks after today": "after" says where the span starts, as "from" does.
        let fromWord = tokens[position < end ? position : index].key
        if position < end,
            fromWord == Self.fromKey || (alone && fromWord == Self.afterKey)
                || isStarting(at: position, end: end)
        {
            let after = cue(at: position, end: end)?.end ?? position + 1
            start = parseOne(at: fromWord == Self.fromKey || fromWord == Self.afterKey ? position + 1 : after, end: end)
        }
        var mention: DateMention
        if let start, start.rangeEnd.isEmpty, start.part == nil, start.expression?.isValue ?? true {
            mention = start
        } else if alone {
            mention = DateMention(first: index)
            mention.relativeDay = 0  // "within 5 days": from today
            mention.last = length.end - 1
        } else {
            return nil
        }
        mention.first = index
        mention.duration = (length.unit, length.count)
        return mention
    }

    /// "18th Dec for 10 days": a date followed by "for" and a count of units.
    func duration(after date: DateMention, end: Int) -> DateMention? {
        guard date.last + 1 < end, !tokens[date.last + 1].isArabic, date.rangeEnd.isEmpty, date.part == nil,
            date.duration == nil, date.expression?.isValue ?? true,
            let opener = cue(at: date.last + 1, end: end), case .span(alone: false) = opener.value,
            let length = spanLength(at: opener.end, end: end)
        else { return nil }
        var mention = date
        mention.last = length.end - 1
        mention.duration = (length.unit, length.count)
        return mention
    }

    private func isStarting(at index: Int, end: Int) -> Bool {
        guard let found = cue(at: index, end: end), case .starting = found.value else { return false }
        return true
    }
}
