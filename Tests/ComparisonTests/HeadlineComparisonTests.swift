import CrossCheckModel
import Facts
import Testing

@testable import Comparison

/// End to end from text: which figure each article is compared by, and when two figures conflict.
@Suite("Headline figures and number rows compared between articles")
struct HeadlineComparisonTests {
    static let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)

    static func compare(_ texts: String...) -> GroupComparison {
        let sources = texts.enumerated().map { index, text in
            SourceFacts(
                articleID: "s\(index + 1)", facts: extractor.extract(text: text, language: .unknown, published: nil))
        }
        return GroupComparator.compare(sources)
    }

    static func killedVerdict(_ comparison: GroupComparison) -> Verdict? {
        comparison.rows.first { $0.key == FactKey(kind: .killed) }?.verdict
    }

    @Test(
        "Lower bounds are weighed by the figures they state",
        arguments: [
            ("At least 58 people were killed.", "At least 72 people were killed.", Verdict.conflict),
            ("At least 27 people were killed.", "35 people were killed.", .conflict),
            ("More than 2,500 people were killed.", "2,600 people were killed.", .agree),
            ("At least 40 people were killed.", "More than 40 people were killed.", .agree),
        ])
    func lowerBounds(first: String, second: String, expected: Verdict) {
        #expect(Self.killedVerdict(Self.compare(first, second)) == expected)
    }

    @Test("A war's running toll and a vague word give way to the incident's figure")
    func headlineFigure() {
        let first =
            "Dozens killed in Aleppo. The strike killed 20 civilians. "
            + "More than 320,000 people have been killed since the war began."
        let facts = Self.extractor.extract(text: first, language: .english, published: nil)
        #expect(facts.totals[.killed] == .exactly(20))
        #expect(Self.killedVerdict(Self.compare(first, "Twenty people were killed in the strike on Aleppo.")) == .agree)
        #expect(Self.killedVerdict(Self.compare(first, "The strike killed 45 people.")) == .conflict)
    }

    @Test("A figure that counts only children gives way to a larger one about everyone")
    func childrenFirst() {
        let text = "The raid killed 22 children. In all, 35 people had died."
        #expect(Self.extractor.extract(text: text, language: .english, published: nil).totals[.killed] == .exactly(35))
    }

    @Test(
        "Numbers no unit word aligns are still weighed, vague counts by their interval",
        arguments: [
            ("مؤسس تسلا يخسر 2.5 مليار دولار بسبب سؤال", "سؤال يكسب مؤسس تسلا مليار ونصف المليار", Verdict.conflict),
            ("الصين تغدق 60 مليارا على أفريقيا", "افريقيا تتسلم معدات عسكرية ومليارات من أوروبا", .conflict),
            ("السعودية تلاحق قرابة مليوني مخالف", "السعودية تعفو عن مليوني مخالف لأنظمة الإقامة", .agree),
        ])
    func unalignedNumbers(first: String, second: String, expected: Verdict) throws {
        let comparison = Self.compare(first, second)
        let verdicts = comparison.quantities.map(\.verdict)
        #expect(verdicts.contains(expected))
        #expect(verdicts.contains(.conflict) == (expected == .conflict))
    }

    @Test("Weekdays named without a date conflict when they differ")
    func weekdays() throws {
        let comparison = Self.compare(
            "الإيزيديون يحتفلون بالأربعاء الأحمر على طريقتهم", "ما هو الثلاثاء الأحمر الذي يحتفل به الإيزيديون؟")
        let row = try #require(comparison.eventDate)
        #expect(row.verdict == .conflict)
        #expect(comparison.hasConflict)
    }
}
