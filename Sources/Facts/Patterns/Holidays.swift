import CrossCheckModel

/// How a holiday falls in a given Gregorian year.
enum HolidayRule: Sendable, Hashable {
    /// The same day every year: Christmas (12-25).
    case fixed(month: Int, day: Int)
    /// The nth weekday of a month (n = −1 for the last), plus a day offset: Thanksgiving is the 4th Thursday of
    /// November, Black Friday the day after.
    case nthWeekday(month: Int, weekday: Weekday, n: Int, offset: Int)
    /// Days after Western Easter (Gregorian computus): Good Friday is −2.
    case easter(offset: Int)
    /// Days after Orthodox Easter (Julian computus).
    case orthodoxEaster(offset: Int)
    /// A day of the Hijri calendar: Eid al-Adha is 10 Dhu al-Hijjah. Holidays use the tabular calendar's
    /// astronomical epoch (15 July 622, a day before the civil one), which gives the observed dates of both
    /// corpora and of recent years (Eid al-Adha 2018: 21 August, Eid al-Fitr 2019: 4 June).
    case hijri(month: Int, day: Int)
    /// A day of the Hebrew calendar (month 1 = Nisan, 7 = Tishrei), given as the evening it begins, as Duckling
    /// does: Yom Kippur (10 Tishrei) 2018 is 18 September. `observance` moves Israeli memorial days off the
    /// Sabbath.
    case hebrew(month: Int, day: Int, observance: HebrewObservance)
    /// A festival of several days from a Hebrew date: Passover is 8 days from 15 Nisan.
    case hebrewFestival(month: Int, day: Int, days: Int)
    /// A day that needs a rule of its own (ComputedHoliday.swift): Victoria Day, the US tax day, Great Lent.
    case computed(ComputedHoliday)

    /// The length in days of a festival that is an interval, less one: its interval ends `days + 1` after its
    /// first day (a Hebrew festival starts on its eve, so Passover's 8 days end 9 days after the eve).
    var days: Int? {
        if case .hebrewFestival(_, _, let days) = self { return days }
        if case .computed(let rule) = self { return rule.length.map { $0 - 1 } }
        return nil
    }

    /// The holiday's date in a Gregorian year, or nil when it does not fall in it.
    func date(in year: Int) -> CivilDate? {
        switch self {
        case .fixed(let month, let day):
            return CivilDate(year: year, month: month, day: day)
        case .nthWeekday(let month, let weekday, let n, let offset):
            guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
            if n > 0 {
                let shift = (weekday.rawValue - first.weekday.rawValue + 7) % 7
                return first.adding(days: shift + 7 * (n - 1) + offset)
            }
            let last = first.adding(days: CivilDate.daysIn(month: month, year: year) - 1)
            return last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7) + offset)
        case .easter(let offset):
            return Self.westernEaster(year).adding(days: offset)
        case .orthodoxEaster(let offset):
            return Self.orthodoxEaster(year).adding(days: offset)
        case .hijri(let month, let day):
            let hijriYear = HijriCalendar.year(of: CivilDate(year: year, month: 1, day: 1)!)
            for candidate in hijriYear...hijriYear + 1 {
                if let date = HijriCalendar.civil(year: candidate, month: month, day: day)?.adding(days: -1),
                    date.year == year
                {
                    return date
                }
            }
            return nil
        case .hebrew(let month, let day, let observance):
            guard let date = HebrewCalendar.civil(month: month, day: day, inGregorianYear: year) else { return nil }
            return observance.observed(date).adding(days: -1)
        case .hebrewFestival(let month, let day, _):
            return HebrewCalendar.civil(month: month, day: day, inGregorianYear: year)?.adding(days: -1)
        case .computed(let rule):
            return rule.date(in: year)
        }
    }

    /// The anonymous Gregorian computus (Meeus/Jones/Butcher).
    static func westernEaster(_ year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)!
    }

    /// The Julian computus (Meeus), moved to the Gregorian calendar (13 days from 1900 to 2099).
    static func orthodoxEaster(_ year: Int) -> CivilDate {
        let a = year % 4
        let b = year % 7
        let c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        let shift = year / 100 - year / 400 - 2
        return CivilDate(year: year, month: month, day: day)!.adding(days: shift)
    }
}

/// How a Hebrew-calendar day moves when it would touch the Sabbath.
enum HebrewObservance: Sendable, Hashable {
    case fixed
    /// Tisha B'Av: a Saturday fast moves to Sunday.
    case sundayIfSabbath
    /// Yom HaShoah: Friday moves to Thursday, Sunday to Monday.
    case shoah
    /// Yom HaAtzmaut: Friday and Saturday move to Thursday, Monday to Tuesday.
    case atzmaut

    func observed(_ date: CivilDate) -> CivilDate {
        switch (self, date.weekday) {
        case (.sundayIfSabbath, .saturday): return date.adding(days: 1)
        case (.shoah, .friday): return date.adding(days: -1)
        case (.shoah, .sunday): return date.adding(days: 1)
        case (.atzmaut, .friday): return date.adding(days: -1)
        case (.atzmaut, .saturday): return date.adding(days: -2)
        case (.atzmaut, .monday): return date.adding(days: 1)
        default: return date
        }
    }
}

/// Holiday names in English, French and Arabic with their rules, and examples.
enum Holidays {
    static let all: [(String, HolidayRule)] = [
        ("christmas", .fixed(month: 12, day: 25)), ("christmas day", .fixed(month: 12, day: 25)),
        ("xmas", .fixed(month: 12, day: 25)), ("noel", .fixed(month: 12, day: 25)),
        ("jour de noel", .fixed(month: 12, day: 25)), ("عيد الميلاد", .fixed(month: 12, day: 25)),
        ("الكريسماس", .fixed(month: 12, day: 25)), ("كريسماس", .fixed(month: 12, day: 25)),
        ("christmas eve", .fixed(month: 12, day: 24)), ("veille de noel", .fixed(month: 12, day: 24)),
        ("new year's day", .fixed(month: 1, day: 1)), ("new years day", .fixed(month: 1, day: 1)),
        ("new year day", .fixed(month: 1, day: 1)), ("jour de l'an", .fixed(month: 1, day: 1)),
        ("nouvel an", .fixed(month: 1, day: 1)), ("رأس السنة", .fixed(month: 1, day: 1)),
        ("رأس السنة الميلادية", .fixed(month: 1, day: 1)),
        // Yuandan (元旦) is the Chinese name of the Gregorian New Year's Day.
        ("yuandan", .fixed(month: 1, day: 1)), ("يواندان", .fixed(month: 1, day: 1)),
        // The Dutch King's Day, 27 April since 2014 (26 April when the 27th is a Sunday: not modelled).
        ("koningsdag", .fixed(month: 4, day: 27)), ("king's day", .fixed(month: 4, day: 27)),
        ("kings day", .fixed(month: 4, day: 27)),
        ("veille de la fete du nouvel an", .fixed(month: 12, day: 31)),
        ("new year's eve", .fixed(month: 12, day: 31)), ("new years eve", .fixed(month: 12, day: 31)),
        ("saint sylvestre", .fixed(month: 12, day: 31)), ("saint-sylvestre", .fixed(month: 12, day: 31)),
        ("veille du nouvel an", .fixed(month: 12, day: 31)), ("reveillon de noel", .fixed(month: 12, day: 24)),
        ("reveillon de nouvel an", .fixed(month: 12, day: 31)), ("reveillon du nouvel an", .fixed(month: 12, day: 31)),
        ("saint-patrick", .fixed(month: 3, day: 17)), ("saint patrick", .fixed(month: 3, day: 17)),
        ("vendredi noir", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 1)),
        ("valentine's day", .fixed(month: 2, day: 14)),
        ("valentines day", .fixed(month: 2, day: 14)), ("saint valentin", .fixed(month: 2, day: 14)),
        ("عيد الحب", .fixed(month: 2, day: 14)), ("halloween", .fixed(month: 10, day: 31)),
        ("st patrick's day", .fixed(month: 3, day: 17)), ("st paddy's day", .fixed(month: 3, day: 17)),
        ("saint patrick's day", .fixed(month: 3, day: 17)), ("saint paddy's day", .fixed(month: 3, day: 17)),
        ("earth day", .fixed(month: 4, day: 22)), ("april fools", .fixed(month: 4, day: 1)),
        ("boss's day", .fixed(month: 10, day: 16)), ("bosses day", .fixed(month: 10, day: 16)),
        ("veterans day", .fixed(month: 11, day: 11)), ("armistice", .fixed(month: 11, day: 11)),
        ("toussaint", .fixed(month: 11, day: 1)), ("fete nationale", .fixed(month: 7, day: 14)),
        ("fete du travail", .fixed(month: 5, day: 1)), ("عيد العمال", .fixed(month: 5, day: 1)),
        ("international workers' day", .fixed(month: 5, day: 1)), ("workers' day", .fixed(month: 5, day: 1)),
        ("international workers day", .fixed(month: 5, day: 1)), ("may day", .fixed(month: 5, day: 1)),
        ("fete internationale des travailleurs", .fixed(month: 5, day: 1)),
        ("اليوم العالمي للعمال", .fixed(month: 5, day: 1)),
        ("assomption", .fixed(month: 8, day: 15)), ("independence day", .fixed(month: 7, day: 4)),
        ("thanksgiving", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 0)),
        ("thanksgiving day", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 0)),
        ("thanks giving", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 0)),
        ("thanks giving day", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 0)),
        ("black friday", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 1)),
        ("mother's day", .nthWeekday(month: 5, weekday: .sunday, n: 2, offset: 0)),
        ("mothers day", .nthWeekday(month: 5, weekday: .sunday, n: 2, offset: 0)),
        ("fete des meres", .nthWeekday(month: 5, weekday: .sunday, n: 2, offset: 0)),
        ("jour de l'action de grace", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 0)),
        ("action de grace", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 0)),
        ("jour de martin luther king", .nthWeekday(month: 1, weekday: .monday, n: 3, offset: 0)),
        ("jour de mlk", .nthWeekday(month: 1, weekday: .monday, n: 3, offset: 0)),
        ("father's day", .nthWeekday(month: 6, weekday: .sunday, n: 3, offset: 0)),
        ("fathers day", .nthWeekday(month: 6, weekday: .sunday, n: 3, offset: 0)),
        ("fete des peres", .nthWeekday(month: 6, weekday: .sunday, n: 3, offset: 0)),
        ("fete de pere", .nthWeekday(month: 6, weekday: .sunday, n: 3, offset: 0)),
        ("mlk day", .nthWeekday(month: 1, weekday: .monday, n: 3, offset: 0)),
        ("martin luther king's day", .nthWeekday(month: 1, weekday: .monday, n: 3, offset: 0)),
        ("martin luther kings day", .nthWeekday(month: 1, weekday: .monday, n: 3, offset: 0)),
        ("martin luther king day", .nthWeekday(month: 1, weekday: .monday, n: 3, offset: 0)),
        ("presidents day", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        ("president's day", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        ("memorial day", .nthWeekday(month: 5, weekday: .monday, n: -1, offset: 0)),
        ("labor day", .nthWeekday(month: 9, weekday: .monday, n: 1, offset: 0)),
        ("columbus day", .nthWeekday(month: 10, weekday: .monday, n: 2, offset: 0)),
        ("easter", .easter(offset: 0)), ("easter sunday", .easter(offset: 0)), ("paques", .easter(offset: 0)),
        ("عيد الفصح", .easter(offset: 0)), ("good friday", .easter(offset: -2)),
        ("vendredi saint", .easter(offset: -2)), ("easter monday", .easter(offset: 1)),
        ("lundi de paques", .easter(offset: 1)), ("palm sunday", .easter(offset: -7)),
        ("branch sunday", .easter(offset: -7)), ("rameaux", .easter(offset: -7)),
        ("ash wednesday", .easter(offset: -46)), ("shrove tuesday", .easter(offset: -47)),
        ("mardi gras", .easter(offset: -47)), ("pancake day", .easter(offset: -47)),
        ("maundy thursday", .easter(offset: -3)), ("covenant thu", .easter(offset: -3)),
        ("ascension", .easter(offset: 39)), ("pentecost", .easter(offset: 49)),
        ("pentecote", .easter(offset: 49)), ("white sunday", .easter(offset: 49)),
        ("whit monday", .easter(offset: 50)), ("monday of the holy spirit", .easter(offset: 50)),
        ("trinity sunday", .easter(offset: 56)), ("corpus christi", .easter(offset: 60)),
        ("orthodox easter", .orthodoxEaster(offset: 0)), ("orthodox good friday", .orthodoxEaster(offset: -2)),
        ("orthodox great friday", .orthodoxEaster(offset: -2)), ("clean monday", .orthodoxEaster(offset: -48)),
        ("اثنين الرماد", .orthodoxEaster(offset: -48)),
        ("orthodox shrove monday", .orthodoxEaster(offset: -48)), ("lazarus saturday", .orthodoxEaster(offset: -8)),
        ("eid al fitr", .hijri(month: 10, day: 1)), ("eid ul fitr", .hijri(month: 10, day: 1)),
        ("aid el fitr", .hijri(month: 10, day: 1)), ("عيد الفطر", .hijri(month: 10, day: 1)),
        ("eid al adha", .hijri(month: 12, day: 10)), ("id ul adha", .hijri(month: 12, day: 10)),
        ("eid ul adha", .hijri(month: 12, day: 10)), ("sacrifice feast", .hijri(month: 12, day: 10)),
        ("bakr id", .hijri(month: 12, day: 10)), ("aid el kebir", .hijri(month: 12, day: 10)),
        ("عيد الأضحى", .hijri(month: 12, day: 10)), ("islamic new year", .hijri(month: 1, day: 1)),
        ("hijri new year", .hijri(month: 1, day: 1)), ("arabic new year", .hijri(month: 1, day: 1)),
        ("رأس السنة الهجرية", .hijri(month: 1, day: 1)), ("ashura", .hijri(month: 1, day: 10)),
        ("عاشوراء", .hijri(month: 1, day: 10)), ("mawlid", .hijri(month: 3, day: 12)),
        ("المولد النبوي", .hijri(month: 3, day: 12)), ("isra and mi'raj", .hijri(month: 7, day: 27)),
        ("الإسراء والمعراج", .hijri(month: 7, day: 27)), ("laylat al qadr", .hijri(month: 9, day: 27)),
        ("ليلة القدر", .hijri(month: 9, day: 27)), ("يوم عرفة", .hijri(month: 12, day: 9)),
        ("ليلة رأس السنة", .fixed(month: 12, day: 31)), ("ليلة رأس السنة الجديدة", .fixed(month: 12, day: 31)),
        ("عيد الأم", .fixed(month: 3, day: 21)), ("يوم الأم", .fixed(month: 3, day: 21)),
        ("عيد الأب", .nthWeekday(month: 6, weekday: .sunday, n: 3, offset: 0)),
        ("يوم الأب", .nthWeekday(month: 6, weekday: .sunday, n: 3, offset: 0)),
        ("عيد الشكر", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 0)),
        ("يوم الأرض", .fixed(month: 3, day: 30)), ("يوم المرأة العالمي", .fixed(month: 3, day: 8)),
        ("canada day", .fixed(month: 7, day: 1)), ("vimy ridge day", .fixed(month: 4, day: 9)),
        ("the glorious twelfth", .fixed(month: 7, day: 12)), ("groundhog day", .fixed(month: 2, day: 2)),
        ("groundhogs day", .fixed(month: 2, day: 2)), ("guy fawkes day", .fixed(month: 11, day: 5)),
        ("rizal day", .fixed(month: 12, day: 30)), ("day of the vow", .fixed(month: 12, day: 16)),
        ("day of the covenant", .fixed(month: 12, day: 16)), ("law day", .fixed(month: 5, day: 1)),
        ("lei day", .fixed(month: 5, day: 1)), ("lincolns birthday", .fixed(month: 2, day: 12)),
        ("lincoln birthday", .fixed(month: 2, day: 12)), ("lincoln's birthday", .fixed(month: 2, day: 12)),
        ("siblings day", .fixed(month: 4, day: 10)), ("national sibling day", .fixed(month: 4, day: 10)),
        ("boxing day", .fixed(month: 12, day: 26)), ("australia day", .fixed(month: 1, day: 26)),
        ("anzac day", .fixed(month: 4, day: 25)), ("cinco de mayo", .fixed(month: 5, day: 5)),
        ("civic holiday", .nthWeekday(month: 8, weekday: .monday, n: 1, offset: 0)),
        ("british columbia day", .nthWeekday(month: 8, weekday: .monday, n: 1, offset: 0)),
        ("natal day", .nthWeekday(month: 8, weekday: .monday, n: 1, offset: 0)),
        ("new brunswick day", .nthWeekday(month: 8, weekday: .monday, n: 1, offset: 0)),
        ("saskatchewan day", .nthWeekday(month: 8, weekday: .monday, n: 1, offset: 0)),
        ("louis riel day", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        ("nova scotia heritage day", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        ("george washington day", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        ("washington's birthday", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        ("president day", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        ("decoration day", .nthWeekday(month: 5, weekday: .monday, n: -1, offset: 0)),
        ("national heroes' day", .nthWeekday(month: 8, weekday: .monday, n: -1, offset: 0)),
        ("cyber monday", .nthWeekday(month: 11, weekday: .thursday, n: 4, offset: 4)),
        ("national grandparents day", .nthWeekday(month: 9, weekday: .monday, n: 1, offset: 6)),
        ("grandparents day", .nthWeekday(month: 9, weekday: .monday, n: 1, offset: 6)),
        ("administrative professionals' day", .nthWeekday(month: 4, weekday: .saturday, n: -1, offset: -3)),
        ("administrative professionals day", .nthWeekday(month: 4, weekday: .saturday, n: -1, offset: -3)),
        ("admin day", .nthWeekday(month: 4, weekday: .saturday, n: -1, offset: -3)),
        ("daylight saving start day", .nthWeekday(month: 3, weekday: .sunday, n: 2, offset: 0)),
        ("daylight saving end", .nthWeekday(month: 11, weekday: .sunday, n: 1, offset: 0)),
        ("daylight savings end day", .nthWeekday(month: 11, weekday: .sunday, n: 1, offset: 0)),
        ("rosh hashanah", .hebrew(month: 7, day: 1, observance: .fixed)),
        ("rosh hashana", .hebrew(month: 7, day: 1, observance: .fixed)),
        ("yom kippur", .hebrew(month: 7, day: 10, observance: .fixed)),
        ("shemini atzeret", .hebrew(month: 7, day: 22, observance: .fixed)),
        ("simchat torah", .hebrew(month: 7, day: 23, observance: .fixed)),
        ("purim", .hebrew(month: 12, day: 14, observance: .fixed)),
        ("shushan purim", .hebrew(month: 12, day: 15, observance: .fixed)),
        ("shavuot", .hebrew(month: 3, day: 6, observance: .fixed)),
        ("tu bishvat", .hebrew(month: 11, day: 15, observance: .fixed)),
        ("lag b'omer", .hebrew(month: 2, day: 18, observance: .fixed)),
        ("lag baomer", .hebrew(month: 2, day: 18, observance: .fixed)),
        ("tisha b'av", .hebrew(month: 5, day: 9, observance: .sundayIfSabbath)),
        ("yom hashoah", .hebrew(month: 1, day: 27, observance: .shoah)),
        ("yom haatzmaut", .hebrew(month: 2, day: 5, observance: .atzmaut)),
        ("passover", .hebrewFestival(month: 1, day: 15, days: 8)),
        ("pesach", .hebrewFestival(month: 1, day: 15, days: 8)),
        ("chanukah", .hebrewFestival(month: 9, day: 25, days: 7)),
        ("hanukkah", .hebrewFestival(month: 9, day: 25, days: 7)),
        ("hanukah", .hebrewFestival(month: 9, day: 25, days: 7)),
        ("sukkot", .hebrewFestival(month: 7, day: 15, days: 8)),
        ("succos", .hebrewFestival(month: 7, day: 15, days: 8)),
        ("sukkos", .hebrewFestival(month: 7, day: 15, days: 8)),
        ("eid al-fitr", .hijri(month: 10, day: 1)), ("eid ul-fitr", .hijri(month: 10, day: 1)),
        ("aid el-fitr", .hijri(month: 10, day: 1)), ("eid al-adha", .hijri(month: 12, day: 10)),
        ("id ul-adha", .hijri(month: 12, day: 10)), ("eid ul-adha", .hijri(month: 12, day: 10)),
        ("aid el-kebir", .hijri(month: 12, day: 10)),
    ]

    static let examples: [PatternExample] = [
        PatternExample("thanksgiving 2014", "2014-11-27 day event explicit", .dates, published: "2013-02-12"),
        PatternExample("last thanksgiving", "2012-11-22 day event relative", .dates, published: "2013-02-12"),
        PatternExample("easter 2013", "2013-03-31 day event explicit", .dates, published: "2013-02-12"),
        PatternExample("christmas", "2012-12-25 day event relative", .dates, published: "2013-02-12"),
        PatternExample("memorial day 2013", "2013-05-27 day event explicit", .dates, published: "2013-02-12"),
        PatternExample("orthodox easter 2018", "2018-04-08 day event explicit", .dates, published: "2019-02-12"),
        PatternExample("عيد الأضحى 2018", "2018-08-21 day event explicit", .dates, published: "2019-02-12"),
        PatternExample("lundi de Pâques 2013", "2013-04-01 day event explicit", .dates, published: "2013-02-12"),
        PatternExample("yom kippur 2018", "2018-09-18 day event explicit", .dates, published: "2019-02-12"),
        PatternExample("tisha b'av 2018", "2018-07-21 day event explicit", .dates, published: "2019-02-12"),
    ]
}
