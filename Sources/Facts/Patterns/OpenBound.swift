/// A word that makes a date one end of an open period: "since 2014", "before 2018", "jusqu'au 3 mai",
/// "1/1/2016 and after".
///
/// "since 2011" in a war report is not the date of tonight's event, and "before 2018" is not 2018: read as plain
/// dates they would be compared with other sources' event dates. Recognizers-Text and Duckling resolve them as
/// intervals open at one end, and so does the extractor: `DateFact.kind` is `interval` with no `end` (since, after)
/// or no `date` (before).
struct OpenBound: Sendable, Hashable {
    enum Side: Sendable, Hashable {
        /// From the date on: "since 2014", "depuis mars", "منذ 2011", "starting January 7th", "2016 and after".
        case since
        /// After the date: "after the 15th", "après le 1er novembre", "later than 2020". A year alone ("after 2010")
        /// is left whole: the period starts with the next one.
        case after
        /// Up to the date: "before 2018", "until April 27th", "jusqu'au 3 mai", "قبل 2018". An "end of" period
        /// ends with it ("by the end of December" ends on 1 January).
        case before
        /// Up to the end of the date: "2012 or earlier".
        case through
        /// Up to the date, which may lie ahead: "until December 5", "jusqu'au 3 mai", "حتى 5 ديسمبر" (a curfew
        /// extended, a deadline). A day and month without a year are the occurrence nearest the publication date.
        case until
    }

    var side: Side
    /// Written after the date ("and after", "or earlier") rather than before it.
    var follows = false

    static let all: [(String, OpenBound)] =
        words(
            .since,
            [
                "since", "starting", "starting on", "starting from", "as of", "depuis", "dès", "à partir du",
                "à partir de", "a partir du", "a partir de", "منذ", "ابتداء من", "اعتبارا من", "بدءا من",
            ])
        + words(.after, ["after", "later than", "greater than", "après", "بعد"])
        + words(
            .before,
            [
                "before", "earlier than", "sooner than", "prior to", "through", "no later than", "as late as",
                "on or before", "ending with", "avant", "قبل",
            ])
        + words(
            .until,
            [
                "until", "till", "up until", "jusqu'au", "jusqu'à", "jusqu'en", "jusqu au", "jusqu à", "jusqu en",
                "حتى", "لغاية",
            ])
        + [
            "and after", "or after", "and later", "or later", "onwards", "and beyond", "et après", "ou après",
        ].map { ($0, OpenBound(side: .since, follows: true)) }
        + ["or before", "or earlier", "and before", "et avant", "ou avant"].map {
            ($0, OpenBound(side: .through, follows: true))
        }

    private static func words(_ side: Side, _ list: [String]) -> [(String, OpenBound)] {
        list.map { ($0, OpenBound(side: side)) }
    }

    static let examples: [PatternExample] = [
        PatternExample("since 2014", "2014-01-01 year event explicit interval open", .dates, published: "2013-02-12"),
        PatternExample("through 2014", "nil year event explicit interval 2014-01-01", .dates, published: "2013-02-12"),
        PatternExample(
            "after 2010", "2011-01-01 year historical explicit interval open", .dates, published: "2018-05-31"),
        PatternExample("before 2018", "nil year event explicit interval 2018-01-01", .dates, published: "2018-05-31"),
        PatternExample(
            "après le 1er novembre", "2012-11-01 day event from_publication interval open", .dates,
            published: "2013-02-12"),
        PatternExample(
            "You can only leave on 1/1/2016 and after", "2016-01-01 day historical explicit interval open", .dates,
            published: "2018-08-31"),
        PatternExample(
            "I'll go back before the end of December", "nil day event from_publication interval 2018-01-01", .dates,
            published: "2018-11-07"),
        PatternExample(
            "قتل أكثر من 300 ألف شخص منذ 2011", "2011-01-01 year historical explicit interval open", .dates,
            published: "2018-11-07"),
        // "until" looks ahead as often as back: the nearest December 5.
        PatternExample(
            "The curfew was extended until December 5.", "nil day event from_publication interval 2026-12-05", .dates,
            published: "2026-11-20"),
        PatternExample(
            "The road was closed until October 1.", "nil day event from_publication interval 2026-10-01", .dates,
            published: "2026-11-20"),
        // A count of days after "قبل" or "after" is a shift, not a bound: "قبل 3 أيام" is a day.
        PatternExample("قبل 3 أيام", "2013-02-09 day event relative", .dates, published: "2013-02-12"),
        PatternExample("the day before yesterday", "2013-02-10 day event relative", .dates, published: "2013-02-12"),
    ]
}
