/// A month of the Gregorian or of the Hijri calendar, as named in the text.
struct MonthName: Sendable, Hashable {
    /// 1–12.
    var month: Int
    var isHijri: Bool = false
    /// True for abbreviations and words that are also common words ("May", "Mar"): only read next to a day or year.
    var needsDay: Bool = false
    /// An abbreviation that is no common word ("déc", "Oct", "juil"): after "in", "en" or "dans" it is the month
    /// even alone ("dans déc"); "in may", "en sept" stay words.
    var standsAfterPreposition: Bool = false
    /// An Arabic name that means nothing but the month ("أبريل", "تشرين الأول"): it is a date even with no day,
    /// year or preposition ("كذبة أبريل"). Not "مارس" (also "he practised"), "آب", "نيسان", "تموز" or "ماي".
    var standsAlone: Bool = false
}

/// Month names in every regional Arabic tradition, in English and French, and the Hijri months, with examples.
///
/// Egypt and the Gulf write يناير…ديسمبر; Morocco has يونيه/يوليوز/غشت/شتنبر/نونبر/دجنبر; the Levant and Iraq
/// write كانون الثاني…كانون الأول; Algeria and Tunisia write جانفي، فيفري، أفريل، جوان، جويلية، أوت. Papers often
/// pair two ("تشرين الأول/أكتوبر"); the date parser skips the second.
enum MonthNames {
    private static func names(_ list: [[String]], hijri: Bool = false) -> [(String, MonthName)] {
        list.enumerated().flatMap { offset, words in
            words.map { ($0, MonthName(month: offset + 1, isHijri: hijri)) }
        }
    }

    /// Arabic month names that are also common words or names, so they need a day, year or preposition.
    private static let ambiguous: Set<String> = ["مارس", "آذار", "ماي", "آب", "نيسان", "تموز", "أوت", "ينار", "غشت"]

    static let arabic: [(String, MonthName)] = arabicNames.map { word, name in
        var name = name
        name.standsAlone = !ambiguous.contains(word)
        return (word, name)
    }

    private static let arabicNames: [(String, MonthName)] = names([
        ["يناير", "كانون الثاني", "جانفي", "ينار"],
        ["فبراير", "شباط", "فيفري", "فبرير"],
        ["مارس", "آذار"],
        ["أبريل", "إبريل", "ابريل", "نيسان", "أفريل"],
        ["مايو", "ماي", "أيار"],
        ["يونيو", "يونيه", "حزيران", "جوان", "يونيوز"],
        ["يوليو", "يوليوز", "يوليه", "تموز", "جويلية"],
        ["أغسطس", "غشت", "آب", "أوت", "اغسطس"],
        ["سبتمبر", "شتنبر", "أيلول"],
        ["أكتوبر", "تشرين الأول", "اكتوبر"],
        ["نوفمبر", "نونبر", "تشرين الثاني"],
        ["ديسمبر", "دجنبر", "كانون الأول"],
    ])

    static let hijri: [(String, MonthName)] =
        names(
            [
                ["محرم"], ["صفر"], ["ربيع الأول"], ["ربيع الآخر", "ربيع الثاني"], ["جمادى الأولى", "جمادى الأول"],
                ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"], ["رجب"], ["شعبان"], ["رمضان"],
                ["شوال"],
                ["ذو القعدة", "ذي القعدة"], ["ذو الحجة", "ذي الحجة"],
            ], hijri: true) + [
            ("ramadan", MonthName(month: 9, isHijri: true)), ("ramadhan", MonthName(month: 9, isHijri: true)),
        ]

    static let latin: [(String, MonthName)] = {
        var list = names([
            ["january", "janvier"], ["february", "fevrier"], ["march", "mars"], ["april", "avril"], ["mai"],
            ["june", "juin"], ["july", "juillet"], ["august", "aout"], ["september", "septembre"],
            ["october", "octobre"], ["november", "novembre"], ["december", "decembre"],
        ])
        let short = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let words: Set<String> = ["jan", "mar", "may", "sep"]
        for (offset, word) in short.enumerated() {
            list.append(
                (word, MonthName(month: offset + 1, needsDay: true, standsAfterPreposition: !words.contains(word))))
        }
        list.append(("sept", MonthName(month: 9, needsDay: true)))
        // French abbreviations: "5 juil", "21 avr. 2016".
        for (word, month) in [("janv", 1), ("fevr", 2), ("fev", 2), ("avr", 4), ("juil", 7)] {
            list.append((word, MonthName(month: month, needsDay: true, standsAfterPreposition: true)))
        }
        return list
    }()

    static let all: [(String, MonthName)] = arabic + hijri + latin

    static let examples: [PatternExample] = [
        PatternExample("في 11 أكتوبر 2023", "2023-10-11 day event explicit", .dates),
        PatternExample("11 يونيه 2023", "2023-06-11 day event explicit", .dates),
        PatternExample("11 يوليوز 2023", "2023-07-11 day event explicit", .dates),
        PatternExample("5 غشت 2023", "2023-08-05 day event explicit", .dates),
        PatternExample("5 شتنبر 2023", "2023-09-05 day event explicit", .dates),
        PatternExample("5 نونبر 2023", "2023-11-05 day event explicit", .dates),
        PatternExample("5 دجنبر 2023", "2023-12-05 day event explicit", .dates),
        PatternExample("11 تشرين الأول/أكتوبر 2023", "2023-10-11 day event explicit", .dates),
        PatternExample("7 كانون الثاني 2024", "2024-01-07 day event explicit", .dates),
        PatternExample("3 شباط 2024", "2024-02-03 day event explicit", .dates),
        PatternExample("3 جانفي 2024", "2024-01-03 day event explicit", .dates),
        PatternExample("3 فيفري 2024", "2024-02-03 day event explicit", .dates),
        PatternExample("3 أفريل 2024", "2024-04-03 day event explicit", .dates),
        PatternExample("3 جوان 2024", "2024-06-03 day event explicit", .dates),
        PatternExample("3 جويلية 2024", "2024-07-03 day event explicit", .dates),
        PatternExample("3 أوت 2024", "2024-08-03 day event explicit", .dates),
        PatternExample("1 رمضان 1445 هـ", "2024-03-11 day event explicit", .dates),
        // The tabular calendar puts 10 Dhu al-Hijjah 1444 a day after the sighted date (28 June 2023).
        PatternExample("10 ذو الحجة 1444", "2023-06-29 day event explicit", .dates),
        PatternExample("October 11, 2023", "2023-10-11 day event explicit", .dates),
        PatternExample("Feb. 1, 2023", "2023-02-01 day event explicit", .dates),
        PatternExample("11 octobre 2023", "2023-10-11 day event explicit", .dates),
        PatternExample("le 1er février 2023", "2023-02-01 day event explicit", .dates),
        PatternExample("في أكتوبر 2023", "2023-10-01 month event explicit", .dates),
        PatternExample(
            "Il reviendra dans déc", "2022-12-01 month event from_publication", .dates, published: "2023-01-02"),
        PatternExample("6,107,31 août 2019", "2019-08-01 month event explicit", .dates),
        PatternExample("Je serais sorti 2016  -11", "2016-11-01 month event explicit", .dates),
        PatternExample("Le score final 2016 -11 points", "", .dates),
        PatternExample("11/10/2023", "2023-10-11 day event explicit", .dates),
        PatternExample("30 أبريل", "2026-04-30 day event inferred_from_reference", .dates),
        PatternExample("30 أبريل", "2023-04-30 day event from_publication", .dates, published: "2023-05-20"),
        PatternExample("30 ديسمبر", "2022-12-30 day event from_publication", .dates, published: "2023-01-02"),
    ]
}
