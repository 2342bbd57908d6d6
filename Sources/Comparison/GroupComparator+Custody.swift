import Facts

extension GroupComparator {
    /// The unit of a row where one source says a number of people are held and another that they were freed.
    public static let custodyUnit = "(held vs freed)"

    /// Whether a sentence tells of people taken into custody or let out of it.
    enum Custody {
        case held
        case freed

        /// Word parts after folding hamza on alef and lowercasing ASCII: "اعتقلت", "الإفراج عن", "released".
        static let heldCues = ["عتقل", "عتقال", "حتجز", "حتجاز", "arrest", "detain"].map { Array($0.utf8) }
        static let freedCues = ["فرج عن", "فراج عن", "سراح", "releas", "freed", "libere"].map { Array($0.utf8) }
        /// Unit keys (`UnitWord.key`) of durations: "held for 8 years" counts time, not people.
        static let durationUnits: Set<String> = [
            "سنو", "سنه", "سنين", "عام", "اعوام", "يوم", "ايام", "شهر", "اشهر", "شهور", "ساعه", "ساع", "اسبوع",
            "اسابيع", "دقيقه", "دقائق", "year", "day", "month", "hour", "week", "minute", "an", "jour", "moi", "heure",
        ]

        /// The sentence's custody when it names one and not the other ("arrested 9 and released 4" names both: nil).
        ///
        /// Matched on UTF-8 bytes, folded as the cues are: a valid UTF-8 cue found in valid UTF-8 text starts and
        /// ends on scalar boundaries, so this finds what a search over scalars finds. Asked once per sentence holding
        /// a number, for every member of every group a night reports.
        init?(sentence: String) {
            var folded: [UInt8] = []
            folded.reserveCapacity(sentence.utf8.count)
            var previous: UInt8 = 0
            for byte in sentence.utf8 {
                switch (previous, byte) {
                // أ إ آ (D8 A3, D8 A5, D8 A2) → ا (D8 A7).
                case (0xD8, 0xA3), (0xD8, 0xA5), (0xD8, 0xA2): folded.append(0xA7)
                // é (C3 A9) → e: its lead byte was appended as it came and is replaced.
                case (0xC3, 0xA9): folded[folded.count - 1] = UInt8(ascii: "e")
                case (_, 0x41...0x5A): folded.append(byte + 32)
                default: folded.append(byte)
                }
                previous = byte
            }
            let held = Self.heldCues.contains { Self.contains(folded, $0) }
            let freed = Self.freedCues.contains { Self.contains(folded, $0) }
            switch (held, freed) {
            case (true, false): self = .held
            case (false, true): self = .freed
            default: return nil
            }
        }

        static func contains(_ text: [UInt8], _ cue: [UInt8]) -> Bool {
            guard text.count >= cue.count, let first = cue.first else { return false }
            for start in 0...(text.count - cue.count) where text[start] == first {
                if text[start..<(start + cue.count)].elementsEqual(cue) { return true }
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
            // The numbers of one sentence share its custody: read once per sentence (by where it starts). The unit
            // word is read only for a number whose sentence names a custody, as most name none.
            var custodyAt: [Int: Custody?] = [:]
            for number in source.facts.numbers where !number.isOrdinal && !isYearLike(number.value) {
                let start = number.evidence.sentenceStart
                let custody = custodyAt[start] ?? Custody(sentence: number.evidence.sentence)
                custodyAt[start] = custody
                guard custody != nil, !Custody.durationUnits.contains(UnitWord.key(of: number)) else { continue }
                switch custody {
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
