import CrossCheckModel

/// Places a date mention on the calendar, looking backward as news does.
///
/// With a publication date P: "أمس" is P−1, "اليوم" is P, a weekday is the latest one on or before P (strictly
/// before with "الماضي"/"last", after with "المقبل"/"next"), a day and month without a year is the latest such date
/// not after P plus a few days. Without P: a day and month with a weekday takes the latest year, not after the
/// reference date, in which that day falls on that weekday; without a weekday, the latest year not after the
/// reference date; relative words stay unresolved.
struct DateResolver {
    struct Resolved {
        var date: CivilDate?
        var resolution: DateFact.Resolution
        var weekdayMismatch: Bool
        /// The grain when the expression sets it ("3 weeks ago" is a day); nil for the mention's own grain.
        var grain: DateFact.Grain? = nil
        var kind: DateFact.Kind = .value
        var end: CivilDate? = nil
        var closing: CivilDate? = nil
        var recurrence: String? = nil
    }

    let published: CivilDate?
    let reference: CivilDate
    var direction: DateDirection = .backward

    /// Days a day-month may lie after the publication date and still be read in the same year (time zones, late
    /// publication of a dated release).
    static let tolerance = 3

    func resolve(_ mention: DateMention) -> Resolved {
        if mention.expression == nil, mention.yearOffset != 0, mention.year == nil, mention.month != nil {
            // "juin de l'année prochaine", "la troisième semaine l'année prochaine": the anchor's year, moved.
            var fixed = mention
            fixed.year = anchor.year + mention.yearOffset
            fixed.yearOffset = 0
            return resolve(fixed)
        }
        var resolved: Resolved
        if let target = mention.closestTo.first {
            return closest(mention, to: target)
        } else if case .holiday(let rule, nil, nil) = mention.expression, !mention.holidayShift.isEmpty {
            var shifted = anchor
            for step in mention.holidayShift { shifted = Self.add(step.count, step.unit, to: shifted) }
            resolved = Resolved(date: rule.date(in: shifted.year), resolution: .relative, weekdayMismatch: false)
            if published == nil && direction == .backward {
                resolved = Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false)
            }
        } else if let expression = mention.expression {
            resolved = resolve(expression)
            // French corpora read a count of years to the month: "dans un an", "il y a deux ans".
            if mention.frenchParts, case .shift(let steps) = expression, steps.allSatisfy({ $0.unit == .year }),
                let date = resolved.date
            {
                resolved.date = Self.start(of: .month, containing: date)
                resolved.grain = .month
            }
            if mention.yearOffset != 0, case .week(let number, nil) = expression {
                resolved = resolve(.week(number, year: anchor.year + mention.yearOffset))
                resolved.resolution = .relative
            } else if mention.yearOffset != 0, let date = resolved.date {
                resolved.date = Self.add(mention.yearOffset, .year, to: date)
            }
        } else if mention.weekOf {
            // "the week of 6 October", "la semaine commençant le 4 février"
            var day = mention
            day.weekOf = false
            resolved = resolve(day)
            resolved.date = resolved.date.map { Self.start(of: .week, containing: $0) }
            resolved.grain = .week
        } else if mention.month == nil, mention.relativeMonth == nil, let day = mention.day {
            resolved = resolveDayOfMonth(day, weekday: mention.weekday)
        } else {
            resolved = resolveDate(mention)
        }
        if mention.extraDays != 0, let weekday = mention.weekday, resolved.date != nil {
            // "mardi en huit", "wednesday after next": a week after the weekday on or after the anchor.
            let ahead = (weekday.rawValue - anchor.weekday.rawValue + 7) % 7
            resolved.date = anchor.adding(days: ahead + mention.extraDays)
        }
        if let weekday = mention.weekday, let date = resolved.date, date.weekday != weekday {
            resolved.weekdayMismatch = true
        }
        if let n = mention.nth, let weekday = mention.nthWeekday {
            resolved = nthWeekday(
                n, weekday, of: resolved,
                isWeek: weekday == .monday && mention.nthIsWeek)
        }
        if let right = mention.rangeEnd.first, let current = rangeAround(mention, right) {
            resolved = current  // "between August and October" on 7 September, read forward: this year's
        } else if let right = mention.rangeEnd.first {
            if right.relativeDay == 0, right.month == nil, right.day == nil, right.expression == nil,
                direction == .forward, mention.year == nil, let date = resolved.date, date > anchor
            {
                // "between Jan 22 and now", "from March to date": a period up to today starts before it.
                var backward = self
                backward.direction = .backward
                resolved = backward.resolve(Self.startAlone(mention))
            }
            var other = resolve(right)
            // "from next monday to friday": a weekday alone closing an interval is the first one after its start.
            if right.weekday != nil, right.day == nil, right.month == nil, right.modifier == nil,
                right.relativeDay == nil, right.expression == nil, let weekday = right.weekday,
                let start = resolved.date
            {
                other.date = start.adding(days: (weekday.rawValue - start.weekday.rawValue + 7) % 7)
            }
            // "from 3 to 12 September" on 7 September: an end without its year is the first such date after the
            // start, not the latest one before the publication date.
            if right.year == nil, right.month != nil, right.expression == nil, let start = resolved.date,
                let date = other.date, date < start
            {
                var later = right
                later.year = start.year
                if let same = resolve(later).date, same >= start {
                    other.date = same
                } else {
                    later.year = start.year + 1
                    other.date = resolve(later).date
                }
            }
            // "xmas to today" is not an interval: its end comes before its start.
            if let end = span(of: other, grain: right.grain)?.end, let start = resolved.date, end > start {
                resolved.kind = .interval
                resolved.end = end
                resolved.closing = other.date
            }
        }
        if let slice = mention.slice { resolved = sliced(resolved, grain: mention.grain, slice) }
        if let part = mention.part {
            resolved = slice(resolved, grain: mention.grain, part: part, french: mention.frenchParts)
        }
        if !mention.afterShift.isEmpty { resolved = shifted(resolved, by: mention.afterShift) }
        if let duration = mention.duration { resolved = spanned(resolved, by: duration) }
        if let side = mention.openSide {
            if side == .until { resolved = nearestYear(resolved, mention: mention) }
            resolved = opened(resolved, side: side, mention: mention)
        }
        return resolved
    }

    /// Read forward, an interval of months or days without a year that contains the anchor is this year's: "between
    /// August and October" on 7 September is not next year's, though next August is the next one.
    private func rangeAround(_ mention: DateMention, _ right: DateMention) -> Resolved? {
        guard direction == .forward, mention.year == nil, right.year == nil, mention.expression == nil,
            right.expression == nil, mention.modifier == nil, right.modifier == nil, mention.month != nil,
            right.month != nil, mention.weekday == nil, right.weekday == nil
        else { return nil }
        var left = Self.startAlone(mention)
        left.year = anchor.year
        var other = right
        other.year = anchor.year
        var resolved = resolve(left)
        let closing = resolve(other)
        guard let start = resolved.date, start <= anchor, let end = span(of: closing, grain: right.grain)?.end,
            end > anchor
        else { return nil }
        resolved.resolution = published == nil ? .inferredFromReference : .fromPublication
        resolved.kind = .interval
        resolved.end = end
        resolved.closing = closing.date
        return resolved
    }

    /// The start of an interval on its own, to place it again: without its other end, and without what `resolve`
    /// applies to the whole interval afterwards (a part, shifts, a duration, an open side).
    private static func startAlone(_ mention: DateMention) -> DateMention {
        var start = mention
        (start.rangeEnd, start.part, start.afterShift, start.duration, start.openSide) = ([], nil, [], nil, nil)
        return start
    }

    private func resolveDate(_ mention: DateMention) -> Resolved {
        if let period = mention.relativePeriod {
            guard let published else { return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false) }
            let date: CivilDate?
            if period.grain == .year {
                date = CivilDate(year: published.year + period.offset, month: 1, day: 1)
            } else {
                let index = published.year * 12 + published.month - 1 + period.offset
                date = CivilDate(year: index / 12, month: index % 12 + 1, day: 1)
            }
            return Resolved(date: date, resolution: .relative, weekdayMismatch: false)
        }
        if let offset = mention.relativeMonth, let day = mention.day {
            guard let published else { return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false) }
            let index = published.year * 12 + published.month - 1 + offset
            let date = CivilDate(year: index / 12, month: index % 12 + 1, day: day)
            return Resolved(date: date, resolution: .fromPublication, weekdayMismatch: false)
        }
        if let month = mention.month {
            if month.isHijri { return resolveHijri(mention, month: month.month) }
            if let day = mention.day { return resolveDay(mention, month: month.month, day: day) }
            return resolveMonth(mention, month: month.month)
        }
        if let year = mention.year, mention.relativeDay == nil, mention.weekday == nil {
            return Resolved(
                date: CivilDate(year: year, month: 1, day: 1), resolution: .explicit, weekdayMismatch: false)
        }
        guard let published else { return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false) }
        if let offset = mention.relativeDay {
            return Resolved(date: published.adding(days: offset), resolution: .relative, weekdayMismatch: false)
        }
        guard let weekday = mention.weekday else {
            return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false)
        }
        let back = (published.weekday.rawValue - weekday.rawValue + 7) % 7
        let date: CivilDate
        switch direction == .forward && (mention.modifier ?? 0) == 0 ? 1 : mention.modifier {
        case 1 where mention.inNextWeek:
            date = Self.start(of: .week, containing: published).adding(days: 7 + (weekday.rawValue + 6) % 7)
        case 1: date = published.adding(days: (weekday.rawValue - published.weekday.rawValue + 6) % 7 + 1)
        case -1: date = published.adding(days: -(back == 0 ? 7 : back))
        default: date = published.adding(days: -back)
        }
        return Resolved(date: date, resolution: .relative, weekdayMismatch: false)
    }

    private func resolveDay(_ mention: DateMention, month: Int, day: Int) -> Resolved {
        if let year = mention.year {
            return Resolved(
                date: CivilDate(year: year, month: month, day: day), resolution: .explicit, weekdayMismatch: false)
        }
        if direction == .forward {
            let anchor = published ?? reference
            // Read forward by month, as both corpora do: "1 February" on 12 February is this year's.
            let monthStart = CivilDate(year: anchor.year, month: anchor.month, day: 1)!
            for year in anchor.year...anchor.year + 8 {
                if let date = CivilDate(year: year, month: month, day: day), date >= monthStart {
                    return Resolved(
                        date: date, resolution: published == nil ? .inferredFromReference : .fromPublication,
                        weekdayMismatch: false)
                }
            }
        }
        if let published {
            let limit = published.adding(days: mention.modifier == 1 ? 366 : Self.tolerance)
            for year in stride(from: limit.year, through: limit.year - 8, by: -1) {
                if let date = CivilDate(year: year, month: month, day: day), date <= limit {
                    return Resolved(date: date, resolution: .fromPublication, weekdayMismatch: false)
                }
            }
        }
        if published == nil, let weekday = mention.weekday {
            for year in stride(from: reference.year, through: reference.year - 60, by: -1) {
                if let date = CivilDate(year: year, month: month, day: day), date <= reference, date.weekday == weekday
                {
                    return Resolved(date: date, resolution: .inferredFromWeekday, weekdayMismatch: false)
                }
            }
        }
        let anchor = published ?? reference
        for year in stride(from: anchor.year, through: anchor.year - 8, by: -1) {
            if let date = CivilDate(year: year, month: month, day: day), date <= anchor {
                return Resolved(
                    date: date, resolution: published == nil ? .inferredFromReference : .fromPublication,
                    weekdayMismatch: false)
            }
        }
        return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false)
    }

    private func resolveMonth(_ mention: DateMention, month: Int) -> Resolved {
        if let year = mention.year {
            return Resolved(
                date: CivilDate(year: year, month: month, day: 1), resolution: .explicit, weekdayMismatch: false)
        }
        let anchor = published ?? reference
        var year = anchor.year
        switch mention.modifier {
        case -1: if month >= anchor.month { year -= 1 }
        case 1: if month <= anchor.month { year += 1 }
        case 2: year += month <= anchor.month ? 2 : 1  // "March after next"
        case 0: break  // "this September", "أكتوبر الجاري": the anchor's year
        default:
            if direction == .forward {
                if month < anchor.month { year += 1 }
            } else if month > anchor.month {
                year -= 1
            }
        }
        return Resolved(
            date: CivilDate(year: year, month: month, day: 1),
            resolution: published == nil ? .inferredFromReference : .fromPublication, weekdayMismatch: false)
    }

    private func resolveHijri(_ mention: DateMention, month: Int) -> Resolved {
        let day = mention.day ?? 1
        if let year = mention.year, year >= 1900 {
            // "رمضان 2024": the Hijri month that begins in that Gregorian year.
            let first = HijriCalendar.year(of: CivilDate(year: year, month: 1, day: 1)!)
            let starts = (first...first + 1).compactMap { HijriCalendar.civil(year: $0, month: month, day: day) }
            guard let start = starts.first(where: { $0.year == year }) else {
                return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false)
            }
            var resolved = Resolved(date: start, resolution: .explicit, weekdayMismatch: false, grain: .day)
            if mention.day == nil {
                let hijriYear = HijriCalendar.year(of: start.adding(days: 1))
                resolved.kind = .interval
                resolved.end = HijriCalendar.civil(
                    year: month == 12 ? hijriYear + 1 : hijriYear, month: month % 12 + 1, day: 1)
            }
            return resolved
        }
        if let year = mention.year {
            return Resolved(
                date: HijriCalendar.civil(year: year, month: month, day: day), resolution: .explicit,
                weekdayMismatch: false)
        }
        let anchor = published ?? reference
        var year = HijriCalendar.year(of: anchor)
        if let date = HijriCalendar.civil(year: year, month: month, day: day),
            date > anchor.adding(days: Self.tolerance)
        {
            year -= 1
        }
        return Resolved(
            date: HijriCalendar.civil(year: year, month: month, day: day),
            resolution: published == nil ? .inferredFromReference : .fromPublication, weekdayMismatch: false)
    }
}
