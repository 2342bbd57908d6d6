import CrossCheckModel

/// Places the grammar's composed dates: periods, shifts, quarters, weeks, holidays, decades, sets, and the parts
/// and spans of periods that intervals are made of.
extension DateResolver {
    /// The date relative expressions count from: the publication date, or the reference date without one.
    var anchor: CivilDate { published ?? reference }

    /// The first day of the unit that contains `date`; weeks start on Monday.
    static func start(of unit: DateUnit, containing date: CivilDate) -> CivilDate {
        switch unit {
        case .day: return date
        case .week: return date.adding(days: -((date.weekday.rawValue + 6) % 7))
        case .month: return CivilDate(year: date.year, month: date.month, day: 1)!
        case .quarter: return CivilDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)!
        case .year: return CivilDate(year: date.year, month: 1, day: 1)!
        case .decade: return CivilDate(year: date.year - date.year % 10, month: 1, day: 1)!
        }
    }

    /// `date` moved by `count` units; a day past the end of the target month is clipped to its last day.
    static func add(_ count: Int, _ unit: DateUnit, to date: CivilDate) -> CivilDate {
        switch unit {
        case .day: return date.adding(days: count)
        case .week: return date.adding(days: 7 * count)
        case .month, .quarter, .year, .decade:
            let months = count * (unit == .month ? 1 : unit == .quarter ? 3 : unit == .year ? 12 : 120)
            let index = date.year * 12 + date.month - 1 + months
            let year = index / 12
            let month = index % 12 + 1
            let day = min(date.day, CivilDate.daysIn(month: month, year: year))
            return CivilDate(year: year, month: month, day: day)!
        }
    }

    private static func unit(of grain: DateFact.Grain) -> DateUnit {
        switch grain {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .year: return .year
        }
    }

    /// The days a resolved date covers, [start, end): a month is its 1st to the next month's 1st.
    func span(of resolved: Resolved, grain: DateFact.Grain) -> (start: CivilDate, end: CivilDate)? {
        guard let date = resolved.date else { return nil }
        if resolved.kind == .interval { return resolved.end.map { (date, $0) } }
        let grain = resolved.grain ?? grain
        return (date, Self.add(1, Self.unit(of: grain), to: date))
    }

    /// The nth (−1: last) weekday of the month `resolved` starts, or the week that starts on its nth Monday.
    func nthWeekday(_ n: Int, _ weekday: Weekday, of resolved: Resolved, isWeek: Bool) -> Resolved {
        guard let date = resolved.date else { return resolved }
        var result = resolved
        // The last week of a month is the last one that ends in it ("the last week of july" 2017: 24–30 July).
        // "the second last week of October": a week before the last one.
        let back = n < 0 ? 7 * (n + 1) : 0
        let rule =
            isWeek && n < 0 && date.month != 12
            ? HolidayRule.nthWeekday(month: date.month, weekday: .sunday, n: -1, offset: -6 + back)
            : HolidayRule.nthWeekday(month: date.month, weekday: weekday, n: n < 0 ? -1 : n, offset: back)
        result.date = rule.date(in: date.year)
        result.grain = isWeek ? .week : .day
        return result
    }

    /// "end of March" is 21–31 March, "beginning of 2017" January to March, "mid-2000" May to August, "end of next
    /// week" Friday to Sunday; "late last month" is its second half (16th to the end), "late 2016" July to December;
    /// French corpora cut years in thirds ("en début d'année": January and February) and weeks from Thursday.
    func slice(_ resolved: Resolved, grain: DateFact.Grain, part: PeriodPart, french: Bool = false) -> Resolved {
        guard let whole = span(of: resolved, grain: grain), resolved.kind == .value else { return resolved }
        var result = resolved
        result.kind = .interval
        let start = whole.start
        switch resolved.grain ?? grain {
        case .month:
            result.grain = .day
            switch part {
            case .beginning: (result.date, result.end) = (start, start.adding(days: 10))
            case .middle:
                let first = french ? 9 : 10
                (result.date, result.end) = (start.adding(days: first), start.adding(days: first + 10))
            case .end: (result.date, result.end) = (start.adding(days: 20), whole.end)
            case .late: (result.date, result.end) = (start.adding(days: 15), whole.end)
            }
        case .year:
            result.grain = .month
            // A French year named by its number is cut in thirds ("fin 2000": September to December); the
            // current year in two-month ends ("en fin d'année": November and December).
            let thirds = french && resolved.resolution == .explicit
            switch part {
            case .beginning:
                (result.date, result.end) = (start, Self.add(thirds ? 4 : french ? 2 : 3, .month, to: start))
            case .middle: (result.date, result.end) = (Self.add(4, .month, to: start), Self.add(8, .month, to: start))
            case .end:
                (result.date, result.end) = (Self.add(thirds ? 8 : french ? 10 : 8, .month, to: start), whole.end)
            case .late: (result.date, result.end) = (Self.add(6, .month, to: start), whole.end)
            }
        case .week:
            result.grain = .day
            switch part {
            case .beginning: (result.date, result.end) = (start, start.adding(days: french ? 2 : 3))
            case .middle: (result.date, result.end) = (start.adding(days: 2), start.adding(days: 4))
            case .end, .late: (result.date, result.end) = (start.adding(days: french ? 3 : 4), whole.end)
            }
        default:
            return resolved
        }
        return result
    }

    /// "le 16", "between the 13th and the 18th": a day of the anchor's month, or of the next (previous) one when
    /// the day has passed (not come) in the direction dates are read.
    func resolveDayOfMonth(_ day: Int, weekday: Weekday? = nil) -> Resolved {
        let anchor = self.anchor
        guard published != nil || direction == .forward else {
            return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false)
        }
        if let weekday, day <= CivilDate.daysIn(month: anchor.month, year: anchor.year),
            let date = CivilDate(year: anchor.year, month: anchor.month, day: day), date.weekday == weekday
        {
            // "Friday the 22nd" in a month whose 22nd is a Friday: that one, before or after the anchor.
            return Resolved(date: date, resolution: .fromPublication, weekdayMismatch: false)
        }
        for step in 0..<(weekday == nil ? 4 : 28) {
            let shifted = Self.add(
                direction == .forward ? step : -step, .month, to: Self.start(of: .month, containing: anchor))
            guard day <= CivilDate.daysIn(month: shifted.month, year: shifted.year) else { continue }
            let date = CivilDate(year: shifted.year, month: shifted.month, day: day)!
            if direction == .forward ? date >= anchor : date <= anchor, weekday == nil || date.weekday == weekday {
                return Resolved(date: date, resolution: .fromPublication, weekdayMismatch: false)
            }
        }
        return Resolved(date: nil, resolution: .unresolved, weekdayMismatch: false)
    }

    func resolve(_ expression: DateExpression) -> Resolved {
        var result = Resolved(date: nil, resolution: .relative, weekdayMismatch: false, grain: expression.grain)
        switch expression {
        case .holiday(let rule, let year, let modifier):
            if let year {
                result.date = rule.date(in: year)
                result.resolution = .explicit
            } else {
                guard published != nil || direction == .forward else { return unresolved(result) }
                result.date = nearest(rule, modifier: modifier)
            }
            if let days = rule.days, let date = result.date {
                // "passover 2018": from its eve to the day after its last day
                result.kind = .interval
                result.end = date.adding(days: days + 1)
            }
            return result
        case .set(let period):
            result.kind = .set
            result.recurrence = period
            return result
        case .decade(let year):
            result.kind = .interval
            result.date = CivilDate(year: year, month: 1, day: 1)
            result.end = CivilDate(year: year + 10, month: 1, day: 1)
            result.resolution = .explicit
            return result
        case .quarter(let number, let year):
            if year == nil && published == nil { return unresolved(result) }
            result.date = CivilDate(year: year ?? anchor.year, month: 3 * number - 2, day: 1)
            result.resolution = year == nil ? .fromPublication : .explicit
            return result
        case .week(let number, let year):
            if year == nil && published == nil { return unresolved(result) }
            // ISO weeks: the first contains 4 January, the last 28 December.
            let fourth = CivilDate(year: year ?? anchor.year, month: 1, day: 4)!
            result.date = Self.start(of: .week, containing: fourth).adding(days: 7 * (number - 1))
            if number < 0 {
                let last = CivilDate(year: year ?? anchor.year, month: 12, day: 28)!
                result.date = Self.start(of: .week, containing: last).adding(days: 7 * (number + 1))
            }
            result.resolution = year == nil ? .fromPublication : .explicit
            return result
        default:
            break
        }
        guard published != nil else { return unresolved(result) }
        let anchor = self.anchor
        switch expression {
        case .period(let unit, let offset):
            result.date = Self.add(offset, unit, to: Self.start(of: unit, containing: anchor))
            if unit == .decade {
                // "this decade", "la décennie suivante": ten years, as an interval of years
                result.kind = .interval
                result.end = result.date.map { Self.add(1, .decade, to: $0) }
            }
        case .weekdayCount(let weekday, let count):
            let ahead = (weekday.rawValue - anchor.weekday.rawValue + 7) % 7
            let first = count > 0 ? (ahead == 0 ? 7 : ahead) : (ahead == 0 ? -7 : ahead - 7)
            result.date = anchor.adding(days: first + 7 * (count > 0 ? count - 1 : count + 1))
        case .rest(let unit):
            // Both corpora close it on the period's last day ("rest of the month": 7 to 30 November).
            let next = Self.add(1, unit, to: Self.start(of: unit, containing: anchor))
            result.kind = .interval
            (result.date, result.end, result.closing) = (anchor, next, next.adding(days: -1))
        case .rolling(let unit, let count):
            result.kind = .interval
            if count > 0 {
                let tomorrow = anchor.adding(days: 1)
                (result.date, result.end) = (tomorrow, Self.add(count, unit, to: tomorrow))
            } else {
                (result.date, result.end) = (Self.add(count, unit, to: anchor), anchor)
            }
        case .toDate(let unit):
            result.kind = .interval
            (result.date, result.end, result.closing) = (
                Self.start(of: unit, containing: anchor), anchor.adding(days: 1), anchor
            )
        case .latter(let unit):
            let start = Self.start(of: unit, containing: anchor)
            let half: CivilDate
            switch unit {
            case .week: half = start.adding(days: 3)
            case .month: half = start.adding(days: 15)
            default: half = Self.add(6, .month, to: start)
            }
            result.kind = .interval
            (result.date, result.end) = (max(half, anchor), Self.add(1, unit, to: start))
        case .later(let unit):
            let next = Self.add(1, unit, to: Self.start(of: unit, containing: anchor))
            result.kind = .interval
            (result.date, result.end) = (anchor.adding(days: 1), next)
        case .weekend(let offset):
            let saturday = Self.add(offset, .week, to: Self.start(of: .week, containing: anchor)).adding(days: 5)
            result.kind = .interval
            result.date = saturday
            result.end = saturday.adding(days: 2)
        case .season(let season, let year, let offset):
            if let found = self.season(season, year: year, offset: offset) {
                result.kind = .interval
                (result.date, result.end) = (found.start, found.end)
                if year != nil { result.resolution = .explicit }
            }
        case .weekdayOfWeek(let weekday, let offset):
            let monday = Self.add(offset, .week, to: Self.start(of: .week, containing: anchor))
            result.date = monday.adding(days: (weekday.rawValue + 6) % 7)
        case .shift(let steps):
            var date = anchor
            for step in steps { date = Self.add(step.count, step.unit, to: date) }
            result.date = expression.grain == .month ? Self.start(of: .month, containing: date) : date
        case .periods(let unit, let count):
            let current = Self.start(of: unit, containing: anchor)
            result.kind = .interval
            result.date = Self.add(count > 0 ? 1 : count, unit, to: current)
            result.end = Self.add(count > 0 ? count + 1 : 0, unit, to: current)
        default:
            break
        }
        return result
    }

    /// Spring from 20 March, summer from 21 June, autumn from 23 September, winter from 21 December.
    private static let seasonStarts = [(3, 20), (6, 21), (9, 23), (12, 21)]

    /// The season's days: of a year (winter runs into the next), or the one containing the anchor or nearest it
    /// (`offset` 0 or nil), the next (+1) or the last (−1); −1 as `season` is whichever season it is.
    private func season(_ season: Int, year: Int?, offset: Int?) -> (start: CivilDate, end: CivilDate)? {
        var all: [(season: Int, start: CivilDate, end: CivilDate)] = []
        let first = (year ?? anchor.year) - 2
        for y in first...first + 4 {
            for (index, start) in Self.seasonStarts.enumerated() {
                let next = Self.seasonStarts[(index + 1) % 4]
                all.append(
                    (
                        index, CivilDate(year: y, month: start.0, day: start.1)!,
                        CivilDate(year: index == 3 ? y + 1 : y, month: next.0, day: next.1)!
                    ))
            }
        }
        // A named season is closed on the day the next one starts (summer: 21 June to 23 September, written up to
        // 24 September); "this season", "next season" end the day before the next one starts, as Duckling writes
        // them.
        if let year {
            return all.first { $0.season == season && $0.start.year == year }.map { ($0.start, $0.end.adding(days: 1)) }
        }
        guard let current = all.firstIndex(where: { $0.start <= anchor && anchor < $0.end }) else { return nil }
        if season < 0 {
            let found = all[current + (offset ?? 0)]
            return (found.start, found.end.adding(days: -1))
        }
        let matching = all.indices.filter { all[$0].season == season }
        let chosen: Int?
        switch offset {
        case 1: chosen = matching.first { $0 > current }
        case -1: chosen = matching.last { $0 < current }
        case 0:
            // "this summer", "cet été": the one of the anchor's year, past or to come ("this summer" in March is
            // the coming one, in November the one just gone), unless the anchor is in that season.
            chosen =
                matching.first { $0 == current } ?? matching.first { all[$0].start.year == anchor.year }
        default:
            chosen =
                matching.first { $0 == current }
                ?? (direction == .forward ? matching.first { $0 > current } : matching.last { $0 < current })
        }
        return chosen.map { (all[$0].start, all[$0].end.adding(days: 1)) }
    }

    private func unresolved(_ result: Resolved) -> Resolved {
        var result = result
        result.date = nil
        result.resolution = .unresolved
        return result
    }

    /// The holiday's nearest date: the next one (+1), the last one (−1), or the nearest in the reading direction.
    private func nearest(_ rule: HolidayRule, modifier: Int?) -> CivilDate? {
        let anchor = self.anchor
        let forward = modifier.map { $0 > 0 } ?? (direction == .forward)
        let strict = modifier != nil
        let years = forward ? Array(anchor.year...anchor.year + 2) : Array((anchor.year - 2...anchor.year).reversed())
        for year in years {
            guard let date = rule.date(in: year) else { continue }
            if forward ? (strict ? date > anchor : date >= anchor) : (strict ? date < anchor : date <= anchor) {
                return date
            }
        }
        return nil
    }
}

extension DateResolver {
    /// A placed date moved by steps: "three days after Easter" is Easter plus three days.
    func shifted(_ resolved: Resolved, by steps: [(unit: DateUnit, count: Int)]) -> Resolved {
        guard var date = resolved.date else { return resolved }
        var result = resolved
        var end = resolved.end
        for step in steps {
            date = Self.add(step.count, step.unit, to: date)
            end = end.map { Self.add(step.count, step.unit, to: $0) }
        }
        (result.date, result.end) = (date, end)
        result.closing = nil
        return result
    }
}
