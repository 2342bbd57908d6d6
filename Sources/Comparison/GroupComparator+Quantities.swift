import Facts

extension GroupComparator {
    /// The quantity rows: numbers that are not part of a casualty figure or a date, aligned by unit word, for units
    /// that at least two sources give. Sorted conflicts first, then by unit.
    ///
    /// Numbers are first aligned by the word after them; those whose unit no other source gives get a second chance
    /// by the word before them (`UnitWord.precedingKey`).
    static func quantityRows(for sources: [SourceFacts]) -> [QuantityRow] {
        let numbers = sources.map { source in
            source.facts.numbers.filter { !isCasualty($0, in: source.facts) }
        }
        var rows = alignedRows(sources, numbers.map { $0.map { (UnitWord.key(of: $0), $0) } })
        let aligned = Set(rows.flatMap { $0.entries.flatMap(\.numbers) })
        let leftOver = numbers.map { list in
            list.filter { !aligned.contains($0) }.compactMap { number in
                UnitWord.precedingKey(of: number).map { ($0, number) }
            }
        }
        rows += alignedRows(sources, leftOver)
        return rows.enumerated().sorted { left, right in
            if left.element.verdict != right.element.verdict { return left.element.verdict < right.element.verdict }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// One row per unit that two or more sources give, in unit order.
    static func alignedRows(_ sources: [SourceFacts], _ keyed: [[(String, NumberMention)]]) -> [QuantityRow] {
        var entriesByUnit: [String: [QuantityEntry]] = [:]
        for (source, list) in zip(sources, keyed) {
            var byUnit: [String: [NumberMention]] = [:]
            for (unit, number) in list { byUnit[unit, default: []].append(number) }
            for (unit, numbers) in byUnit {
                entriesByUnit[unit, default: []].append(
                    QuantityEntry(
                        articleID: source.articleID, outlet: source.outlet, published: source.published,
                        numbers: numbers))
            }
        }
        return entriesByUnit.keys.sorted().compactMap { unit in
            let entries = entriesByUnit[unit]!
            return entries.count > 1 ? quantityRow(unit: unit, entries: entries) : nil
        }
    }

    /// Agree when one value (within rounding) is given by every source; otherwise a conflict sized by the closest
    /// pair of values between the two sources that differ most.
    static func quantityRow(unit: String, entries: [QuantityEntry]) -> QuantityRow {
        let first = entries[0].numbers.map(\.value)
        let shared = first.contains { value in
            entries.dropFirst().allSatisfy { entry in entry.numbers.contains { sameValue($0.value, value) } }
        }
        if shared { return QuantityRow(unit: unit, verdict: .agree, entries: entries) }
        var size = 0.0
        for (index, a) in entries.enumerated() {
            for b in entries[(index + 1)...] {
                var closest = Double.infinity
                for x in a.numbers {
                    for y in b.numbers {
                        closest = min(closest, CountInterval.exactly(x.value).relativeDifference(to: .exactly(y.value)))
                    }
                }
                size = max(size, closest)
            }
        }
        return QuantityRow(unit: unit, verdict: .conflict, entries: entries, relativeDifference: size)
    }

    /// Quantities are compared as written, without the rounding allowance of tolls: 2018 and 2020, or a price of 75
    /// and 76 dollars, are different facts. Only a float's last digits are ignored.
    static func sameValue(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * Swift.max(abs(a), abs(b), 1)
    }

    /// True when the number lies inside a casualty figure's words: that figure is compared in its own row.
    static func isCasualty(_ number: NumberMention, in facts: ArticleFacts) -> Bool {
        facts.casualties.contains { fact in
            number.evidence.start < fact.evidence.end && fact.evidence.start < number.evidence.end
        }
    }
}
