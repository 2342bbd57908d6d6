/// Words that leave a year open after "أو" ("2012 أو بعده": 2012 or later): the year is then a date, not a count.
///
/// A bare four-digit number in news is as often a count as a year ("2012 قتيلا"); "or after it" can only follow
/// a date.
enum OpenEnds {
    static let or: [String] = ["أو"]
    static let all: [String] = ["بعده", "بعدها", "قبله", "قبلها"]

    static let examples: [PatternExample] = [
        PatternExample("النطاق 2012 أو بعده", "2012-01-01 year historical explicit", .dates, published: "2016-11-07"),
        PatternExample("قتل 2012 أو أكثر", "", .dates, published: "2016-11-07"),
    ]
}
