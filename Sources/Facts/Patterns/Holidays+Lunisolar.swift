import CrossCheckModel

/// Names of the Hindu, Sikh, Jain and Chinese holidays that the lunisolar and solar calendars place
/// (HinduCalendar.swift), with examples. Lunar months count from Chaitra (0) to Phalguna (11), amanta (new moon to
/// new moon): a "Kartika Krishna" date of the northern (purnimanta) reckoning is in Ashvin here.
extension Holidays {
    private static func lunar(
        _ month: Int, _ tithi: Int, _ moment: HinduCalendar.Moment = .sunrise, offset: Int = 0
    ) -> HolidayRule {
        .computed(.lunar(month: month, tithi: tithi, moment: moment, offset: offset))
    }

    static let lunisolar: [(String, HolidayRule)] = [
        // Lakshmi Puja: the new-moon lunar day of Ashvin current at sunset.
        ("diwali", lunar(6, 30, .sunset)), ("deepavali", lunar(6, 30, .sunset)),
        ("bhai dooj", lunar(7, 2)), ("bhaiya dooj", lunar(7, 2)), ("bhau beej", lunar(7, 2)),
        // Chhath's main day: the sixth of Kartika's bright half.
        ("chhath", lunar(7, 6)), ("chhath puja", lunar(7, 6)), ("dala puja", lunar(7, 6)),
        ("surya shashthi", lunar(7, 6)),
        ("maha saptami", lunar(6, 7)), ("maha ashtami", lunar(6, 8)), ("maha navami", lunar(6, 9)),
        // Kept when the Moon rises on the fourth of the dark half after Ashvin's full moon.
        ("karva chauth", lunar(6, 19, .afterSunset(hours: 3))), ("karwa chauth", lunar(6, 19, .afterSunset(hours: 3))),
        ("rath yatra", lunar(3, 2)), ("ratha yatra", lunar(3, 2)), ("ratha-yatra", lunar(3, 2)),
        ("mahavir jayanti", lunar(0, 13)), ("mahaveer jayanti", lunar(0, 13)),
        ("mahavir janma kalyanak", lunar(0, 13)), ("mahaveer janma kalyanak", lunar(0, 13)),
        ("guru gobind singh jayanti", lunar(9, 7)), ("guru gobind singh birthday", lunar(9, 7)),
        ("guru govind singh jayanti", lunar(9, 7)),
        ("guru ravidass jayanti", lunar(10, 15)), ("guru ravidass birthday", lunar(10, 15)),
        ("ravidas jayanti", lunar(10, 15)),
        ("valmiki jayanti", lunar(6, 15)), ("pargat diwas", lunar(6, 15)),
        ("ugadi", lunar(0, 1)), ("yugadi", lunar(0, 1)), ("gudi padwa", lunar(0, 1)), ("samvatsaradi", lunar(0, 1)),
        ("chaitra sukladi", lunar(0, 1)), ("chaitra sukhladi", lunar(0, 1)),
        // Holika Dahan on the full moon of Phalguna current at sunset, Holi the next day.
        ("holika dahan", lunar(11, 15, .sunset)), ("holi", lunar(11, 15, .sunset, offset: 1)),
        ("phagwah", lunar(11, 15, .sunset, offset: 1)), ("dhulandi", lunar(11, 15, .sunset, offset: 1)),
        // Vesak as Sri Lanka and Singapore keep it: the full moon of Vaishakha, its lunar day taken at sunset.
        ("vesak", lunar(1, 15, .sunset)), ("wesak", lunar(1, 15, .sunset)),
        ("makar sankranti", .computed(.solar(sign: 9, offset: 0))), ("maghi", .computed(.solar(sign: 9, offset: 0))),
        ("thai pongal", .computed(.solar(sign: 9, offset: 0))), ("pongal", .computed(.solar(sign: 9, offset: 0))),
        ("bhogi", .computed(.solar(sign: 9, offset: -1))), ("boghi", .computed(.solar(sign: 9, offset: -1))),
        ("bogi pandigai", .computed(.solar(sign: 9, offset: -1))),
        ("mattu pongal", .computed(.solar(sign: 9, offset: 1))),
        ("kaanum pongal", .computed(.solar(sign: 9, offset: 2))),
        ("kanni pongal", .computed(.solar(sign: 9, offset: 2))),
        ("vaisakhi", .computed(.solar(sign: 0, offset: 0))), ("baisakhi", .computed(.solar(sign: 0, offset: 0))),
        ("vasakhi", .computed(.solar(sign: 0, offset: 0))), ("vaishakhi", .computed(.solar(sign: 0, offset: 0))),
        ("rabindra jayanti", .computed(.bengali(sign: 0, day: 25))),
        ("onam", .computed(.onam)), ("thiru onam", .computed(.onam)), ("thiruvonam", .computed(.onam)),
        ("chinese new year", .computed(.chineseNewYear)), ("chinese new years", .computed(.chineseNewYear)),
        ("lunar new year", .computed(.chineseNewYear)),
    ]

    static let lunisolarExamples: [PatternExample] = [
        PatternExample("Deepavali in 2019", "2019-10-27 day event explicit", .dates, published: "2019-12-31"),
        PatternExample("holi 2019", "2019-03-21 day event explicit", .dates, published: "2019-12-31"),
        PatternExample("makar sankranti 2019", "2019-01-15 day event explicit", .dates, published: "2019-12-31"),
        PatternExample("chinese new year 2014", "2014-01-31 day event explicit", .dates, published: "2014-12-31"),
    ]
}
