import CrossCheckModel

/// Names of the holidays placed by `ComputedHoliday` rules, with examples.
extension Holidays {
    static let computed: [(String, HolidayRule)] = [
        ("victoria day", .computed(.mondayBefore(month: 5, day: 25))),
        ("national patriots' day", .computed(.mondayBefore(month: 5, day: 25))),
        ("national patriots day", .computed(.mondayBefore(month: 5, day: 25))),
        ("discovery day", .computed(.nearestWeekday(month: 6, day: 24, weekday: .monday))),
        ("emancipation day", .computed(.weekendObserved(month: 4, day: 16))),
        ("tax day", .computed(.taxDay)),
        // Arkansas keeps Daisy Gatson Bates Day on Presidents' Day, the third Monday of February.
        ("daisy gatson bates day", .nthWeekday(month: 2, weekday: .monday, n: 3, offset: 0)),
        // The English and Welsh August bank holiday is the last Monday of August.
        ("late summer bank holiday", .nthWeekday(month: 8, weekday: .monday, n: -1, offset: 0)),
        ("summer bank holiday", .nthWeekday(month: 8, weekday: .monday, n: -1, offset: 0)),
        ("jumu'atul-wida", .computed(.lastFridayOfRamadan)), ("jumu'atul wida", .computed(.lastFridayOfRamadan)),
        ("jumuatul wida", .computed(.lastFridayOfRamadan)), ("jamat ul-vida", .computed(.lastFridayOfRamadan)),
        ("jamat ul vida", .computed(.lastFridayOfRamadan)), ("jumat ul-vida", .computed(.lastFridayOfRamadan)),
        // Hosay, Trinidad's Muharram procession, is kept on Ashura (10 Muharram).
        ("hosay", .hijri(month: 1, day: 10)),
        ("great lent", .computed(.greatLent)), ("great fast", .computed(.greatLent)),
        // Indian news also call the August Parsi New Year "Jamshedi Navroz" (Pateti is its eve).
        ("parsi new year", .computed(.parsiNewYear)), ("jamshedi navroz", .computed(.parsiNewYear)),
    ]

    static let computedExamples: [PatternExample] = [
        PatternExample("victoria day 2018", "2018-05-21 day event explicit", .dates, published: "2018-12-31"),
        PatternExample("discovery day 2020", "2020-06-22 day event explicit", .dates, published: "2020-12-31"),
        PatternExample("tax day 2011", "2011-04-18 day event explicit", .dates, published: "2011-12-31"),
        PatternExample("emancipation day 2017", "2017-04-17 day event explicit", .dates, published: "2017-12-31"),
        PatternExample("Jumu'atul-Wida 2018", "2018-06-08 day event explicit", .dates, published: "2018-12-31"),
        PatternExample("parsi new year 2022", "2022-08-16 day event explicit", .dates, published: "2022-12-31"),
    ]
}
