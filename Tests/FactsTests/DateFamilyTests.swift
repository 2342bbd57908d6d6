import CrossCheckModel
import Testing

@testable import Facts

/// Date families added after the first grammar: the rest of a period, a count of weekdays, a count of units from a
/// date, a year and month joined by a point, the nth day of a month. Made-up sentences, read forward from Tuesday 12 February 2013 like
/// `DateGrammarTests`.
@Suite("Date families")
struct DateFamilyTests {
    typealias Case = DateGrammarTests.Case

    static let rest: [Case] = [
        Case("we stay for the rest of the week", .english, "2013-02-12 day ..2013-02-18"),
        Case("rest of my month", .english, "2013-02-12 day ..2013-03-01"),
        Case("le reste de l'année", .french, "2013-02-12 day ..2014-01-01"),
        Case("la reste semaine", .french, "2013-02-12 day ..2013-02-18"),
        Case("le reste de la semaine en cours", .french, "2013-02-12 day ..2013-02-18"),
        Case("سنبقى بقية هذا الأسبوع", .arabic, "2013-02-12 day ..2013-02-18"),
        Case("بقية أسبوعي", .arabic, "2013-02-12 day ..2013-02-18"),
        // A rest that is no period, and a plural unit, are no dates.
        Case("the rest of the team", .english, ""),
        Case("il reste trois jours", .french, ""),
    ]

    static let weekdayCounts: [Case] = [
        Case("three fridays from now", .english, "2013-03-01 day"),
        Case("one tuesday from now", .english, "2013-02-19 day"),
        Case("3 mondays back", .english, "2013-01-28 day"),
        Case("two wednesday later", .english, "2013-02-20 day"),
    ]

    static let shiftedDates: [Case] = [
        Case("two days after Easter", .english, "2013-04-02 day"),
        Case("one week before christmas", .english, "2013-12-18 day"),
        Case("trois jours après le 10 mars", .french, "2013-03-13 day"),
        Case("بعد ثلاثة أيام من 5 حزيران", .arabic, "2013-06-08 day"),
        // After a narrated event that is no date, the count is not from today.
        Case("two days after the vote", .english, ""),
        Case("two days after.", .english, "2013-02-14 day"),
    ]

    static let dayOfRelativeMonth: [Case] = [
        Case("the 3rd day of next month", .english, "2013-03-03 day"),
        Case("the 9th of the previous month", .english, "2013-01-09 day"),
        Case("le 4 du mois suivant", .french, "2013-03-04 day"),
    ]

    static let nthDayOfMonth: [Case] = [
        Case("وصل الوفد في اليوم الخامس من شهر آذار", .arabic, "2013-03-05 day"),
        Case("رابع يوم من شهر 6", .arabic, "2013-06-04 day"),
        Case("on the second day of May", .english, "2013-05-02 day"),
        // An ordinal day of something that is no month stays apart: no date of the month is made.
        Case("the second day of talks", .english, ""),
    ]

    static let holidayNames: [Case] = [
        Case("on célèbre Yuandan 2014", .french, "2014-01-01 day"),
        Case("la fête des mères 2014", .french, "2014-05-11 day"),
        Case("le jour de l'action de grâce 2014", .french, "2014-11-27 day"),
    ]

    static let pointMonths: [Case] = [
        Case("We left 2014.7", .english, "2014-07-01 month"),
        Case("Il est parti en 2012.10.", .french, "2012-10-01 month"),
        // A decimal before a unit, a comma or a dash is a number.
        Case("revenue was 2014.7 million", .english, ""),
        Case("it closed at 2014.7, up", .english, ""),
    ]

    @Test(arguments: rest) func restOfPeriod(_ item: Case) { #expect(DateGrammarTests.render(item) == item.expected) }
    @Test(arguments: weekdayCounts) func countOfWeekdays(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: shiftedDates) func countFromADate(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: dayOfRelativeMonth) func dayOfARelativeMonth(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: nthDayOfMonth) func nthDayOfAMonth(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: holidayNames) func moreHolidayNames(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: pointMonths) func yearPointMonth(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }

    /// Both corpora close "the rest of" on the period's last day: Recognizers-Text's end date is that day.
    @Test func restKeepsItsLastDay() throws {
        let extractor = FactExtractor(referenceDate: DateGrammarTests.published, direction: .forward)
        let facts = extractor.extract(
            text: "rest of the month", language: .english, published: DateGrammarTests.published)
        let fact = try #require(facts.dates.first)
        #expect(fact.closing?.iso == "2013-02-28")
    }
}
