/// Numbers as the tokenizer reads them: signs, separators of every script, digit groups, exponents.
extension TokenBuilder {
    /// A sign or decimal point that starts a number: "-1.2", "−5", "٫٧٧", ".5"; nil for "20-30" or "pic.twitter".
    ///
    /// Only when it stands at the start of the text or after a space or an opening mark, right before a digit.
    func numberPrefix(at index: Int) -> UInt32? {
        let value = scalars[index].value
        guard value == 0x2D || value == 0x2212 || value == 0x2E || value == 0x066B, index + 1 < scalars.count,
            ScalarFolding.digit(scalars[index + 1].value) != nil
        else { return nil }
        guard index > 0 else { return value }
        let previous = scalars[index - 1].value
        guard Self.isSpace(previous) || Self.isNewline(previous) || previous == 0x28 || previous == 0x24 else {
            return nil
        }
        return value
    }

    /// Reads digits with their separators: "1,200" and "1 200" group thousands, "2.5", "٢٫٥" and "2,5" are decimals.
    ///
    /// - Parameter prefix: the sign or decimal point read before the digits by `numberPrefix(at:)`, if any.
    mutating func readNumber(at start: Int, prefix: UInt32? = nil) -> Int {
        if let prefix, prefix == 0x2E || prefix == 0x066B {
            var value: Double = 0
            var scale: Double = 1
            var index = start
            while index < scalars.count, let digit = ScalarFolding.digit(scalars[index].value) {
                value = value * 10 + Double(digit)
                scale *= 10
                index += 1
            }
            var token = Token(kind: .number, start: start - 1, end: index, key: 0, full: 0)
            token.value = value / scale
            token.isInteger = false
            emit(token)
            return index
        }
        var groups: [(value: Double, digits: Int, end: Int)] = []
        var separators: [UInt8] = []
        var index = start
        while true {
            var value: Double = 0
            var digits = 0
            while index < scalars.count, let digit = ScalarFolding.digit(scalars[index].value) {
                value = value * 10 + Double(digit)
                digits += 1
                index += 1
            }
            groups.append((value, digits, index))
            guard index + 1 < scalars.count, ScalarFolding.digit(scalars[index + 1].value) != nil else { break }
            var kind = Self.separatorKind(scalars[index].value)
            if kind == 0, groupFollows(at: index), groups[0].digits <= 3, groups[0].value > 0,
                scalars[index].value == 0x060C || (scalars[index].value == 0x20 && separators.allSatisfy { $0 == 3 })
            {
                // "١،٢٣٤،٥٦٧", "40 000": the Arabic comma and a plain space group thousands only before exactly
                // three digits, after a first group of at most three ("عام 2015 500" stays two numbers).
                kind = scalars[index].value == 0x20 ? 3 : 1
            }
            guard kind != 0 else { break }
            separators.append(kind)
            index += 1
        }
        if separators.count >= 2, separators.allSatisfy({ $0 == 2 }), !isGroupedByPoints(groups) {
            // "192.168.1.2", "05.10.2017": points between groups that do not all have three digits are not
            // decimals or thousands; each group is a number of its own and the points stay marks.
            return emitDottedGroups(groups, start: start, negative: prefix != nil)
        }
        var integer = groups[0].value
        var digits = groups[0].digits
        var fraction: Double? = nil
        var used = 1
        let lastIsDecimal: Bool = {
            guard let last = separators.last else { return false }
            let lastGroup = groups[groups.count - 1]
            if last == 2 { return separators.count == 1 || separators.dropLast().allSatisfy { $0 != 2 } }
            return last == 1 && separators.count == 1 && lastGroup.digits != 3
        }()
        let groupingCount = lastIsDecimal ? separators.count - 1 : separators.count
        let dots = separators.prefix(groupingCount).filter { $0 == 2 }.count
        // "1,24,500", "12,34,56,789": Indian grouping (lakh, crore), two-digit groups between the first group and
        // the last three digits.
        if groups.count >= 3, separators.allSatisfy({ $0 == 1 }), groups[0].digits <= 2,
            groups[groups.count - 1].digits == 3, groups.dropFirst().dropLast().allSatisfy({ $0.digits == 2 })
        {
            for group in groups.dropFirst() {
                integer = integer * (group.digits == 2 ? 100 : 1000) + group.value
                digits += group.digits
            }
            used = groups.count
        }
        while used <= groupingCount {
            let group = groups[used]
            // A lone "1.200" is a decimal; points group thousands only when repeated ("1.200.000").
            guard group.digits == 3, separators[used - 1] != 2 || dots >= 2 else { break }
            integer = integer * 1000 + group.value
            digits += 3
            used += 1
        }
        if lastIsDecimal && used == groups.count - 1 {
            let group = groups[used]
            var scale = 1.0
            for _ in 0..<group.digits { scale *= 10 }
            fraction = group.value / scale
            used += 1
        }
        let negative = prefix != nil
        var token = Token(
            kind: .number, start: negative ? start - 1 : start, end: groups[used - 1].end, key: 0, full: 0)
        token.value = (negative ? -1 : 1) * (integer + (fraction ?? 0))
        token.digits = digits
        token.isInteger = fraction == nil
        if let (exponent, end) = exponent(at: token.end) {
            token.value =
                exponent.isPower ? power(token.value, exponent.value) : token.value * power(10, exponent.value)
            token.isInteger = token.value == token.value.rounded()
            token.end = end
        }
        emit(token)
        return token.end
    }

    /// True when exactly three digits follow the separator at `index`, then no further digit.
    private func groupFollows(at index: Int) -> Bool {
        guard index + 3 < scalars.count else { return false }
        for offset in 1...3 where ScalarFolding.digit(scalars[index + offset].value) == nil { return false }
        return index + 4 >= scalars.count || ScalarFolding.digit(scalars[index + 4].value) == nil
    }

    /// "1.200.000": every group after the first has three digits and the first at most three.
    private func isGroupedByPoints(_ groups: [(value: Double, digits: Int, end: Int)]) -> Bool {
        groups[0].digits <= 3 && groups.dropFirst().allSatisfy { $0.digits == 3 }
    }

    private mutating func emitDottedGroups(
        _ groups: [(value: Double, digits: Int, end: Int)], start: Int, negative: Bool
    ) -> Int {
        var from = start
        for (offset, group) in groups.enumerated() {
            if offset > 0 {
                let mark = UInt64(scalars[from].value) &* 0x9E37_79B9
                emit(Token(kind: .punctuation, start: from, end: from + 1, key: mark, full: mark))
                from += 1
            }
            var token = Token(
                kind: .number, start: offset == 0 && negative ? from - 1 : from, end: group.end, key: 0, full: 0)
            token.value = (offset == 0 && negative ? -1 : 1) * group.value
            token.digits = group.digits
            emit(token)
            from = group.end
        }
        return from
    }

    /// "1e10", "-12e-1", "1.1^+23", "٢,٥^-١": a power of ten or a power written right after the digits.
    ///
    /// "e" counts only when a digit (after an optional sign) follows and no letter after it, so the French ordinal
    /// "2e" and words such as "3eme" are left alone.
    private func exponent(at index: Int) -> ((value: Int, isPower: Bool), Int)? {
        guard index + 1 < scalars.count else { return nil }
        let mark = scalars[index].value
        guard mark == 0x65 || mark == 0x45 || mark == 0x5E else { return nil }
        var position = index + 1
        var sign = 1
        if scalars[position].value == 0x2B || scalars[position].value == 0x2D || scalars[position].value == 0x2212 {
            sign = scalars[position].value == 0x2B ? 1 : -1
            position += 1
        }
        var value = 0
        var digits = 0
        while position < scalars.count, let digit = ScalarFolding.digit(scalars[position].value), digits < 4 {
            value = value * 10 + digit
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        if position < scalars.count,
            ScalarFolding.isLetter(scalars[position]) || ScalarFolding.digit(scalars[position].value) != nil
        {
            return nil
        }
        return ((sign * value, mark == 0x5E), position)
    }

    private func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= base }
        return exponent < 0 ? 1 / result : result
    }
}
