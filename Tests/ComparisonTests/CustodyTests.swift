import CrossCheckModel
import Facts
import Testing

@testable import Comparison

/// The same number of people held in one report and freed in another is a conflict, unless the release came later.
@Suite("Held against freed")
struct CustodyTests {
    static let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)

    static func compare(_ texts: [(String, CivilDate?)]) -> GroupComparison {
        let sources = texts.enumerated().map { index, item in
            SourceFacts(
                articleID: "s\(index + 1)", published: item.1,
                facts: extractor.extract(text: item.0, language: .unknown, published: item.1))
        }
        return GroupComparator.compare(sources)
    }

    static func custody(_ comparison: GroupComparison) -> QuantityRow? {
        comparison.quantities.first { $0.unit == GroupComparator.custodyUnit }
    }

    @Test(
        "Held vs freed with the same count",
        arguments: [
            ("السلطات السعودية تعتقل 7 ناشطين بينهم 3 نساء", "السعودية تفرج عن 7 ناشطين", true),
            ("اعتقال 9 بينهم 4 سيدات بتهمة الإضرار بالأمن", "الإفراج عن 9 مواطنين", true),
            ("Police arrested 12 protesters.", "Police released 12 protesters.", true),
            ("اعتقال 9 ناشطين", "اعتقال 9 ناشطين آخرين", false),
            // A duration is not a count of people.
            ("رسائل احتجزتها إسرائيل تصل بعد 8 سنوات", "بعد 8 سنوات: إسرائيل تفرج عن رسائل", false),
            // One sentence naming both tells nothing about either figure alone.
            ("Police arrested 9 and released 4.", "Police released 9 people.", false),
        ])
    func heldAgainstFreed(held: String, freed: String, conflict: Bool) throws {
        let comparison = Self.compare([(held, nil), (freed, nil)])
        #expect((Self.custody(comparison) != nil) == conflict)
        if conflict {
            #expect(comparison.hasConflict)
            let row = try #require(Self.custody(comparison))
            #expect(row.verdict == .conflict)
            #expect(row.entries.map(\.articleID) == ["s1", "s2"])
        }
    }

    @Test(
        "A sentence's custody, after folding case, é and the hamza on alef",
        arguments: [
            ("Police ARRESTED twelve protesters", GroupComparator.Custody?.some(.held)),
            ("Les militants ont été libérés hier", .freed),
            ("أعلنت السلطات الإفراج عن الصحفيين", .freed),
            ("قررت المحكمة إطلاق سراح الصحفي", .freed),
            ("تم احتجاز الصحفي في المطار", .held),
            ("Police arrested 9 and released 4", nil),
            ("The storm damaged twelve bridges", nil),
        ])
    func custodyOfASentence(sentence: String, expected: GroupComparator.Custody?) {
        #expect(GroupComparator.Custody(sentence: sentence) == expected)
    }

    @Test("A release reported after the arrest is an update, not a conflict")
    func laterReleaseIsNews() {
        let arrest = ("Police arrested 12 protesters.", CivilDate(year: 2026, month: 11, day: 1))
        let release = ("Police released 12 protesters.", CivilDate(year: 2026, month: 11, day: 3))
        #expect(Self.custody(Self.compare([arrest, release])) == nil)
        #expect(Self.custody(Self.compare([(release.0, arrest.1), (arrest.0, release.1)])) != nil)
    }
}
