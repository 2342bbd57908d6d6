import CrossCheckModel

/// A word that places a date: a weekday, a relative day, a modifier, an ordinal day or a cue.
enum DateWord: Sendable, Hashable {
    case weekday(Weekday)
    /// "fri", "sat.", "lun.": a weekday only before a point, a day or a comma, or alone ("sun" is also a word).
    case weekdayShort(Weekday)
    /// Days from the publication date: "أمس" −1, "اليوم" 0, "غدا" +1, "أول أمس" −2.
    case relativeDay(Int)
    /// "الماضي", "last", "dernier": the latest one before the publication date.
    case last
    /// "المقبل", "next", "prochain": the first one after it.
    case next
    /// "الجاري", "الحالي", "this": the current month or year.
    case current
    /// "يوم", "on", "le": may precede a weekday or a day.
    case dayWord
    /// "شهر", "month of": may precede a month name.
    case monthWord
    /// An ordinal day: "الرابع" = 4, "الحادي عشر" = 11.
    case ordinal(Int)
    /// "عام", "سنة", "in", "en": makes the next four-digit number a year.
    case yearCue
    /// "حدود", "ذكرى", "anniversary", "war": the date is one the article refers back to.
    case historical
    /// "هـ": the year before it is Hijri.
    case hijriEra
    /// "A.D.", "CE": the number before it is a year of the common era, however small ("in 14 a.d.").
    case commonEra
    /// "الموافق": links a weekday to its date ("الخميس الموافق 14 شباط").
    case agreeing
}

/// The date word table and its examples.
enum DateWords {
    private static let ordinals: [(String, DateWord)] = {
        let units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
        let compound = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
        var list: [(String, DateWord)] = units.enumerated().map { ($1, .ordinal($0 + 1)) }
        list += [("العاشر", .ordinal(10)), ("العشرين", .ordinal(20)), ("الثلاثين", .ordinal(30))]
        list += [("أول", .ordinal(1)), ("الواحد والعشرين", .ordinal(21)), ("الواحد والثلاثين", .ordinal(31))]
        let feminine = [
            "الحادية", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
        ]
        for (offset, pair) in zip(compound, feminine).enumerated() {
            for word in [pair.0, pair.1] {
                for teen in ["عشر", "عشرة"] { list.append(("\(word) \(teen)", .ordinal(offset + 11))) }
                for twenty in ["والعشرين", "والعشرون"] { list.append(("\(word) \(twenty)", .ordinal(offset + 21))) }
            }
        }
        list += ["الأولى", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
            .enumerated().map { ($1, .ordinal($0 == 0 ? 1 : $0 + 2)) }
        list += [("الثلاثون", .ordinal(30)), ("العشرون", .ordinal(20)), ("الحادي والثلاثون", .ordinal(31))]
        list.append(("الحادي والثلاثين", .ordinal(31)))
        return list
    }()

    static let all: [(String, DateWord)] =
        [
            ("الأحد", .weekday(.sunday)), ("الاثنين", .weekday(.monday)), ("الإثنين", .weekday(.monday)),
            ("الثلاثاء", .weekday(.tuesday)), ("الأربعاء", .weekday(.wednesday)), ("الخميس", .weekday(.thursday)),
            ("الجمعة", .weekday(.friday)), ("السبت", .weekday(.saturday)), ("ثلاثاء", .weekday(.tuesday)),
            ("أربعاء", .weekday(.wednesday)), ("أربعا", .weekday(.wednesday)), ("خميس", .weekday(.thursday)),
            ("sunday", .weekday(.sunday)),
            ("monday", .weekday(.monday)), ("tuesday", .weekday(.tuesday)), ("wednesday", .weekday(.wednesday)),
            ("thursday", .weekday(.thursday)), ("friday", .weekday(.friday)), ("saturday", .weekday(.saturday)),
            ("dimanche", .weekday(.sunday)), ("lundi", .weekday(.monday)), ("mardi", .weekday(.tuesday)),
            ("mercredi", .weekday(.wednesday)), ("jeudi", .weekday(.thursday)), ("vendredi", .weekday(.friday)),
            ("samedi", .weekday(.saturday)), ("أمس", .relativeDay(-1)), ("البارحة", .relativeDay(-1)),
            ("أول أمس", .relativeDay(-2)), ("أول من أمس", .relativeDay(-2)), ("اليوم", .relativeDay(0)),
            ("غدا", .relativeDay(1)), ("yesterday", .relativeDay(-1)), ("today", .relativeDay(0)),
            ("tomorrow", .relativeDay(1)), ("hier", .relativeDay(-1)), ("avant-hier", .relativeDay(-2)),
            ("avant hier", .relativeDay(-2)),
            ("aujourd hui", .relativeDay(0)), ("demain", .relativeDay(1)), ("الماضي", .last), ("المنصرم", .last),
            ("المنقضي", .last), ("last", .last), ("this past", .last), ("dernier", .last), ("derniere", .last),
            ("المقبل", .next),
            ("القادم", .next), ("next", .next), ("prochain", .next), ("prochaine", .next), ("الجاري", .current),
            ("الحالي", .current), ("this", .current), ("يوم", .dayWord), ("on", .dayWord), ("le", .dayWord),
            ("شهر", .monthWord), ("month", .monthWord), ("mois", .monthWord), ("عام", .yearCue), ("العام", .yearCue),
            ("سنة", .yearCue), ("in", .yearCue), ("annee", .yearCue), ("an", .yearCue),
            ("en", .yearCue), ("في", .yearCue), ("since", .yearCue), ("before", .yearCue), ("منذ", .yearCue),
            ("depuis", .yearCue), ("avant", .yearCue),
            ("year", .yearCue),
            ("الماضية", .last), ("المنصرمة", .last), ("الفائت", .last), ("الفائتة", .last), ("السابق", .last),
            ("السابقة", .last), ("الماض", .last), ("المقبلة", .next), ("القادمة", .next), ("التالي", .next),
            ("الجاي", .next), ("المقبلين", .next), ("القادمين", .next), ("المقبلتين", .next),
            ("الماضيين", .last), ("آخر", .last), ("الماضيتين", .last), ("الأخيرين", .last), ("السابقين", .last),
            ("الجارية", .current),
            ("الحالية", .current), ("هذا", .current), ("هذه", .current),
            ("cette", .current), ("ce", .current), ("cet", .current), ("غد", .relativeDay(1)),
            ("بكرا", .relativeDay(1)), ("بكرة", .relativeDay(1)), ("يوم غد", .relativeDay(1)),
            ("بعد غد", .relativeDay(2)), ("بعد الغد", .relativeDay(2)), ("يوم بعد غد", .relativeDay(2)),
            ("قبل أمس", .relativeDay(-2)), ("يوم قبل أمس", .relativeDay(-2)), ("يوم أمس", .relativeDay(-1)),
            ("اليوم السابق", .relativeDay(-1)), ("اليوم المنصرم", .relativeDay(-1)), ("مساء أمس", .relativeDay(-1)),
            ("the day after tomorrow", .relativeDay(2)), ("day after tomorrow", .relativeDay(2)),
            ("the day before yesterday", .relativeDay(-2)), ("tmrw", .relativeDay(1)), ("tmr", .relativeDay(1)),
            ("the day after tmrw", .relativeDay(2)), ("day after tmrw", .relativeDay(2)),
            ("day before yesterday", .relativeDay(-2)),
            ("apres-demain", .relativeDay(2)), ("اليوم التالي", .relativeDay(1)), ("lendemain", .relativeDay(1)),
            ("le jour suivant", .relativeDay(1)), ("après demain", .relativeDay(2)), ("الموافق", .agreeing),
            ("حدود", .historical), ("ذكرى", .historical), ("الذكرى", .historical), ("anniversary", .historical),
            ("anniversaire", .historical), ("حرب", .historical), ("war", .historical), ("guerre", .historical),
            ("نكسة", .historical), ("نكبة", .historical), ("هـ", .hijriEra), ("a.d.", .commonEra), ("a.d", .commonEra),
            ("ad", .commonEra), ("ce", .commonEra),
            ("c.e.", .commonEra), ("ه", .hijriEra),
        ] + ordinals + abbreviations

    private static let abbreviations: [(String, DateWord)] = {
        let english = [["sun"], ["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"]]
        // French "mar", "mer", "jeu", "dim", "sam" are also words or names ("la mer"); only these two are kept.
        let french = ["", "lun", "", "", "", "ven", ""]
        var list: [(String, DateWord)] = []
        for (offset, words) in english.enumerated() {
            let weekday = Weekday(rawValue: offset)!
            list += words.map { ($0, .weekdayShort(weekday)) }
            if !french[offset].isEmpty { list.append((french[offset], .weekdayShort(weekday))) }
        }
        return list
    }()

    static let examples: [PatternExample] = [
        PatternExample("Un berger a été tué.", "", .dates),
        PatternExample("in 14 a.d.", "0014-01-01 year historical explicit", .dates, published: "2013-02-12"),
        PatternExample(
            "أجرى بوريطة، أمس الأربعاء 11 أكتوبر الجاري، مباحثات",
            "2023-10-11 day event inferred_from_weekday wednesday", .dates),
        PatternExample(
            "أمس الأربعاء 11 أكتوبر الجاري", "2023-10-11 day event from_publication wednesday", .dates,
            published: "2023-10-12"),
        PatternExample("على حدود الرابع من يونيو 1967", "1967-06-04 day historical explicit", .dates),
        PatternExample("الحادي عشر من أكتوبر 2023", "2023-10-11 day event explicit", .dates),
        PatternExample("منذ يوم السبت الماضي", "nil day event unresolved saturday", .dates),
        PatternExample(
            "منذ يوم السبت الماضي", "2023-10-07 day event relative saturday interval open", .dates,
            published: "2023-10-12"),
        PatternExample("اليوم الخميس", "2023-10-12 day event relative thursday", .dates, published: "2023-10-12"),
        PatternExample(
            "اليوم الخميس", "2023-10-13 day event relative thursday mismatch", .dates, published: "2023-10-13"),
        PatternExample("أمس الثلاثاء", "2023-01-31 day event relative tuesday", .dates, published: "2023-02-01"),
        PatternExample("أمس", "nil day event unresolved", .dates),
        PatternExample("البارحة", "2023-01-31 day event relative", .dates, published: "2023-02-01"),
        PatternExample("الأحد المقبل", "2023-02-05 day event relative sunday", .dates, published: "2023-02-01"),
        PatternExample(
            "A bomb killed 29 people on Saturday", "2017-03-11 day event relative saturday", .dates,
            published: "2017-03-15"),
        PatternExample("last Saturday", "2017-03-11 day event relative saturday", .dates, published: "2017-03-15"),
        PatternExample("yesterday", "2017-03-14 day event relative", .dates, published: "2017-03-15"),
        PatternExample("samedi dernier", "2017-03-11 day event relative saturday", .dates, published: "2017-03-15"),
        PatternExample("hier", "2017-03-14 day event relative", .dates, published: "2017-03-15"),
        PatternExample("Wednesday, October 11", "2023-10-11 day event inferred_from_weekday wednesday", .dates),
        PatternExample(
            "الخميس 11 أكتوبر 2023", "2023-10-11 day event explicit thursday mismatch", .dates),
        PatternExample("في عام 2014", "2014-01-01 year historical explicit", .dates, published: "2023-10-12"),
        PatternExample("in 1967", "1967-01-01 year historical explicit", .dates, published: "2023-10-12"),
        PatternExample("في أكتوبر الماضي", "2023-10-01 month event from_publication", .dates, published: "2024-01-15"),
        PatternExample("11 أكتوبر الجاري", "2023-10-11 day event from_publication", .dates, published: "2023-10-12"),
        PatternExample(
            "في 11 من الشهر الجاري", "2023-10-11 day event from_publication", .dates, published: "2023-10-12"),
        PatternExample("في 11 من الشهر الجاري", "nil day event unresolved", .dates),
        PatternExample(
            "on the 28th of last month", "2023-09-28 day event from_publication", .dates, published: "2023-10-12"),
        PatternExample("الشهر الماضي", "2023-09-01 month event relative", .dates, published: "2023-10-12"),
        PatternExample("العام الماضي", "2022-01-01 year historical relative", .dates, published: "2023-10-12"),
        PatternExample("في شهر تموز", "2023-07-01 month event from_publication", .dates, published: "2023-10-12"),
        PatternExample("في 1970", "1970-01-01 year historical explicit", .dates, published: "2023-10-12"),
        PatternExample("مارس الرياضة", "", .dates, published: "2023-10-12"),
        PatternExample("الثانية والعشرون من يونيو 2023", "2023-06-22 day event explicit", .dates),
        PatternExample("هذا العام", "2023-01-01 year event relative", .dates, published: "2023-10-12"),
        PatternExample("قال الأمين العام السابق", "", .dates, published: "2023-10-12"),
        PatternExample("last month", "2023-09-01 month event relative", .dates, published: "2023-10-12"),
        PatternExample("l'année dernière", "2022-01-01 year historical relative", .dates, published: "2023-10-12"),
        PatternExample("يوم غد", "2023-10-13 day event relative", .dates, published: "2023-10-12"),
        PatternExample("قبل أمس", "2023-10-10 day event relative", .dates, published: "2023-10-12"),
        PatternExample(
            "الخميس الموافق 12 تشرين الأول 2023", "2023-10-12 day event explicit thursday", .dates,
            published: "2023-10-12"),
        PatternExample("الأول من شهر شباط 2024", "2024-02-01 day event explicit", .dates),
        PatternExample("في شهر 3 من عام 2024", "2024-03-01 month event explicit", .dates),
        PatternExample("fri.", "2013-02-08 day event relative friday", .dates, published: "2013-02-12"),
        PatternExample("the sun rose", "", .dates, published: "2013-02-12"),
        PatternExample("le 16", "2013-01-16 day event from_publication", .dates, published: "2013-02-12"),
        PatternExample("the third of march 2013", "2013-03-03 day event explicit", .dates),
    ]
}
