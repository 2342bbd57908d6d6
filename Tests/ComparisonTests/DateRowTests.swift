import CrossCheckModel
import Facts
import Testing

@testable import Comparison

@Suite("GroupComparator: the event-date row")
struct DateRowTests {
    typealias B = FactBuilder
    static let arabicSentence = "وقع الهجوم أمس الأربعاء 11 أكتوبر الجاري"

    @Test("An Arabic date with an inferred year agrees with an English explicit date")
    func agreeingDates() throws {
        let arabic = B.eventDate(
            B.day(2023, 10, 11), resolution: .inferredFromWeekday, text: "الأربعاء 11 أكتوبر",
            sentence: Self.arabicSentence)
        let history = B.eventDate(
            B.day(1967, 6, 4), text: "الرابع من يونيو 1967", sentence: "حدود الرابع من يونيو 1967", at: 50,
            role: .historical)
        let english = B.eventDate(
            B.day(2023, 10, 11), text: "Wednesday, 11 October 2023",
            sentence: "The attack came on Wednesday, 11 October 2023.")
        let today = B.eventDate(
            B.day(2023, 10, 12), resolution: .relative, text: "today", sentence: "Today, rescuers searched.", at: 60)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "ar-1", facts: ArticleFacts(dates: [history, arabic])),
            SourceFacts(
                articleID: "en-1", published: B.day(2023, 10, 12), facts: ArticleFacts(dates: [english, today])),
        ])
        let row = try #require(result.eventDate)
        #expect(row.verdict == .agree)
        #expect(row.commonDate == B.day(2023, 10, 11))
        #expect(row.spreadDays == 0)
        #expect(row.entries.map(\.articleID) == ["en-1", "ar-1"])
        #expect(row.entries[1].dates.map(\.resolution) == [.inferredFromWeekday])
        #expect(result.notCompared.map(\.reason) == [.historical])
        #expect(result.counts == VerdictCounts(agreements: 1))
    }

    @Test("Different event days conflict; unresolved and month-only dates are left out")
    func conflictingDates() throws {
        let first = B.eventDate(B.day(2023, 10, 11), text: "11 October", sentence: "On 11 October…")
        let second = B.eventDate(B.day(2023, 10, 14), text: "14 أكتوبر", sentence: "في 14 أكتوبر")
        var unresolved = B.eventDate(B.day(2023, 10, 1), resolution: .unresolved, text: "أمس", sentence: "أمس", at: 9)
        unresolved.date = nil
        let month = B.eventDate(B.day(2023, 10, 1), text: "October", sentence: "In October", at: 20, grain: .month)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "a", facts: ArticleFacts(dates: [first, month])),
            SourceFacts(articleID: "b", facts: ArticleFacts(dates: [second, unresolved])),
        ])
        let row = try #require(result.eventDate)
        #expect(row.verdict == .conflict)
        #expect(row.commonDate == nil)
        #expect(row.spreadDays == 3)
        #expect(result.notCompared.map(\.reason) == [.coarseDate, .unresolvedDate])
        #expect(result.counts.conflicts == 1)
    }

    @Test("One dated source is a single; no dated source gives no row")
    func singleAndNone() {
        let date = B.eventDate(B.day(2023, 10, 11), text: "11 October", sentence: "On 11 October…")
        let single = GroupComparator.compare([
            SourceFacts(articleID: "a", facts: ArticleFacts(dates: [date])),
            SourceFacts(articleID: "b", facts: ArticleFacts()),
        ])
        #expect(single.eventDate?.verdict == .single)
        #expect(GroupComparator.compare([SourceFacts(articleID: "b", facts: ArticleFacts())]).eventDate == nil)
    }
}
