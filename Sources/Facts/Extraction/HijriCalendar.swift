import CrossCheckModel

/// The tabular (arithmetic) Islamic calendar, used to place Hijri dates ("1 رمضان 1445 هـ") on the civil calendar.
///
/// Official calendars follow moon sightings and can differ from the tabular one by a day or two; for matching news
/// events that is close enough, and the arithmetic needs no tables or Foundation. Leap years are the 2nd, 5th, 7th,
/// 10th, 13th, 16th, 18th, 21st, 24th, 26th and 29th of each 30-year cycle.
///
///     HijriCalendar.civil(year: 1445, month: 9, day: 1)  // 2024-03-11
enum HijriCalendar {
    /// 1 Muharram 1 AH (16 July 622, Julian) in days since 1970-01-01.
    private static let epoch = -492_148

    /// Days from the Hijri epoch to the first of a month.
    private static func daysBefore(year: Int, month: Int) -> Int {
        (year - 1) * 354 + (3 + 11 * year) / 30 + (59 * (month - 1) + 1) / 2
    }

    /// The civil date of a Hijri date, or nil when the day cannot exist.
    static func civil(year: Int, month: Int, day: Int) -> CivilDate? {
        guard year >= 1, (1...12).contains(month), (1...30).contains(day) else { return nil }
        return CivilDate(daysSinceEpoch: epoch + daysBefore(year: year, month: month) + day - 1)
    }

    /// The Hijri year that contains a civil date.
    static func year(of date: CivilDate) -> Int {
        let days = date.daysSinceEpoch - epoch
        return (30 * days + 10_646) / 10_631
    }
}
