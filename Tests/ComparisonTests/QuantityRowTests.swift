import CrossCheckModel
import Facts
import Testing

@testable import Comparison

@Suite("GroupComparator: quantities and coarse dates (headline contradictions)")
struct QuantityRowTests {
    /// A number mention at `text` inside `sentence`, the way the extractor reports it.
    static func number(_ value: Double, _ text: String, in sentence: String) -> NumberMention {
        let scalars = Array(sentence.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return NumberMention(value: value, evidence: FactBuilder.evidence(text, in: sentence, at: start))
    }

    static func compare(_ first: [NumberMention], _ second: [NumberMention]) -> GroupComparison {
        GroupComparator.compare([
            SourceFacts(articleID: "s1", facts: ArticleFacts(numbers: first)),
            SourceFacts(articleID: "s2", facts: ArticleFacts(numbers: second)),
        ])
    }

    @Test("\"49 عاما\" and \"80 عام\" line up by their unit and conflict")
    func agesConflict() throws {
        let first = Self.number(49, "49", in: "رحيل ميني مي عن عمر لم يتجاوز 49 عاما")
        let second = Self.number(80, "80", in: "وفاة ميني مي عن عمر يناهز 80 عام")
        let result = Self.compare([first], [second])
        let row = try #require(result.quantities.first)
        #expect(row.unit == "عام")
        #expect(row.verdict == .conflict)
        #expect(abs((row.relativeDifference ?? 0) - 31.0 / 80.0) < 1e-12)
        #expect(result.hasConflict)
        #expect(result.counts == VerdictCounts())
    }

    @Test("The same sum agrees; different units are not compared")
    func sameSumAgrees() {
        let dollars = Self.number(5e10, "50 مليار", in: "بكين تعاقب واشنطن بـ50 مليار دولار")
        let sameDollars = Self.number(5e10, "بخمسين مليار", in: "واشنطن تعاقب الصين بخمسين مليار دولار")
        #expect(Self.compare([dollars], [sameDollars]).quantities.map(\.verdict) == [.agree])
        let jobs = Self.number(176_000, "176 ألف", in: "تهديدات قد تفقد كندا 176 ألف وظيفة")
        let euros = Self.number(1.76e8, "176 مليون", in: "خسائر بقيمة 176 مليون يورو")
        #expect(Self.compare([jobs], [euros]).quantities.isEmpty)
    }

    @Test("Numbers whose unit words differ line up by the word before them")
    func precedingWord() throws {
        let years = Self.number(4400, "4400", in: "مقبرة أثرية عمرها 4400 عام")
        let centuries = Self.number(1000, "1000", in: "مقبرة مصرية عمرها 1000 سنة")
        let row = try #require(Self.compare([years], [centuries]).quantities.first)
        #expect(row.unit == "عمره …")
        #expect(row.verdict == .conflict)
    }

    @Test("Year-only event dates are compared when no source gives a day")
    func yearsConflict() throws {
        let y2018 = FactBuilder.eventDate(
            FactBuilder.day(2018, 1, 1), text: "عام 2018", sentence: "عام 2018 تخصصه دار نشر", grain: .year)
        let y2020 = FactBuilder.eventDate(
            FactBuilder.day(2020, 1, 1), text: "عام 2020", sentence: "عام 2020 تخصصه دار نشر", grain: .year)
        let result = GroupComparator.compare([
            SourceFacts(articleID: "s1", facts: ArticleFacts(dates: [y2018])),
            SourceFacts(articleID: "s2", facts: ArticleFacts(dates: [y2020])),
        ])
        let row = try #require(result.eventDate)
        #expect(row.verdict == .conflict)
        #expect(result.notCompared.isEmpty)
    }
}
