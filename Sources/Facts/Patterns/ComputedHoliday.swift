import CrossCheckModel

/// Holidays whose day needs a rule of its own rather than a fixed day, an nth weekday or an Easter offset.
///
/// Each rule is the one the holiday's own calendar or law states: Victoria Day is "the Monday preceding 25 May",
/// the US tax deadline is 15 April moved to the next business day in Washington D.C. Example: `.mondayBefore(month:
/// 5, day: 25)` gives 21 May 2018.
enum ComputedHoliday: Sendable, Hashable {
    /// The last Monday strictly before a day: Victoria Day and Quebec's National Patriots' Day (before 25 May).
    case mondayBefore(month: Int, day: Int)
    /// The weekday nearest a day: Newfoundland's Discovery Day is the Monday nearest 24 June.
    case nearestWeekday(month: Int, day: Int, weekday: Weekday)
    /// A fixed day observed on Friday when it is a Saturday and on Monday when it is a Sunday: D.C. Emancipation
    /// Day (16 April).
    case weekendObserved(month: Int, day: Int)
    /// The US federal tax deadline: 15 April, or the next day that is neither a weekend nor D.C. Emancipation Day
    /// as observed (15 April 2011 was a Friday, but Emancipation Day was observed then: the deadline was the 18th).
    case taxDay
    /// Jumu'atul-Wida: the last Friday of Ramadan, the Friday before 1 Shawwal.
    case lastFridayOfRamadan
    /// Great Lent: the forty days from Clean Monday (Orthodox Easter − 48).
    case greatLent
    /// The Parsi (Shahenshahi) New Year: the calendar has 365 days a year and no leap day, so its first day moves a
    /// day earlier every four Gregorian years. Its era begins on 16 June 632 (Julian), the year of Yazdegerd III;
    /// the Shahenshahi reckoning runs one intercalated month (30 days) behind that count (the Kadmi one).
    case parsiNewYear
    /// A lunar day of a Hindu lunar month (HinduCalendar.swift), moved by `offset` days: Diwali is Ashvin's lunar
    /// day 30 at sunset; Holi the day after Phalguna's full moon (15) at sunset.
    case lunar(month: Int, tithi: Int, moment: HinduCalendar.Moment, offset: Int)
    /// A day of a Tamil or Punjabi solar month, from the Sun's entry into a sidereal sign: Thai Pongal is the first
    /// of Thai (Capricorn, 9), Bhogi the day before (−1), Vaisakhi the first of Vaisakh (Aries, 0).
    case solar(sign: Int, offset: Int)
    /// A day of a Bengali solar month: Rabindra Jayanti is 25 Boishakh (Aries, 0).
    case bengali(sign: Int, day: Int)
    /// Onam: Thiruvonam in the month of Chingam.
    case onam
    /// The Chinese New Year: the second new moon after the December solstice.
    case chineseNewYear

    /// The number of days a holiday that is an interval lasts, nil for one day.
    var length: Int? {
        if case .greatLent = self { return 40 }
        return nil
    }

    /// The day in a Gregorian year, or nil when it does not fall in it.
    func date(in year: Int) -> CivilDate? {
        switch self {
        case .mondayBefore(let month, let day):
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            let back = (date.weekday.rawValue - Weekday.monday.rawValue + 7) % 7
            return date.adding(days: -(back == 0 ? 7 : back))
        case .nearestWeekday(let month, let day, let weekday):
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            let ahead = (weekday.rawValue - date.weekday.rawValue + 7) % 7
            return date.adding(days: ahead <= 3 ? ahead : ahead - 7)
        case .weekendObserved(let month, let day):
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            switch date.weekday {
            case .saturday: return date.adding(days: -1)
            case .sunday: return date.adding(days: 1)
            default: return date
            }
        case .taxDay:
            let emancipation = ComputedHoliday.weekendObserved(month: 4, day: 16).date(in: year)
            var date = CivilDate(year: year, month: 4, day: 15)!
            while date.weekday == .saturday || date.weekday == .sunday || date == emancipation {
                date = date.adding(days: 1)
            }
            return date
        case .lastFridayOfRamadan:
            for candidate in [year, year + 1] {
                guard let eid = HolidayRule.hijri(month: 10, day: 1).date(in: candidate) else { continue }
                let back = (eid.weekday.rawValue - Weekday.friday.rawValue + 7) % 7
                let friday = eid.adding(days: -(back == 0 ? 7 : back))
                if friday.year == year { return friday }
            }
            return nil
        case .lunar(let month, let tithi, let moment, let offset):
            return HinduCalendar.day(month: month, tithi: tithi, at: moment, inYear: year)?.adding(days: offset)
        case .solar(let sign, let offset):
            return HinduCalendar.solarMonthStart(sign, inYear: year).adding(days: offset)
        case .bengali(let sign, let day):
            return HinduCalendar.bengaliMonthStart(sign, inYear: year).adding(days: day - 1)
        case .onam:
            return HinduCalendar.onam(inYear: year)
        case .chineseNewYear:
            return HinduCalendar.chineseNewYear(inYear: year)
        case .greatLent:
            return HolidayRule.orthodoxEaster(year).adding(days: -48)
        case .parsiNewYear:
            // 16 June 632 (Julian) is day −488525 from 1 January 1970.
            let first = CivilDate(year: year, month: 1, day: 1)!.daysSinceEpoch
            let offset = first - (-488_525 + 30)
            let start = -488_525 + 30 + (offset + 364) / 365 * 365
            let date = CivilDate(daysSinceEpoch: start)
            return date.year == year ? date : nil
        }
    }
}
