/// Reads a figure with its hedge: a qualifier before the number, a range, or a plain number.
///
///     "أكثر من 2500"   → moreThan 2500
///     "بين 20 و30"     → range 20…30
///     "من 20 إلى 30"   → range 20…30 ("من 20" alone is just 20)
///     "20 to 30"       → range 20…30
///     "20%"            → a share, flagged `isPercent`
struct QuantityParser {
    let reader: NumberReader

    private var text: TokenizedText { reader.text }
    private var lexicon: Lexicon { reader.lexicon }

    private static let articles: Set<UInt64> = Set(["a", "an"].map(Keys.key))

    /// The quantity that starts at token `index`, or nil.
    func parse(at index: Int, end: Int) -> Quantity? {
        var position = index
        var qualifier = Qualifier.exact
        var opener: Bool? = nil
        if let match = lexicon.qualifiersBefore.match(text, at: position) {
            qualifier = match.value
            position = match.end
            position = skippingArticle(at: position, end: end)
        } else if let match = lexicon.rangeOpeners.match(text, at: position) {
            opener = match.value
            position = match.end
        }
        guard let number = reader.read(at: position, end: end) else {
            // "حتى" and "من" are ordinary words more often than hedges: only a number after them makes a quantity.
            return nil
        }
        var quantity = Quantity(
            first: qualifier == .exact ? number.first : index, last: number.last, numberFirst: number.first,
            value: number.value, qualifier: number.vague == nil ? qualifier : .vague, vague: number.vague)
        if number.vague == nil, qualifier == .exact,
            let high = readRangeEnd(after: number.last, end: end, opener: opener)
        {
            if high.value > number.value {
                quantity.first = index
                quantity.high = high.value
                quantity.last = high.last
                quantity.qualifier = .range
            }
        }
        if quantity.last + 1 < end, lexicon.percent.contains(text, at: quantity.last + 1) { quantity.isPercent = true }
        quantity.isOrdinal = number.isOrdinal
        quantity.isFraction = number.isFraction
        if number.first > 0, text.tokens[number.first - 1].key == Keys.article,
            text.tokens[number.first - 1].sentence == text.tokens[number.first].sentence
        {
            quantity.isOrdinal = true
        }
        return quantity
    }

    /// "more than a dozen", "about a hundred": the index past the article before a number word, or `index`.
    private func skippingArticle(at index: Int, end: Int) -> Int {
        guard index + 1 < end, !text.tokens[index].isArabic, Self.articles.contains(text.tokens[index].key),
            reader.read(at: index + 1, end: end) != nil
        else { return index }
        return index + 1
    }

    /// The second number of a range ("و30", "إلى 30", "to 30", "-30") that fits the opener, if any.
    private func readRangeEnd(after last: Int, end: Int, opener: Bool?) -> NumberReader.Result? {
        let next = last + 1
        guard next < end else { return nil }
        if let joiner = lexicon.rangeJoiners.match(text, at: next, clitics: false) {
            // "و"/"and"/"et" join a range only after "بين"/"between"/"entre"; "إلى"/"to"/"-" need no opener.
            if joiner.value && opener != true { return nil }
            if !joiner.value && opener == true { return nil }
            return reader.read(at: joiner.end, end: end)
        }
        if opener == true, text.tokens[next].clitic == .wa {
            return reader.read(at: next, end: end)
        }
        return nil
    }
}
