import CrossCheckModel

/// The arithmetic Hebrew calendar, to place Jewish holidays ("yom kippur 2018") on the civil calendar.
///
/// The calendar is fixed by rule: months are counted from the molad (mean new moon) of the epoch, the new year is
/// postponed by the dehiyyot, and 7 of every 19 years have a second Adar. Months are numbered from Nisan (1) to
/// Adar (12) and Adar II (13); the year starts in Tishrei (7). The formulas follow Reingold and Dershowitz,
/// "Calendrical Calculations".
///
///     HebrewCalendar.civil(year: 5779, month: 7, day: 10)  // 2018-09-19, Yom Kippur
enum HebrewCalendar {
    /// 1 Tishrei AM 1 (7 October 3761 BCE, Julian) in days since 1970-01-01.
    private static let epoch = -1_373_427 - 719_163

    static func isLeap(_ year: Int) -> Bool { (7 * year + 1) % 19 < 7 }

    /// Days from the epoch to the molad-based new year, with the first postponement.
    private static func elapsedDays(_ year: Int) -> Int {
        let months = (235 * year - 234) / 19
        let parts = 12_084 + 13_753 * months
        let days = 29 * months + parts / 25_920
        return (3 * (days + 1)) % 7 < 3 ? days + 1 : days
    }

    /// The other postponements, which keep every year 353–355 or 383–385 days long.
    private static func yearLengthCorrection(_ year: Int) -> Int {
        let previous = elapsedDays(year - 1)
        let current = elapsedDays(year)
        let next = elapsedDays(year + 1)
        if next - current == 356 { return 2 }
        if current - previous == 382 { return 1 }
        return 0
    }

    /// 1 Tishrei of a year, in days since 1970-01-01.
    private static func newYear(_ year: Int) -> Int { epoch + elapsedDays(year) + yearLengthCorrection(year) }

    private static func lastDay(month: Int, year: Int) -> Int {
        let length = newYear(year + 1) - newYear(year)
        switch month {
        case 2, 4, 6, 10, 13: return 29
        case 12 where !isLeap(year): return 29
        case 8 where length % 10 != 5: return 29  // Marheshvan is long only in 355- and 385-day years
        case 9 where length % 10 == 3: return 29  // Kislev is short in 353- and 383-day years
        default: return 30
        }
    }

    /// The civil date of a Hebrew date.
    static func civil(year: Int, month: Int, day: Int) -> CivilDate {
        var days = newYear(year) + day - 1
        if month < 7 {
            for earlier in 7...(isLeap(year) ? 13 : 12) { days += lastDay(month: earlier, year: year) }
            for earlier in 1..<month { days += lastDay(month: earlier, year: year) }
        } else {
            for earlier in 7..<month { days += lastDay(month: earlier, year: year) }
        }
        return CivilDate(daysSinceEpoch: days)
    }

    /// The Hebrew date that falls in a Gregorian year: AM year + 3760 in spring, + 3761 from Tishrei.
    static func civil(month: Int, day: Int, inGregorianYear year: Int) -> CivilDate? {
        for hebrewYear in [year + 3760, year + 3761] {
            // Adar in a leap year is Adar II (13), where Purim falls.
            let actual = month == 12 && isLeap(hebrewYear) ? 13 : month
            let date = civil(year: hebrewYear, month: actual, day: day)
            if date.year == year { return date }
        }
        return nil
    }
}
