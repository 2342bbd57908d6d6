import CrossCheckModel
import Testing

@testable import Facts

/// Arabic date families of the third grammar session, read forward from Tuesday 12 February 2013 like
/// `DateGrammarTests`. Each family has a news sentence where it must not fire: a number in news stays a count.
@Suite("Arabic date families")
struct DateArabicFamilyTests {
    typealias Case = DateGrammarTests.Case

    static let motion: [Case] = [
        Case("سأعود في 15", .arabic, "2013-02-15 day"),
        Case("عدت للثاني", .arabic, "2013-02-02 day"),
        Case("عدت إلى الحادي والعشرين.", .arabic, "2013-02-21 day"),
        Case("سأخرج في 3 أسابيع", .arabic, "2013-03-05 day"),
        Case("سأعود 22-4", .arabic, "2013-04-22 day"),
        // No verb of going, or a noun after the number: the number is a count.
        Case("ارتفع عدد القتلى إلى 27.", .arabic, ""),
        Case("عاد إلى 27 مدينة", .arabic, ""),
        Case("وصل عدد القتلى إلى 15", .arabic, ""),
    ]

    static let weeks: [Case] = [
        Case("الأسبوع المقبل بين الأربعاء والجمعة", .arabic, "2013-02-20 day ..2013-02-23"),
        Case("هذا الأسبوع من الأربعاء إلى الجمعة", .arabic, "2013-02-13 day ..2013-02-16"),
        Case("الأسابيع الثلاثة الماضية", .arabic, "2013-01-21 week ..2013-02-11"),
        Case("الأسابيع القليلة الماضية", .arabic, "2013-01-21 week ..2013-02-11"),
        Case("نهاية هذا الأسبوع", .arabic, "2013-02-16 day ..2013-02-18"),
        Case("أواخر الأسبوع الماضي", .arabic, "2013-02-07 day ..2013-02-11"),
        Case("أسبوع 16 سبتمبر", .arabic, "2013-09-16 week"),
        // A count before a relative week or month stays a count.
        Case("قتل اثنين الأسبوع الماضي", .arabic, "2013-02-04 week"),
        Case("قتل 23 الشهر الماضي", .arabic, "2013-01-01 month"),
    ]

    static let daysAndMonths: [Case] = [
        Case("واحد وعشرين مايو", .arabic, "2013-05-21 day"),
        Case("اليوم الأخير من شهر عشرة سنة 2015", .arabic, "2015-10-31 day"),
        Case("من 27-29 من الشهر الثامن", .arabic, "2013-08-27 day ..2013-08-30"),
        Case("شهر نوفمبر بين 19 و 20", .arabic, "2013-11-19 day ..2013-11-21"),
        Case("اليوم حتى الغد", .arabic, "2013-02-12 day ..2013-02-14"),
        // "الغد" alone is also a party and a paper.
        Case("قالت صحيفة الغد", .arabic, ""),
    ]

    static let seasonsAndYears: [Case] = [
        Case("سأرحل الصيف", .arabic, "2013-06-21 day ..2013-09-24"),
        Case("صيف 2016", .arabic, "2016-06-21 day ..2016-09-24"),
        Case("في ألف وسبعمائة وتسعة وثمانين", .arabic, "1789-01-01 year"),
        Case("النطاق 2012 أو بعده", .arabic, "2012-01-01 year"),
        Case("2016 الربع الثالث", .arabic, "2016-07-01 quarter"),
        // A season that does not close its clause, a quarter with no year, a count with "أو أكثر".
        Case("الربيع العربي", .arabic, ""),
        Case("في الربع الثالث من المباراة", .arabic, ""),
        Case("قتل 2012 أو أكثر", .arabic, ""),
    ]

    static let laterAndWeekdayDays: [Case] = [
        Case("لاحقا في هذا الأسبوع", .arabic, "2013-02-13 day ..2013-02-18"),
        Case("سيزور الوزير المغرب في وقت لاحق من هذا الشهر", .arabic, "2013-02-13 day ..2013-03-01"),
        Case("عدت يوم الجمعة في خمسة عشر", .arabic, "2013-02-15 day"),
        // A number word after the weekday that does not close the clause counts something.
        Case("قتل يوم الجمعة في خمسة مواقع", .arabic, "2013-02-15 day"),
    ]

    @Test(arguments: laterAndWeekdayDays) func laterInAPeriodAndDaysInWords(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: motion) func dayAfterAVerbOfGoing(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: weeks) func relativeWeeks(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: daysAndMonths) func daysOfMonths(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: seasonsAndYears) func seasonsQuartersAndYears(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }

    /// "عام 247": a year of three digits after the word for year, closing its clause; a count otherwise.
    @Test func threeDigitYear() throws {
        let extractor = FactExtractor(referenceDate: DateGrammarTests.published, direction: .forward)
        let facts = extractor.extract(text: "سأخرج عام 247", language: .arabic, published: DateGrammarTests.published)
        let fact = try #require(facts.dates.first)
        #expect(fact.date?.year == 247 && fact.grain == .year)
        let count = extractor.extract(text: "عام 247 قتيلا", language: .arabic, published: DateGrammarTests.published)
        #expect(count.dates.isEmpty)
    }
}
