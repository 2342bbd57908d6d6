import CrossCheckModel
import Facts
import Testing

@testable import Comparison

@Suite("GroupComparator: casualty rows")
struct GroupComparatorTests {
    typealias B = FactBuilder
    static let oct12 = B.day(2023, 10, 12)

    @Test("\"about 30\" (Arabic) and 29 (English) agree")
    func aboutThirtyAgreesWithTwentyNine() {
        let arabic = B.killed(
            CountInterval(min: 27, max: 33), stated: 30, .about, text: "نحو 30 شخصا", sentence: Sentences.arabicAbout30)
        let english = B.killed(.exactly(29), stated: 29, .exact, text: "29 were killed", sentence: Sentences.english29)
        let result = GroupComparator.compare([
            SourceFacts(
                articleID: "ar-1", outlet: "الجزيرة", published: Self.oct12, facts: ArticleFacts(casualties: [arabic])),
            SourceFacts(
                articleID: "en-1", outlet: "Reuters", published: Self.oct12, facts: ArticleFacts(casualties: [english])),
        ])
        #expect(result.rows.count == 1)
        #expect(result.rows[0].verdict == .agree)
        #expect(result.rows[0].entries.map(\.articleID) == ["ar-1", "en-1"])
        #expect(result.counts == VerdictCounts(agreements: 1))
    }

    @Test("\"more than 2,500\" and 2,600 agree; the Americans among them are their own row")
    func moreThanAgreesAndSubsetRowIsSeparate() {
        let arabicWhole = B.killed(
            CountInterval(min: 2501, max: nil), stated: 2500, .moreThan, text: "أكثر من 2500 شخص",
            sentence: Sentences.arabicMoreThan2500, at: 13)
        let arabicAmericans = B.killed(
            .exactly(22), stated: 22, .exact, text: "22 أمريكيا", sentence: Sentences.arabicMoreThan2500, at: 40,
            subject: "أمريكيا", subjectKey: "american", relation: .among)
        let englishWhole = B.killed(
            .exactly(2600), stated: 2600, .exact, text: "2,600 people", sentence: Sentences.english2600)
        let result = GroupComparator.compare([
            SourceFacts(
                articleID: "ar-1", published: Self.oct12,
                facts: ArticleFacts(casualties: [arabicWhole, arabicAmericans])),
            SourceFacts(articleID: "en-1", published: Self.oct12, facts: ArticleFacts(casualties: [englishWhole])),
        ])
        let whole = result.rows.first { $0.key == FactKey(kind: .killed) }
        let subset = result.rows.first { $0.key == FactKey(kind: .killed, subjectKey: "american", relation: .among) }
        #expect(whole?.verdict == .agree)
        #expect(subset?.verdict == .single)
        #expect(subset?.entries.first?.fact.subject == "أمريكيا")
        #expect(result.rows.map(\.verdict) == [.agree, .single])
    }

    @Test("200 and 2,500 on the same day conflict, by 92 %")
    func twoHundredConflictsWithTwentyFiveHundred() throws {
        let low = B.killed(.exactly(200), stated: 200, .exact, text: "200 people", sentence: Sentences.english200)
        let high = B.killed(
            .exactly(2500), stated: 2500, .exact, text: "2500 شخص", sentence: Sentences.arabicMoreThan2500)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "en-1", published: Self.oct12, facts: ArticleFacts(casualties: [low])),
            SourceFacts(articleID: "ar-1", published: Self.oct12, facts: ArticleFacts(casualties: [high])),
        ])
        let row = try #require(result.rows.first)
        #expect(row.verdict == .conflict)
        #expect(abs((row.relativeDifference ?? 0) - 0.92) < 1e-9)
        #expect(row.differentAuthorities == false)
        #expect(row.change == nil)
        #expect(result.counts.conflicts == 1)
    }

    @Test("A higher figure published on a later day is an update, and says which report is newest")
    func laterHigherFigureIsUpdate() throws {
        let early = B.killed(.exactly(200), stated: 200, .exact, text: "200 people", sentence: Sentences.english200)
        let late = B.killed(
            CountInterval(min: 2501, max: nil), stated: 2500, .moreThan, text: "أكثر من 2500 شخص",
            sentence: Sentences.arabicMoreThan2500)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "ar-late", published: B.day(2023, 10, 14), facts: ArticleFacts(casualties: [late])),
            SourceFacts(articleID: "en-early", published: B.day(2023, 10, 8), facts: ArticleFacts(casualties: [early])),
        ])
        let row = try #require(result.rows.first)
        #expect(row.verdict == .update)
        let change = try #require(row.change)
        #expect(change.toArticleID == "ar-late")
        #expect(change.toPublished == B.day(2023, 10, 14))
        #expect(change.fromArticleID == "en-early")
        #expect(change.from == .exactly(200))
        #expect(change.to == CountInterval(min: 2501, max: nil))
        #expect(row.entries.map(\.articleID) == ["en-early", "ar-late"])
        #expect(result.counts == VerdictCounts(updates: 1))
    }

    @Test("A lower figure published later is still a conflict")
    func laterLowerFigureIsConflict() {
        let early = B.killed(
            .exactly(2500), stated: 2500, .exact, text: "2,500 people", sentence: Sentences.english2500)
        let late = B.killed(.exactly(200), stated: 200, .exact, text: "200 people", sentence: Sentences.english200)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "a", published: B.day(2023, 10, 8), facts: ArticleFacts(casualties: [early])),
            SourceFacts(articleID: "b", published: B.day(2023, 10, 9), facts: ArticleFacts(casualties: [late])),
        ])
        #expect(result.rows.first?.verdict == .conflict)
    }

    @Test("Conflicting figures from different named authorities are marked as such")
    func differentAuthorities() throws {
        let army = B.killed(
            .exactly(200), stated: 200, .exact, text: "200 people", sentence: Sentences.english200,
            attribution: "the army")
        let ministry = B.killed(
            .exactly(2500), stated: 2500, .exact, text: "2500 شخص", sentence: Sentences.arabicMoreThan2500,
            attribution: "وزارة الصحة")
        let result = GroupComparator.compare([
            SourceFacts(articleID: "en-1", published: Self.oct12, facts: ArticleFacts(casualties: [army])),
            SourceFacts(articleID: "ar-1", published: Self.oct12, facts: ArticleFacts(casualties: [ministry])),
        ])
        let row = try #require(result.rows.first)
        #expect(row.verdict == .conflict)
        #expect(row.differentAuthorities)
        #expect(row.entries.compactMap(\.fact.attribution).sorted() == ["the army", "وزارة الصحة"])
    }

    @Test(
        "Names of one authority are not different authorities",
        arguments: [
            ("وزارة الصحة", "وزارة الصحة الفلسطينية"), ("The Health Ministry", "health ministry"),
            ("the health ministry", "the Palestinian health ministry"),
        ])
    func sameAuthority(first: String, second: String) {
        #expect(!GroupComparator.areDifferentAuthorities(first, second))
        #expect(GroupComparator.areDifferentAuthorities(first, "the army"))
        #expect(!GroupComparator.areDifferentAuthorities(first, nil))
    }

    @Test("Each source is compared by its largest figure per key; the smaller one is listed as superseded")
    func bestFactPerKey() throws {
        let small = B.killed(.exactly(1200), stated: 1200, .exact, text: "1,200", sentence: "1,200 killed in Gaza.")
        let large = B.killed(
            .exactly(2500), stated: 2500, .exact, text: "2,500", sentence: "2,500 killed in all.", at: 30)
        let again = B.killed(.exactly(2500), stated: 2500, .exact, text: "2,500", sentence: "Again 2,500.", at: 90)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "en-1", facts: ArticleFacts(casualties: [small, large, again]))
        ])
        let row = try #require(result.rows.first)
        #expect(row.entries.count == 1)
        #expect(row.entries[0].fact == large)
        #expect(row.verdict == .single)
        #expect(result.notCompared.map(\.reason) == [.superseded])
        #expect(result.notCompared.first?.casualty == small)
    }

    @Test("Negated, hypothetical and historical figures are listed apart, not compared")
    func nonAssertedFactsAreListedApart() {
        let negated = B.killed(
            .exactly(0), stated: 0, .exact, text: "no one was killed", sentence: "No one was killed.",
            modality: .negated)
        let historical = B.killed(
            .exactly(5000), stated: 5000, .exact, text: "5000", sentence: "حرب 1967 قتل فيها 5000", at: 20,
            modality: .historical)
        let hypothetical = B.killed(
            CountInterval(min: 2000, max: 9999), stated: nil, .vague, text: "thousands",
            sentence: "Could kill thousands.",
            at: 40, modality: .hypothetical)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "x", facts: ArticleFacts(casualties: [hypothetical, historical, negated]))
        ])
        #expect(result.rows.isEmpty)
        #expect(result.notCompared.map(\.reason) == [.negated, .historical, .hypothetical])
        #expect(result.counts == VerdictCounts())
    }

    @Test("Rows sort conflicts (largest first), then updates, agreements and singles")
    func rowOrder() {
        func fact(_ kind: CasualtyKind, _ value: Double) -> CasualtyFact {
            CasualtyFact(
                kind: kind, count: .exactly(value), stated: value, qualifier: .exact,
                evidence: B.evidence("\(value)", in: "\(value)"))
        }
        let a = SourceFacts(
            articleID: "a", published: B.day(2023, 10, 8),
            facts: ArticleFacts(casualties: [
                fact(.killed, 100), fact(.injured, 100), fact(.missing, 10), fact(.hostages, 50), fact(.detained, 7),
            ]))
        let b = SourceFacts(
            articleID: "b", published: B.day(2023, 10, 9),
            facts: ArticleFacts(casualties: [
                fact(.killed, 90), fact(.injured, 500), fact(.missing, 5), fact(.hostages, 50),
            ]))
        let result = GroupComparator.compare([b, a])
        // missing 10 → 5 is a 50 % conflict, killed 100 → 90 a 10 % one: the larger comes first.
        #expect(result.rows.map(\.key.kind) == [.missing, .killed, .injured, .hostages, .detained])
        #expect(result.rows.map(\.verdict) == [.conflict, .conflict, .update, .agree, .single])
        #expect(result.counts == VerdictCounts(conflicts: 2, updates: 1, agreements: 1, singles: 1))
        #expect(GroupComparator.compare([a, b]) == result)
    }
}
