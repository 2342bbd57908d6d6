import CrossCheckModel

/// Relative dates of the grammar: counted units, shifts ("3 weeks ago", "dans deux mois", "قبل 3 أيام"), periods
/// with a modifier ("next week", "الأسبوع المقبل", "the last 2 years") and weekdays placed in a relative week.
extension DateParser {
    static let englishFrom = Keys.key("from")

    /// Counted units: "3 weeks", "2 years 1 month 21 days", "أسبوع" (Arabic may leave out the count), "يومين".
    func steps(at index: Int, end: Int, countOptional: Bool) -> (
        steps: [(unit: DateUnit, count: Int)], end: Int
    )? {
        var position = index
        var list: [(unit: DateUnit, count: Int)] = []
        while position < end {
            var number: Int? = nil
            var next = position
            if let found = count(at: next, end: end) {
                number = found.value
                next = found.end
            }
            guard let found = unit(at: next, end: end, years: true) else { break }
            if found.dual {
                number = 2
            } else if number == nil {
                // "منذ يوم السبت" is "since Saturday", not "a day ago": a bare "يوم" never counts.
                guard countOptional && list.isEmpty, tokens[next].key != Self.dayKey else { break }
                number = 1
            }
            list.append((found.unit, number ?? 1))
            position = found.end
            if position + 1 < end,
                Self.comma.contains(tokens[position].key) || tokens[position].key == Self.andKey
                    || tokens[position].key == Keys.wa,
                count(at: position + 1, end: end) != nil
            {
                position += 1
            }
        }
        return list.isEmpty ? nil : (list, position)
    }

    static let andKey = Keys.key("and")
    static let minKey = Keys.key("من")

    /// "before" and "avant" after a count move a date back: "three days before Christmas".
    static let beforeWords: Set<UInt64> = Set(["before", "avant"].map(Keys.key))

    /// "3 weeks ago", "in 2 months", "dans deux mois", "il y a trois semaines", "قبل 3 أيام", "بعد أسبوعين",
    /// "one week hence", "deux jours plus tard".
    func shift(at index: Int, end: Int) -> DateMention? {
        var sign: Int? = nil
        var position = index
        if let match = cue(at: index, end: end) {
            switch match.value {
            case .inPast: sign = -1
            case .inFuture: sign = 1
            default: break
            }
            if sign != nil { position = match.end }
        } else if tokens[index].key == Self.englishIn {
            sign = 1
            position = index + 1
        }
        if let sign {
            guard let found = steps(at: position, end: end, countOptional: tokens[index].isArabic) else { return nil }
            if let base = countedFrom(at: found.end, end: end) {
                // "d'ici 2 semaines à compter d'aujourd'hui"
                return made(
                    index, base.last, .shift(found.steps.map { ($0.unit, sign * $0.count) } + [(.day, base.offset)]))
            }
            // "in two days from today", "in 3 weeks from now": the count starts today as it is.
            if found.end < end, tokens[found.end].key == Self.fromKey, let after = cue(at: found.end, end: end),
                case .hence = after.value
            {
                return made(index, after.end - 1, .shift(found.steps.map { ($0.unit, sign * $0.count) }))
            }
            if tokens[index].isArabic, found.end < end, tokens[found.end].key == Self.minKey,
                var mention = shiftedDate(after: found.end + 1, end: end)
            {
                // "بعد يومين من عيد الفطر", "قبل ثلاثة أيام من 5 حزيران"
                mention.first = index
                mention.afterShift = found.steps.map { ($0.unit, sign * $0.count) }
                return mention
            }
            return made(index, found.end - 1, .shift(found.steps.map { ($0.unit, sign * $0.count) }))
        }
        guard let found = steps(at: index, end: end, countOptional: false) else { return nil }
        if found.end < end, Self.beforeWords.contains(tokens[found.end].key),
            var mention = shiftedDate(after: found.end + 1, end: end)
        {
            // "three days before Christmas", "deux semaines avant le 5 mai"
            mention.first = index
            mention.afterShift = found.steps.map { ($0.unit, -$0.count) }
            return mention
        }
        guard let after = cue(at: found.end, end: end) else { return nil }
        switch after.value {
        case .ago: return made(index, after.end - 1, .shift(found.steps.map { ($0.unit, -$0.count) }))
        case .hence, .from:
            // "two days from tomorrow", "four days from yesterday", "deux jours après aujourd'hui"
            if let base = wordMatch(at: after.end, end: end), case .relativeDay(let offset) = base.value {
                return made(index, base.end - 1, .shift(found.steps + [(.day, offset)]))
            }
            // "3 days from Tuesday", "2 weeks from January 15": English "from" shifts a date as "after" does.
            if case .from = after.value, tokens[found.end].key != Self.englishFrom { return nil }
            if let base = shiftedDate(after: after.end, end: end) {
                // "three days after Easter", "deux semaines après le 5 mai": the steps move that date.
                var mention = base
                mention.first = index
                mention.afterShift = found.steps
                return mention
            }
            // "found 2 weeks after the crash": after a narrated event, not after today.
            if Self.afterWords.contains(tokens[found.end].key), after.end < end, tokens[after.end].isWord {
                return nil
            }
            return made(index, after.end - 1, .shift(found.steps))
        default: return nil
        }
    }

    /// "of" after a counted period: "the last two years of his life" spans something else.
    static let periodOfWords: Set<UInt64> = Set(["of", "de", "du", "d", "من"].map(Keys.key))
    /// "after" before a count's anchor: "2 weeks after the crash" counts from a narrated event.
    static let afterWords: Set<UInt64> = Set(["after", "apres"].map(Keys.key))
    /// English words that, after a count, count days from today rather than whole periods ("upcoming" keeps
    /// Duckling's reading: "2 upcoming weeks" is the second week from now).
    static let rollingWords: Set<UInt64> = Set(["past", "previous", "next", "last"].map(Keys.key))

    /// "next week", "the last 2 weeks", "upcoming two quarters", "3 prochains jours", "la semaine prochaine",
    /// "الأسبوع المقبل", "the week after next".
    func period(at index: Int, end: Int) -> DateMention? {
        var position = index
        var offset: Int? = nil
        var isStep = false
        var number: Int? = nil
        if Self.lastArabic.contains(tokens[index].key), let counted = count(at: index + 1, end: end),
            let found = unit(at: counted.end, end: end, years: true)
        {
            return made(index, found.end - 1, .periods(found.unit, count: -counted.value))  // "آخر 3 سنوات"
        }
        if let found = modifier(at: position, end: end) {
            offset = found.offset
            isStep = found.isStep
            position = found.end
            if let counted = count(at: position, end: end), !Self.oneWords.contains(tokens[position].key) {
                number = counted.value
                position = counted.end
            }
        } else if let counted = count(at: position, end: end) {
            // "3 prochains jours", "two upcoming weeks"
            if let french = Self.frenchPlural[tokens[counted.end < end ? counted.end : index].key] {
                offset = french
                position = counted.end + 1
            } else if counted.end < end, Self.rollingWords.contains(tokens[counted.end].key),
                let found = modifier(at: counted.end, end: end), found.offset != 0,
                let span = unit(at: found.end, end: end, years: true), !span.dual, span.unit != .decade,
                Self.plurals.contains(tokens[found.end].key)
            {
                // A plural only: "killed 3 last year" counts people.
                // "the 5 past years", "10 previous weeks", "2 next days": days counted from today.
                return made(
                    index, span.end - 1, .rolling(span.unit, count: found.offset < 0 ? -counted.value : counted.value))
            } else if let found = modifier(at: counted.end, end: end), found.isStep {
                offset = found.offset
                isStep = true
                position = found.end
            } else if !tokens[index].isArabic, counted.end < end,
                !tokens[counted.end].isArabic || Self.plurals.contains(tokens[counted.end].key),
                let found = unit(at: counted.end, end: end, years: true),
                let after = modifier(at: found.end, end: end),
                after.isStep || counted.value == 1 || Self.plurals.contains(tokens[counted.end].key)
            {
                // "2 années passées", "3 أيام القادمة"; "23 mois prochain" is the 23rd of next month, the
                // modifier being singular.
                return made(
                    index, after.end - 1, .periods(found.unit, count: after.offset < 0 ? -counted.value : counted.value)
                )
            } else {
                return nil
            }
            number = counted.value
        }
        // "l'année après la prochaine": "année" is a period when a step follows it.
        let stepAfter =
            position + 1 < end && Self.yearWords.contains(tokens[position].key)
            && { if case .afterNext = cue(at: position + 1, end: end)?.value { return true } else { return false } }()
        guard let found = unit(at: position, end: end, years: number != nil || stepAfter) else { return nil }
        // "the coming days", "الأيام المقبلة": a plural with no count is no period.
        if offset == nil, number == nil,
            let counted = count(at: found.end, end: end, agreeing: true) ?? fewCount(at: found.end, end: end),
            let after = modifier(at: counted.end, end: end)
        {
            // "الأسابيع الثلاثة الماضية", "الأشهر 3 القادمة": the count agrees with its plural, article and all.
            let signed = after.offset < 0 ? -counted.value : counted.value
            return made(index, after.end - 1, .periods(found.unit, count: signed))
        }
        if number == nil, !found.dual, Self.plurals.contains(tokens[position].key) { return nil }
        if offset == nil, number == nil, found.unit == .week, var day = weekOf(at: found.end, end: end) {
            day.first = index
            return day
        }
        var last = found.end - 1
        if offset == nil, found.dual, let after = modifier(at: found.end, end: end) {
            // "اليومين المقبلين", "العقدين الماضيين"
            return made(index, after.end - 1, .periods(found.unit, count: after.offset < 0 ? -2 : 2))
        }
        if offset == nil, let after = modifier(at: found.end, end: end) {
            offset = after.offset
            last = after.end - 1
        } else if offset == nil, number == nil, found.end < end, let french = Self.frenchPlural[tokens[found.end].key] {
            offset = french
            last = found.end
        }
        if let after = cue(at: last + 1, end: end), case .afterNext = after.value {
            offset = (offset ?? 1) + 1
            last = after.end - 1
        }
        guard let offset else { return nil }
        if number == nil, found.unit == .week, let days = weekdaysOfWeek(after: last, offset: offset, end: end) {
            var days = days
            days.first = index
            return days  // "الأسبوع المقبل بين الأربعاء والجمعة", "next week from Wednesday to Friday"
        }
        if number == nil, found.unit == .week, let weekday = weekdayAfter(last + 1, end: end) {
            // "next week on friday", "الأسبوع المقبل يوم الجمعة", "هذا الأسبوع الجمعة"
            return made(index, weekday.last, .weekdayOfWeek(weekday.value, offset: offset))
        }
        if let number {
            // "the last two years of his life", "les deux dernières années de sa vie": a span of something else.
            if last + 1 < end, Self.periodOfWords.contains(tokens[last + 1].key) { return nil }
            if isStep && offset > 0 { return made(index, last, .period(found.unit, offset: number)) }
            return made(index, last, .periods(found.unit, count: offset < 0 ? -number : number))
        }
        // "2 années passées": the count came first.
        if offset == 0, found.unit != .day, let first = laterOpening(before: index) {
            return made(first, last, .later(found.unit))  // "لاحقا في هذا الأسبوع"
        }
        return made(index, last, .period(found.unit, offset: offset))
    }

    static let fewWords: Set<UInt64> = Set(["القليلة"].map(Keys.key))

    /// "الأسابيع القليلة الماضية" (the past few weeks): a few is read as three, as Recognizers-Text reads "few".
    func fewCount(at index: Int, end: Int) -> (value: Int, end: Int)? {
        guard index < end, tokens[index].isArabic, Self.fewWords.contains(tokens[index].full) else { return nil }
        return (3, index + 1)
    }

    /// "wednesday of next week", "mercredi la semaine prochaine", "wednesday after next", "lundi en huit".
    func extendWeekday(_ mention: inout DateMention, end: Int) {
        guard let weekday = mention.weekday else { return }
        var position = mention.last + 1
        guard position < end else { return }
        if let match = cue(at: position, end: end) {
            switch match.value {
            case .afterNext, .step(1):
                mention.extraDays = 7
                mention.last = match.end - 1
                return
            default: break
            }
        }
        if tokens[position].key == Self.enKey, position + 1 < end {
            let next = tokens[position + 1]
            let days =
                next.isNumber ? Int(next.value) : next.key == Self.huit ? 8 : next.key == Self.quinze ? 15 : 0
            if days == 8 || days == 15 {
                mention.extraDays = days - 1
                mention.last = position + 1
                return
            }
        }
        while position < end,
            Self.weekdayLinks.contains(tokens[position].key) || Self.articles.contains(tokens[position].key)
        {
            position += 1
        }
        guard position > mention.last + 1 || tokens[position].isWord, let found = parseGrammar(at: position, end: end),
            case .period(.week, let offset) = found.expression
        else { return }
        mention.expression = .weekdayOfWeek(weekday, offset: offset)
        mention.last = found.last
    }

    func weekdayAfter(_ index: Int, end: Int) -> (value: Weekday, last: Int)? {
        var position = index
        if position < end, Self.comma.contains(tokens[position].key) { position += 1 }
        if case .dayWord = word(at: position, end: end) { position += 1 }
        guard let match = wordMatch(at: position, end: end), case .weekday(let weekday) = match.value,
            month(at: match.end, end: end) == nil, integer(at: match.end, end: end, in: 1...31) == nil
        else { return nil }
        return (weekday, match.end - 1)
    }
}
