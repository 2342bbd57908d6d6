import CrossCheckModel

/// A date composed by the date grammar from its parts, before it is placed on the calendar.
///
/// "next week" is `.period(.week, 1)`, "3 weeks ago" `.shift(.week, -3)`, "the last 2 years" `.periods(.year, -2)`,
/// "thanksgiving 2014" `.holiday(rule, year: 2014, modifier: nil)`, "every day" `.set("P1D")`.
enum DateExpression: Sendable {
    /// The unit that contains the anchor, moved by `offset` units: "this quarter" (0), "la semaine prochaine" (1).
    case period(DateUnit, offset: Int)
    /// The anchor moved by `count` units, read to the day: "in a week", "il y a trois mois", "قبل 3 أيام".
    case shift([(unit: DateUnit, count: Int)])
    /// `count` whole units after the current one (before it when negative): "next 3 weeks", "2 derniers mois".
    case periods(DateUnit, count: Int)
    /// `count` units from tomorrow (up to today when negative), to the day: "the 5 past years", "2 next days".
    case rolling(DateUnit, count: Int)
    /// Quarter 1–4 of a year (the anchor's when nil), or moved by `offset` from the anchor's.
    case quarter(Int, year: Int?)
    /// ISO week 1–53 of a year (the anchor's when nil), or counted back from its last week (−1, −2, …).
    case week(Int, year: Int?)
    /// A holiday in a year, or the next (+1), last (−1) or nearest one.
    case holiday(HolidayRule, year: Int?, modifier: Int?)
    /// A weekday of the week that contains the anchor, moved by `offset` weeks: "wednesday of next week",
    /// "lundi cette semaine", "dimanche de la semaine dernière".
    case weekdayOfWeek(Weekday, offset: Int)
    /// A season (0 spring … 3 winter) of a year, or the one `offset` seasons from the anchor's (nil: the nearest
    /// in the reading direction).
    case season(Int, year: Int?, offset: Int?)
    /// Saturday and Sunday of the anchor's week moved by `offset` weeks.
    case weekend(offset: Int)
    /// A recurring date, with its ISO 8601 period or Timex.
    case set(String)
    /// Ten years from a first year: "the seventies".
    case decade(Int)
    /// The nth weekday after the anchor (before it when negative): "two sundays from now", "2 thursdays back".
    case weekdayCount(Weekday, Int)
    /// The anchor day to the last day of its unit: "the rest of the week", "le reste de l'année".
    case rest(DateUnit)
    /// The day after the anchor to the last day of its unit: "لاحقا في هذا الأسبوع" (later this week).
    case later(DateUnit)
    /// The first day of the anchor's unit to the anchor: "year to date", "month to date".
    case toDate(DateUnit)
    /// The latter half of the anchor's unit (from Thursday, the 16th, July), or the anchor to its end once that half
    /// has begun: "later this week", "later in the year".
    case latter(DateUnit)

    /// True when the expression counts units ("in 3 years", "every 2 weeks"): its count is also a number.
    var counts: Bool {
        switch self {
        case .shift, .periods, .rolling, .period, .set: return true
        default: return false
        }
    }

    /// True when the expression is one date (not an interval or a set), so it can end an interval.
    var isValue: Bool {
        switch self {
        case .periods, .rolling, .set, .decade, .season, .weekend, .rest, .later, .toDate, .latter: return false
        default: return true
        }
    }

    var grain: DateFact.Grain {
        switch self {
        case .period(let unit, _), .periods(let unit, _): return unit.grain
        case .shift, .rolling: return .day
        case .quarter: return .quarter
        case .week: return .week
        case .holiday, .set, .weekdayOfWeek, .season, .weekend, .rest, .later, .toDate, .latter, .weekdayCount:
            return .day
        case .decade: return .year
        }
    }
}
