import CrossCheckModel
import Foundation
import Testing

@testable import Facts

/// The date grammar's rule families, one argument list each, read forward from Tuesday 12 February 2013 as the
/// evaluation corpora do (`--dates future`) unless a case says otherwise.
@Suite("Date grammar")
struct DateGrammarTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var language: Language
        var expected: String
        var direction: DateDirection = .forward

        init(_ text: String, _ language: Language, _ expected: String, direction: DateDirection = .forward) {
            self.text = text
            self.language = language
            self.expected = expected
            self.direction = direction
        }

        var description: String { text }
    }

    static let published = CivilDate(year: 2013, month: 2, day: 12)!

    /// "2013-07-13 day", "2013-07-13 day ..2013-07-16 (closing 2013-07-15)", "set P1D"; facts joined by "; ".
    static func render(_ item: Case) -> String {
        let extractor = FactExtractor(referenceDate: published, direction: item.direction)
        let facts = extractor.extract(text: item.text, language: item.language, published: published)
        return facts.dates.map { fact in
            switch fact.kind {
            case .set: return "set \(fact.recurrence ?? "")"
            case .value: return "\(fact.date?.iso ?? "nil") \(fact.grain.rawValue)"
            case .interval:
                return "\(fact.date?.iso ?? "") \(fact.grain.rawValue) ..\(fact.end?.iso ?? "")"
            }
        }.joined(separator: "; ")
    }

    static let numeric: [Case] = [
        Case("on 15/2", .english, "2013-02-15 day"),
        Case("2/15", .english, "2013-02-15 day"),
        Case("le 2/7", .french, "2013-07-02 day"),
        Case("31/10/74", .english, "1974-10-31 day"),
        Case("10-31-74", .english, "1974-10-31 day"),
        Case("2015-3-3", .french, "2015-03-03 day"),
        Case("31 10 1974", .english, "1974-10-31 day"),
        Case("31.10.74", .french, "1974-10-31 day"),
        Case("en 3/2015", .french, "2015-03-01 month"),
        Case("31-Oct-74", .english, "1974-10-31 day"),
        Case("11/12,2016", .english, "2016-11-12 day"),
        // A fraction and a range of numbers are not dates; an impossible month is not either.
        Case("3/4 of the town", .english, ""),
        Case("10-12 people were killed", .english, ""),
        Case("on 15/13", .english, ""),
        Case("Tel: +86 138-2010-2015", .english, ""),
        Case("code 133-03-03-2020", .english, ""),
        Case("BUN/Cr of 30/4.85", .english, ""),
    ]

    static let relative: [Case] = [
        Case("next week", .english, "2013-02-18 week"),
        Case("la semaine dernière", .french, "2013-02-04 week"),
        Case("الأسبوع المقبل", .arabic, "2013-02-18 week"),
        Case("this quarter", .english, "2013-01-01 quarter"),
        Case("the week after next", .english, "2013-02-25 week"),
        Case("last yr", .english, "2012-01-01 year"),
        Case("3 weeks ago", .english, "2013-01-22 day"),
        Case("1 week hence", .english, "2013-02-19 day"),
        Case("il y a trois mois", .french, "2012-11-12 day"),
        Case("dans deux mois", .french, "2013-04-12 day"),
        Case("قبل 3 أيام", .arabic, "2013-02-09 day"),
        Case("بعد يومين", .arabic, "2013-02-14 day"),
        Case("the day after tomorrow", .english, "2013-02-14 day"),
        Case("last 2 days", .english, "2013-02-10 day ..2013-02-12"),
        Case("next 3 weeks", .english, "2013-02-18 week ..2013-03-11"),
        Case("3 prochains jours", .french, "2013-02-13 day ..2013-02-16"),
        Case("اليومين المقبلين", .arabic, "2013-02-13 day ..2013-02-15"),
        Case("upcoming two weeks", .english, "2013-02-25 week"),
        Case("next wednesday", .english, "2013-02-20 day"),
        Case("wednesday of next week", .english, "2013-02-20 day"),
        Case("mercredi en huit", .french, "2013-02-20 day"),
        Case("الأسبوع المقبل يوم الجمعة", .arabic, "2013-02-22 day"),
    ]

    static let calendar: [Case] = [
        Case("Q4 2018", .english, "2018-10-01 quarter"),
        Case("the third quarter", .english, "2013-07-01 quarter"),
        Case("week 10 of 2019", .english, "2019-03-04 week"),
        Case("third tuesday of september 2014", .english, "2014-09-16 day"),
        Case("last Sunday of March 2014", .english, "2014-03-30 day"),
        Case("first week of october 2014", .english, "2014-10-06 week"),
        Case("الثلاثاء الثالث من شهر ايلول من عام 2014", .arabic, "2014-09-16 day"),
        Case("Thu 15th", .english, "2013-08-15 day"),
        Case("the seventies", .english, "1970-01-01 year ..1980-01-01"),
        Case("les années 70", .french, "1970-01-01 year ..1980-01-01"),
        Case("this Summer", .english, "2013-06-21 day ..2013-09-24"),
        Case("this weekend", .english, "2013-02-16 day ..2013-02-18"),
        Case("the last week of july", .english, "2013-07-22 week"),
        Case("2016 November", .english, "2016-11-01 month"),
        Case("في عام ألفين وعشرين", .arabic, "2020-01-01 year"),
        Case("سأعود يوم الأحد الماضي", .arabic, "2013-02-10 day"),
        Case("The Women's March drew crowds", .english, ""),
        Case("i went back on the second!", .english, "2013-03-02 day"),
        Case("for the second time", .english, ""),
        Case("je suis rentré pour le vingt-sept", .french, "2013-02-27 day"),
    ]

    static let intervals: [Case] = [
        Case("July 13-15", .english, "2013-07-13 day ..2013-07-16"),
        Case("from 13 to 15 July", .english, "2013-07-13 day ..2013-07-16"),
        Case("du 1er au 10 juillet", .french, "2013-07-01 day ..2013-07-11"),
        Case("من 1-8 شهر ايلول", .arabic, "2013-09-01 day ..2013-09-09"),
        Case("entre le 13 et le 18", .french, "2013-02-13 day ..2013-02-19"),
        Case("de 2014 à 2018", .french, "2014-01-01 year ..2019-01-01"),
        Case("between 20 and 30 people", .english, ""),
        Case("end of the month", .english, "2013-02-21 day ..2013-03-01"),
        Case("beginning of 2017", .english, "2017-01-01 month ..2017-04-01"),
        Case("mi-décembre", .french, "2013-12-10 day ..2013-12-20"),
        Case("en fin de semaine", .french, "2013-02-14 day ..2013-02-18"),
        Case("أواخر اذار", .arabic, "2013-03-21 day ..2013-04-01"),
    ]

    static let holidays: [Case] = [
        Case("thanksgiving", .english, "2013-11-28 day"),
        Case("last thanksgiving", .english, "2012-11-22 day"),
        Case("thanksgiving of next year", .english, "2014-11-27 day"),
        Case("memorial day 2013", .english, "2013-05-27 day"),
        Case("black friday 2017", .english, "2017-11-24 day"),
        Case("easter 2013", .english, "2013-03-31 day"),
        Case("three days after Easter", .english, "2013-04-03 day"),
        Case("orthodox easter 2018", .english, "2018-04-08 day"),
        Case("lundi de Pâques 2013", .french, "2013-04-01 day"),
        Case("عيد الفطر 2019", .arabic, "2019-06-04 day"),
        Case("Ramadan 2046", .english, "2046-07-05 day ..2046-08-04"),
        Case("yom kippur 2018", .english, "2018-09-18 day"),
        Case("Yom Hashoah 2018", .english, "2018-04-11 day"),
        Case("passover 2018", .english, "2018-03-30 day ..2018-04-08"),
        Case("christmas", .english, "2012-12-25 day", direction: .backward),
    ]

    static let sets: [Case] = [
        Case("every day", .english, "set P1D"),
        Case("chaque trois semaine", .french, "set P3W"),
        Case("كل يومين", .arabic, "set P2D"),
        Case("كل يوم اثنين", .arabic, "set XXXX-WXX-1"),
        Case("every monday", .english, "set XXXX-WXX-1"),
        Case("quotidien", .french, "set P1D"),
        Case("biweekly", .english, "set P2W"),
    ]

    @Test(arguments: numeric) func numericDates(_ item: Case) { #expect(Self.render(item) == item.expected) }
    @Test(arguments: relative) func relativeDates(_ item: Case) { #expect(Self.render(item) == item.expected) }
    @Test(arguments: calendar) func calendarUnits(_ item: Case) { #expect(Self.render(item) == item.expected) }
    @Test(arguments: intervals) func intervalsAndParts(_ item: Case) { #expect(Self.render(item) == item.expected) }
    @Test(arguments: holidays) func holidayRules(_ item: Case) { #expect(Self.render(item) == item.expected) }
    @Test(arguments: sets) func recurringSets(_ item: Case) { #expect(Self.render(item) == item.expected) }

    /// The computus against published Easter dates, Western and Orthodox.
    @Test(arguments: [
        (2013, "2013-03-31", "2013-05-05"), (2018, "2018-04-01", "2018-04-08"), (2024, "2024-03-31", "2024-05-05"),
    ])
    func easter(_ year: Int, _ western: String, _ orthodox: String) {
        #expect(HolidayRule.westernEaster(year).iso == western)
        #expect(HolidayRule.orthodoxEaster(year).iso == orthodox)
    }

    /// A date fact written before intervals existed still decodes; a plain date is written as before.
    @Test func dateFactCodingIsBackwardCompatible() throws {
        let old = """
            {"date":"2023-10-11","grain":"day","role":"event","resolution":"explicit","weekdayMismatch":false,
            "evidence":{"start":0,"end":5,"text":"x","sentence":"x","sentenceStart":0,"sentenceEnd":5}}
            """
        let fact = try JSONDecoder().decode(DateFact.self, from: Data(old.utf8))
        #expect(fact.kind == .value)
        #expect(fact.end == nil)
        let written = String(decoding: try JSONEncoder().encode(fact), as: UTF8.self)
        #expect(!written.contains("kind"))
    }

    /// The interval keeps its closing day: Recognizers-Text ends "du 3 au 12 septembre" at the 12th.
    @Test func intervalKeepsItsClosingDate() throws {
        let extractor = FactExtractor(referenceDate: Self.published, direction: .forward)
        let facts = extractor.extract(text: "du 3 au 12 septembre", language: .french, published: Self.published)
        let fact = try #require(facts.dates.first)
        #expect(fact.kind == .interval)
        #expect(fact.closing?.iso == "2013-09-12")
        #expect(fact.end?.iso == "2013-09-13")
    }

    /// A date in digits covers its tokens, so they are not also read as a number or a fraction.
    @Test func numericDateIsNotAlsoANumber() {
        let extractor = FactExtractor(referenceDate: Self.published, direction: .forward)
        let facts = extractor.extract(text: "depuis 2/7", language: .french, published: Self.published)
        #expect(facts.dates.count == 1)
        #expect(facts.numbers.isEmpty)
    }
}
