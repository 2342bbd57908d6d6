import CrossCheckModel

/// A year with an open end after it: "2012 أو بعده" (2012 or later), "2012 أو قبله".
extension DateParser {
    static let orKeys: Set<UInt64> = Set(OpenEnds.or.map(Keys.key))
    static let openEnds: Set<UInt64> = Set(OpenEnds.all.map(Keys.key))

    /// The year at `index` when "أو بعده" or "أو قبله" follows it, or nil.
    func yearOrLater(at index: Int, end: Int) -> DateMention? {
        guard let year = integer(at: index, end: end, in: 1000...2100), tokens[index].digits == 4, index + 2 < end,
            Self.orKeys.contains(tokens[index + 1].key), Self.openEnds.contains(tokens[index + 2].full)
        else { return nil }
        var mention = DateMention(first: index)
        mention.year = year
        mention.last = index + 2
        return mention
    }
}
