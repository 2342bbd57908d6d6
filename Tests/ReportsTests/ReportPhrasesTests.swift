import Comparison
import CrossCheckModel
import Facts
import Testing

@testable import Reports

@Suite("Report phrases: figures, dates and verdicts in words")
struct ReportPhrasesTests {
    static func fact(_ count: CountInterval, _ stated: Double?, _ qualifier: Qualifier) -> CasualtyFact {
        CasualtyFact(
            kind: .killed, count: count, stated: stated, qualifier: qualifier,
            evidence: ReportFixture.evidence("x", "x"))
    }

    @Test(
        "Figures keep the qualifier the text used",
        arguments: [
            (fact(CountInterval(min: 2501, max: nil), 2500, .moreThan), "more than 2,500"),
            (fact(CountInterval(min: 27, max: 33), 30, .about), "about 30"),
            (fact(.exactly(1_234_567), 1_234_567, .exact), "1,234,567"),
            (fact(CountInterval(min: 20, max: 30), 20, .range), "20–30"),
            (fact(CountInterval(min: 200, max: 999), nil, .vague), "vague (200–999)"),
            (fact(CountInterval(min: 2500, max: nil), 2500, .atLeast), "at least 2,500"),
        ])
    func figure(fact: CasualtyFact, expected: String) {
        #expect(ReportPhrases.figure(fact) == expected)
    }

    @Test("An update names the newest report and the change")
    func updateExplanation() throws {
        let early = SourceFacts(
            articleID: "reuters-1", outlet: "Reuters", published: ReportFixture.day(2023, 10, 8),
            facts: ArticleFacts(casualties: [Self.fact(.exactly(200), 200, .exact)]))
        let late = SourceFacts(
            articleID: "aj-1", outlet: "الجزيرة", published: ReportFixture.day(2023, 10, 14),
            facts: ArticleFacts(casualties: [Self.fact(CountInterval(min: 2501, max: nil), 2500, .moreThan)]))
        let row = try #require(GroupComparator.compare([late, early]).rows.first)
        #expect(
            ReportPhrases.explanation(row)
                == "Update, not a contradiction: the newest report (الجزيرة, 2023-10-14) gives more than 2,500, "
                + "up from 200 (Reuters, 2023-10-08).")
    }

    @Test("Dates carry how they were resolved")
    func dates() {
        let evidence = ReportFixture.evidence("x", "x")
        let inferred = DateFact(
            date: ReportFixture.day(2023, 10, 11), grain: .day, role: .event, resolution: .inferredFromWeekday,
            evidence: evidence)
        #expect(ReportPhrases.date(inferred) == "2023-10-11 (year inferred from weekday)")
        let mismatch = DateFact(
            date: ReportFixture.day(2023, 10, 11), grain: .day, role: .event, resolution: .explicit, weekday: .friday,
            weekdayMismatch: true, evidence: evidence)
        #expect(ReportPhrases.date(mismatch) == "2023-10-11 (text says Friday, which does not fit)")
        #expect(ReportPhrases.decimal(0.8333) == "0.83")
        #expect(ReportPhrases.decimal(1) == "1.00")
        #expect(ReportPhrases.percent(0.92) == "92 %")
    }

    @Test("Unit rows are named in words")
    func units() {
        #expect(ReportPhrases.unit("") == "bare numbers")
        #expect(ReportPhrases.unit("دولار") == "numbers before “دولار”")
        #expect(ReportPhrases.unit(GroupComparator.custodyUnit).contains("held in one source, freed in another"))
    }
}
