import CrossCheckModel

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Low-precision positions of the Sun and the Moon, enough to place lunisolar holidays to the day.
///
/// The formulas are those of Jean Meeus, "Astronomical Algorithms" (2nd ed.): the Sun's true longitude from its
/// equation of the centre (chapter 25, about 0.01°) and the Moon's longitude from the largest terms of its
/// periodic series (chapter 47, table 47.A, about 0.02°). The Moon gains 12° on the Sun in about 24 hours, so these
/// errors move a lunar day's start by a few minutes. Times are Julian days in Universal Time; the difference from
/// Terrestrial Time (about a minute) is neglected.
///
///     Astronomy.newMoon(near: Astronomy.julianDay(CivilDate(year: 2019, month: 10, day: 28)!))
///     // 2458784.65…: 28 October 2019, 03:38 UT
enum Astronomy {
    /// The Julian day at 0h UT of a civil date.
    static func julianDay(_ date: CivilDate) -> Double { 2_440_587.5 + Double(date.daysSinceEpoch) }

    /// The civil date (UT) of a Julian day shifted by `hours` (5.5 for Indian time).
    static func civilDate(_ jd: Double, hours: Double = 0) -> CivilDate {
        CivilDate(daysSinceEpoch: Int((jd + hours / 24 - 2_440_587.5).rounded(.down)))
    }

    private static func centuries(_ jd: Double) -> Double { (jd - 2_451_545.0) / 36_525 }

    private static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }

    static func normalized(_ degrees: Double) -> Double {
        let value = degrees.truncatingRemainder(dividingBy: 360)
        return value < 0 ? value + 360 : value
    }

    /// The Sun's apparent longitude (tropical, degrees).
    static func sunLongitude(_ jd: Double) -> Double {
        let t = centuries(jd)
        let l0 = 280.46646 + 36_000.76983 * t + 0.000_303_2 * t * t
        let m = radians(357.52911 + 35_999.05029 * t - 0.000_153_7 * t * t)
        let c =
            (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * sin(m) + (0.019_993 - 0.000_101 * t)
            * sin(2 * m) + 0.000_289 * sin(3 * m)
        let omega = radians(125.04 - 1_934.136 * t)
        return normalized(l0 + c - 0.005_69 - 0.004_78 * sin(omega))
    }

    /// The terms of the Moon's longitude: multiples of D, M, M′, F and the coefficient in 10⁻⁶ degree.
    private static let moonTerms: [(Double, Double, Double, Double, Double)] = [
        (0, 0, 1, 0, 6_288_774), (2, 0, -1, 0, 1_274_027), (2, 0, 0, 0, 658_314), (0, 0, 2, 0, 213_618),
        (0, 1, 0, 0, -185_116), (0, 0, 0, 2, -114_332), (2, 0, -2, 0, 58_793), (2, -1, -1, 0, 57_066),
        (2, 0, 1, 0, 53_322), (2, -1, 0, 0, 45_758), (0, 1, -1, 0, -40_923), (1, 0, 0, 0, -34_720),
        (0, 1, 1, 0, -30_383), (2, 0, 0, -2, 15_327), (0, 0, 1, 2, -12_528), (0, 0, 1, -2, 10_980),
        (4, 0, -1, 0, 10_675), (0, 0, 3, 0, 10_034), (4, 0, -2, 0, 8_548), (2, 1, -1, 0, -7_888),
        (2, 1, 0, 0, -6_766), (1, 0, -1, 0, -5_163), (1, 1, 0, 0, 4_987), (2, -1, 1, 0, 4_036),
        (2, 0, 2, 0, 3_994), (4, 0, 0, 0, 3_861), (2, 0, -3, 0, 3_665), (0, 1, -2, 0, -2_689),
        (2, 0, -1, 2, -2_602), (2, -1, -2, 0, 2_390), (1, 0, 1, 0, -2_348), (2, -2, 0, 0, 2_236),
        (0, 1, 2, 0, -2_120), (0, 2, 0, 0, -2_069), (2, -2, -1, 0, 2_048), (2, 0, 1, -2, -1_773),
        (2, 0, 0, 2, -1_595), (4, -1, -1, 0, 1_215), (0, 0, 2, 2, -1_110), (3, 0, -1, 0, -892),
        (2, 1, 1, 0, -810), (4, -1, -2, 0, 759), (0, 2, -1, 0, -713), (2, 2, -1, 0, -700),
    ]

    /// The Moon's apparent longitude (tropical, degrees), without nutation (it cancels in the elongation).
    static func moonLongitude(_ jd: Double) -> Double {
        let t = centuries(jd)
        let l = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t * t
        let d = radians(297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t * t)
        let m = radians(357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t * t)
        let mp = radians(134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t * t)
        let f = radians(93.272_095_0 + 483_202.017_523_3 * t - 0.003_653_9 * t * t)
        let e = 1 - 0.002_516 * t - 0.000_007_4 * t * t
        var sum = 0.0
        for (cd, cm, cmp, cf, coefficient) in moonTerms {
            let factor = abs(cm) == 1 ? e : abs(cm) == 2 ? e * e : 1
            sum += coefficient * factor * sin(cd * d + cm * m + cmp * mp + cf * f)
        }
        let a1 = radians(119.75 + 131.849 * t)
        let a2 = radians(53.09 + 479_264.290 * t)
        sum += 3_958 * sin(a1) + 1_962 * sin(radians(l) - f) + 318 * sin(a2)
        return normalized(l + sum / 1_000_000)
    }

    /// The Moon's lead over the Sun, 0–360°: 0 at new moon, 180 at full moon.
    static func elongation(_ jd: Double) -> Double { normalized(moonLongitude(jd) - sunLongitude(jd)) }

    /// The Lahiri ayanamsa (degrees), which Indian calendars subtract to get sidereal longitudes: 23.853° in 2000,
    /// growing with the precession of the equinoxes (50.29″ a year).
    static func ayanamsa(_ jd: Double) -> Double { 23.853 + 1.396_9 * centuries(jd) }

    /// The moment, near `jd` (within about ten days), when the elongation reaches `target` degrees.
    static func elongationReaches(_ target: Double, near jd: Double) -> Double {
        var time = jd
        for _ in 0..<8 {
            var gap = normalized(target - elongation(time))
            if gap > 180 { gap -= 360 }
            time += gap / 12.190_749  // the mean daily gain of the Moon on the Sun
        }
        return time
    }

    /// The new moon nearest `jd`.
    static func newMoon(near jd: Double) -> Double { elongationReaches(0, near: jd) }

    /// The moment, near `jd`, when the Sun's sidereal longitude reaches `target` degrees.
    static func siderealSunReaches(_ target: Double, near jd: Double) -> Double {
        var time = jd
        for _ in 0..<6 {
            var gap = normalized(target - (sunLongitude(time) - ayanamsa(time)))
            if gap > 180 { gap -= 360 }
            time += gap / 0.985_647
        }
        return time
    }

    /// Sunrise or sunset (Julian day, UT) at a place on a civil date: the Sun's centre 0.833° below the horizon.
    static func sunEvent(rising: Bool, on date: CivilDate, latitude: Double, longitude: Double) -> Double {
        var time = julianDay(date) + 0.5 - longitude / 360 + (rising ? -0.25 : 0.25)
        for _ in 0..<3 {
            let t = centuries(time)
            let lambda = radians(sunLongitude(time))
            let epsilon = radians(23.439_291 - 0.013_004 * t)
            let declination = asin(sin(epsilon) * sin(lambda))
            let rightAscension = normalized(atan2(cos(epsilon) * sin(lambda), cos(lambda)) * 180 / .pi)
            let meanLongitude = normalized(280.46646 + 36_000.76983 * t)
            var equation = meanLongitude - rightAscension  // the equation of time, in degrees
            if equation > 180 { equation -= 360 }
            if equation < -180 { equation += 360 }
            let phi = radians(latitude)
            let cosH =
                (sin(radians(-0.833)) - sin(phi) * sin(declination))
                / (cos(phi) * cos(declination))
            let hourAngle = acos(max(-1, min(1, cosH))) * 180 / .pi
            let noon = julianDay(date) + 0.5 - (longitude + equation) / 360
            time = noon + (rising ? -hourAngle : hourAngle) / 360
        }
        return time
    }
}
