import Facts

extension GroupComparator {
    /// The unit of a row where one source says a number of people are held and another that they were freed.
    public static let custodyUnit = "(held vs freed)"

    /// Whether a sentence tells of people taken into custody or let out of it.
    enum Custody {
        case held
        case freed

        /// Word parts after folding hamza on alef and lowercasing ASCII: "اعتقلت", "الإفراج عن", "released".
        static let heldCues = ["عتقل", "عتقال", "حتجز", "حتجاز", "arrest", "detain"]
        static let freedCues = ["فرج عن", "فراج عن", "سراح", "releas", "freed", "libere"]
        /// Unit keys (`UnitWord.key`) of durations: "held for 8 years" counts time, not people.
        static let durationUnits: Set<String> = [
            "سنو", "سنه", "سنين", "عام", "اعوام", "يوم", "ايام", "شهر", "اشهر", "شهور", "ساعه", "ساع", "اسبوع",
            "اسابيع", "دقيقه", "دقائق", "year", "day", "month", "hour", "week", "minute", "an", "jour", "moi", "heure",
        ]

        /// The sentence's custody when it names one and not the other ("arrested 9 and released 4" names both: nil).
        init?(sentence: String) {
            var folded = String.UnicodeScalarView()
            for scalar in sentence.unicodeScalars {
                switch scalar.value {
                case 0x0623, 0x0625, 0x0622: folded.append("ا")
                case 0x0041...0x005A: folded.append(Unicode.Scalar(scalar.value + 32)!)
                case 0x00E9: folded.append("e")
                default: folded.append(scalar)
                }
            }
            let text = Array(folded)
            let held = Self.heldCues.contains { Self.contains(text, $0) }
            let freed = Self.freedCues.contains { Self.contains(text, $0) }
            switch (held, freed) {
            case (true, false): self = .held
            case (false, true): self = .freed
            default: return nil
            }
        }

        static func contains(_ text: [Unicode.Scalar], _ cue: String) -> Bool {
            let needle = Array(cue.unicodeScalars)
            guard text.count >= needle.count else { return false }
            for start in 0...(text.count - needle.count) where text[start] == needle[0] {
                if text[start..<(start + needle.count)].elementsEqual(needle) { return true }
            }
            return false
        }
    }

    /// A conflict row when one source has people held and another the same number freed.
    ///
    /// "السعودية تعتقل 7 ناشطين" and "السعودية تفرج عن 7 ناشطين" give the same figure and contradict each other:
    /// the number agrees, the people's fate does not. Only numbers whose sentence names one custody count, so a
    /// sentence that tells of both ("arrested 9 and released 4") is left out, and so is a release reported after the
    /// arrest.
    static func custodyRows(for sources: [SourceFacts]) -> [QuantityRow] {
        var held: [(source: Int, number: NumberMention)] = []
        var freed: [(source: Int, number: NumberMention)] = []
        for (index, source) in sources.enumerated() {
            for number in source.facts.numbers
            where !number.isOrdinal && !isYearLike(number.value)
                && !Custody.durationUnits.contains(UnitWord.key(of: number))
            {
                switch Custody(sentence: number.evidence.sentence) {
                case .held: held.append((index, number))
                case .freed: freed.append((index, number))
                case nil: break
                }
            }
        }
        // Freed in a later report than the one that had them held is news, not a contradiction.
        let clashing = held.filter { item in
            freed.contains { other in
                guard other.source != item.source, sameValue(other.number.value, item.number.value) else {
                    return false
                }
                guard let heldDay = sources[item.source].published, let freedDay = sources[other.source].published
                else { return true }
                return freedDay <= heldDay
            }
        }
        guard !clashing.isEmpty else { return [] }
        let values = clashing.map(\.number.value)
        var byIndex: [Int: [NumberMention]] = [:]
        for item in held + freed where values.contains(where: { sameValue($0, item.number.value) }) {
            byIndex[item.source, default: []].append(item.number)
        }
        let entries = byIndex.keys.sorted().map { index in
            let source = sources[index]
            return QuantityEntry(
                articleID: source.articleID, outlet: source.outlet, published: source.published,
                numbers: byIndex[index] ?? [])
        }
        return [QuantityRow(unit: custodyUnit, verdict: .conflict, entries: entries)]
    }
}
