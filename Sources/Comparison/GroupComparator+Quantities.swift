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
        let alignedAgain = Set(rows.flatMap { $0.entries.flatMap(\.numbers) })
        let unaligned = zip(sources, numbers).map { source, list in
            list.filter { !alignedAgain.contains($0) && !$0.isOrdinal && !isYearLike($0.value) }
                + source.facts.vagueCounts.filter { !isCasualty($0, in: source.facts) }
        }
        if let row = unalignedRow(sources, unaligned) { rows.append(row) }
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

    /// The unit of the row of numbers that no unit word aligns.
    public static let unalignedUnit = "(other numbers)"

    /// The numbers no unit word aligns, vague counts included, when at least two sources have some: they conflict
    /// when some two sources share no value among comparable ones (`areComparable`).
    ///
    /// Headlines often drop or change the unit: "يخسر 2.5 مليار دولار" against "مليار ونصف المليار", "60 مليار"
    /// against "مليارات" (2–9.99 billion), "آلاف الأشخاص" against "عشرات الأشخاص". A vague count shares a value
    /// with a number inside its interval, and with another vague count whose interval overlaps. Years are left out.
    static func unalignedRow(_ sources: [SourceFacts], _ numbers: [[NumberMention]]) -> QuantityRow? {
        var entries: [QuantityEntry] = []
        for (source, list) in zip(sources, numbers) where !list.isEmpty {
            entries.append(
                QuantityEntry(
                    articleID: source.articleID, outlet: source.outlet, published: source.published, numbers: list))
        }
        guard entries.count > 1 else { return nil }
        var compared = false
        for (index, a) in entries.enumerated() {
            for b in entries[(index + 1)...] {
                let comparable = a.numbers.contains { x in b.numbers.contains { y in areComparable(x, y) } }
                guard comparable else { continue }
                compared = true
                let shares = a.numbers.contains { x in b.numbers.contains { y in sameOrWithin(x, y) } }
                if !shares { return quantityRow(unit: unalignedUnit, entries: entries) }
            }
        }
        return compared ? QuantityRow(unit: unalignedUnit, verdict: .agree, entries: entries) : nil
    }

    /// Two numbers of unaligned units are weighed against each other only when one is vague or they are within a
    /// factor of ten: "176 ألف وظيفة" and "176 مليون يورو" are different things, not a contradiction.
    static func areComparable(_ x: NumberMention, _ y: NumberMention) -> Bool {
        if x.vague != nil || y.vague != nil { return true }
        let (low, high) = (Swift.min(abs(x.value), abs(y.value)), Swift.max(abs(x.value), abs(y.value)))
        return low > 0 && high <= 10 * low
    }

    static func sameOrWithin(_ x: NumberMention, _ y: NumberMention) -> Bool {
        switch (x.vague, y.vague) {
        case (nil, nil): return sameValue(x.value, y.value)
        case (let range?, nil): return range.overlaps(.exactly(y.value))
        case (nil, let range?): return range.overlaps(.exactly(x.value))
        case (let first?, let second?): return first.overlaps(second)
        }
    }

    static func isYearLike(_ value: Double) -> Bool {
        value == value.rounded() && (1900...2100).contains(value)
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
