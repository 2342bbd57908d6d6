import CrossCheckModel

/// Days of the Hindu lunisolar and solar calendars, and of the Chinese New Year, from the Sun's and the Moon's
/// positions (Astronomy.swift), reckoned in Indian time for New Delhi (China time for the Chinese New Year).
///
/// The rules are the calendars' own:
/// - a lunar day (tithi) is each 12° the Moon gains on the Sun: 1–15 the bright half, 16–30 the dark half, 15 the
///   full moon, 30 the new moon;
/// - a lunar month runs from new moon to new moon (amanta) and takes the name of the solar sign the Sun enters
///   during it: the month whose new moon has the Sun in sidereal Pisces (Meena) is Chaitra (0), then Vaishakha (1)
///   … Phalguna (11); a month in which the Sun enters no sign is an extra (adhika) month, and festivals fall in the
///   regular month that follows it;
/// - a festival is kept on the day whose sunrise falls in its lunar day (Diwali: whose sunset falls in the new-moon
///   lunar day; Karva Chauth: whose moonrise, about three hours after sunset, falls in the dark fourth);
/// - a solar month starts at the Sun's entry into a sidereal sign (sankranti), on that day when the entry comes
///   before sunset, else on the next (Tamil and Punjabi reckoning); the Bengali month starts the day after it.
///
/// Example: Diwali 2019 (Ashvin, lunar day 30, at sunset) is 27 October 2019.
enum HinduCalendar {
    /// The moment of a day at which a festival's lunar day must be current.
    enum Moment: Sendable, Hashable {
        case sunrise, sunset
        /// Hours after sunset: moonrise on the dark fourth comes about three hours after sunset.
        case afterSunset(hours: Int)
    }

    static let delhi = (latitude: 28.61, longitude: 77.21)
    static let kochi = (latitude: 9.93, longitude: 76.27)
    static let indianHours = 5.5

    /// The Sun's sidereal sign (0 Aries … 11 Pisces) at `jd`.
    static func sign(_ jd: Double) -> Int {
        Int(Astronomy.normalized(Astronomy.sunLongitude(jd) - Astronomy.ayanamsa(jd)) / 30)
    }

    /// The new moons from December of the year before to January of the year after, with the Sun's sign at each.
    static func newMoons(around year: Int) -> [(jd: Double, sign: Int)] {
        var result: [(jd: Double, sign: Int)] = []
        var jd = Astronomy.newMoon(near: Astronomy.julianDay(CivilDate(year: year - 1, month: 11, day: 15)!))
        let last = Astronomy.julianDay(CivilDate(year: year + 1, month: 2, day: 15)!)
        while jd < last {
            result.append((jd, sign(jd)))
            jd = Astronomy.newMoon(near: jd + 29.53)
        }
        return result
    }

    private static func moment(_ moment: Moment, on date: CivilDate) -> Double {
        switch moment {
        case .sunrise:
            return Astronomy.sunEvent(rising: true, on: date, latitude: delhi.latitude, longitude: delhi.longitude)
        case .sunset:
            return Astronomy.sunEvent(rising: false, on: date, latitude: delhi.latitude, longitude: delhi.longitude)
        case .afterSunset(let hours):
            let sunset = Astronomy.sunEvent(
                rising: false, on: date, latitude: delhi.latitude, longitude: delhi.longitude)
            return sunset + Double(hours) / 24
        }
    }

    /// The day of lunar day `tithi` (1–30) of the lunar month that starts at the new moon `start`.
    static func day(ofTithi tithi: Int, from start: Double, at moment: Moment) -> CivilDate {
        let begin = Astronomy.elongationReaches(Double(tithi - 1) * 12, near: start + Double(tithi - 1) * 0.984)
        let finish = Astronomy.elongationReaches(Double(tithi % 30) * 12, near: start + Double(tithi) * 0.984)
        let first = Astronomy.civilDate(begin, hours: indianHours)
        for date in [first, first.adding(days: 1)] {
            let time = self.moment(moment, on: date)
            if begin <= time && time < finish { return date }
        }
        return first  // a lunar day that holds no sunrise is kept on the day it begins
    }

    /// The day of `tithi` in lunar month `month` (0 Chaitra … 11 Phalguna) that falls in a Gregorian year.
    static func day(month: Int, tithi: Int, at moment: Moment, inYear year: Int) -> CivilDate? {
        let moons = newMoons(around: year)
        let wanted = (month + 11) % 12
        for (index, moon) in moons.enumerated() where moon.sign == wanted {
            // Two new moons with the Sun in one sign: the first starts the extra month, festivals keep the second.
            if index + 1 < moons.count, moons[index + 1].sign == wanted { continue }
            let date = day(ofTithi: tithi, from: moon.jd, at: moment)
            if date.year == year { return date }
        }
        return nil
    }

    /// The moment the Sun enters sidereal sign `sign` (0 Aries … 11 Pisces) in a Gregorian year.
    static func sankranti(_ sign: Int, inYear year: Int) -> Double {
        // Aries about 14 April, then a sign about every 30.4 days; Capricorn to Pisces fall early in the year.
        let aries = Astronomy.julianDay(CivilDate(year: sign >= 9 ? year - 1 : year, month: 4, day: 14)!)
        return Astronomy.siderealSunReaches(Double(sign) * 30, near: aries + Double(sign) * 30.44)
    }

    /// The first day of a solar month: the day of the Sun's entry when it comes before sunset, else the next day.
    static func solarMonthStart(_ sign: Int, inYear year: Int) -> CivilDate {
        let entry = sankranti(sign, inYear: year)
        let date = Astronomy.civilDate(entry, hours: indianHours)
        return entry < moment(.sunset, on: date) ? date : date.adding(days: 1)
    }

    /// The first day of a Bengali solar month: the day after the Sun's entry.
    static func bengaliMonthStart(_ sign: Int, inYear year: Int) -> CivilDate {
        Astronomy.civilDate(sankranti(sign, inYear: year), hours: indianHours).adding(days: 1)
    }

    /// Onam: the day of the month of Chingam (the Sun in sidereal Leo) whose sunrise in Kerala has the Moon in the
    /// Thiruvonam (Shravana) lunar mansion, 280°–293°20′ of sidereal longitude.
    static func onam(inYear year: Int) -> CivilDate? {
        let first = solarMonthStart(4, inYear: year)
        for offset in 0..<31 {
            let date = first.adding(days: offset)
            let sunrise = Astronomy.sunEvent(
                rising: true, on: date, latitude: kochi.latitude, longitude: kochi.longitude)
            let moon = Astronomy.normalized(Astronomy.moonLongitude(sunrise) - Astronomy.ayanamsa(sunrise))
            if moon >= 280 && moon < 280 + 40.0 / 3 { return date }
        }
        return nil
    }

    /// The Chinese New Year: the second new moon after the December solstice, dated in China time (UTC+8). (A
    /// leap eleventh or twelfth month, as in 2033, would move it a month later; it is not modelled.)
    static func chineseNewYear(inYear year: Int) -> CivilDate? {
        let guess = Astronomy.julianDay(CivilDate(year: year - 1, month: 12, day: 21)!)
        var solstice = guess
        for _ in 0..<6 {
            var gap = Astronomy.normalized(270 - Astronomy.sunLongitude(solstice))
            if gap > 180 { gap -= 360 }
            solstice += gap / 0.985_647
        }
        let solsticeDay = Astronomy.civilDate(solstice, hours: 8)
        var moon = Astronomy.newMoon(near: solstice)
        if Astronomy.civilDate(moon, hours: 8) <= solsticeDay { moon = Astronomy.newMoon(near: moon + 29.53) }
        let newYear = Astronomy.civilDate(Astronomy.newMoon(near: moon + 29.53), hours: 8)
        return newYear.year == year ? newYear : nil
    }
}
