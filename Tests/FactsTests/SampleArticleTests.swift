import CrossCheckModel
import Foundation
import Testing

@testable import Facts

/// The must-pass cases on the project's sample articles (`samples/` at the repository root).
@Suite("Sample articles")
struct SampleArticleTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")
    static let reference = CivilDate(year: 2026, month: 11, day: 25)!
    static var present: Bool { FileManager.default.fileExists(atPath: samples.path) }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
    }

    // Skipped with this message when the samples folder is absent (e.g. a trimmed checkout).
    @Test(.enabled(if: present, "samples/ folder not found beside Tests/"))
    func sample000Casualties() throws {
        let text = try Self.text("000_d7e9f2fa33406a43.txt")
        let facts = FactExtractor(referenceDate: Self.reference).extract(text: text, language: .arabic, published: nil)
        let killed = facts.casualties.filter { $0.kind == .killed }
        let whole = try #require(killed.first { $0.relation == .whole })
        #expect(whole.qualifier == .moreThan)
        #expect(whole.count == CountInterval(min: 2501, max: nil))
        #expect(whole.stated == 2500)
        #expect(whole.modality == .asserted)
        let among = try #require(killed.first { $0.relation == .among })
        #expect(among.count == .exactly(22))
        #expect(among.subjectKey == "american")
        #expect(among.subject == "أمريكيا")
        let missing = try #require(facts.casualties.first { $0.kind == .missing })
        #expect(missing.qualifier == .atLeast)
        #expect(missing.count == CountInterval(min: 17, max: nil))
        #expect(missing.subjectKey == "american")
        #expect(facts.totals[.killed] == CountInterval(min: 2501, max: nil))
        let saturday = try #require(facts.dates.first { $0.weekday == .saturday })
        #expect(saturday.resolution == .unresolved)
        #expect(saturday.date == nil)
        // Evidence offsets are Unicode scalar offsets into the original text.
        let scalars = Array(text.unicodeScalars)
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[whole.evidence.start..<whole.evidence.end])
        #expect(String(slice) == whole.evidence.text)
        #expect(whole.evidence.text == "مقتل أكثر من 2500 شخص")
        #expect(whole.evidence.sentence.hasPrefix("وتدهور الوضع"))
    }

    @Test(.enabled(if: present, "samples/ folder not found beside Tests/"))
    func sample000WithPublicationDate() throws {
        let text = try Self.text("000_d7e9f2fa33406a43.txt")
        let published = CivilDate(year: 2023, month: 10, day: 12)!
        let facts = FactExtractor(referenceDate: Self.reference).extract(
            text: text, language: .arabic, published: published)
        let saturday = try #require(facts.dates.first { $0.weekday == .saturday })
        #expect(saturday.date == CivilDate(year: 2023, month: 10, day: 7))
        #expect(saturday.resolution == .relative)
    }

    @Test(.enabled(if: present, "samples/ folder not found beside Tests/"))
    func sample001Dates() throws {
        let text = try Self.text("001_a5aac33fb0cc4554.txt")
        let facts = FactExtractor(referenceDate: Self.reference).extract(text: text, language: .arabic, published: nil)
        let event = try #require(facts.dates.first { $0.date == CivilDate(year: 2023, month: 10, day: 11) })
        #expect(event.role == .event)
        #expect(event.resolution == .inferredFromWeekday)
        #expect(event.weekday == .wednesday)
        #expect(!event.weekdayMismatch)
        #expect(event.evidence.text == "أمس الأربعاء 11 أكتوبر الجاري")
        let border = try #require(facts.dates.first { $0.date == CivilDate(year: 1967, month: 6, day: 4) })
        #expect(border.role == .historical)
        #expect(border.resolution == .explicit)
    }

    @Test(.enabled(if: present, "samples/ folder not found beside Tests/"))
    func allSamplesRunWithoutSpuriousCounts() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples.path).filter {
            $0.hasSuffix(".txt")
        }.sorted()
        #expect(names.count == 5)
        let extractor = FactExtractor(referenceDate: Self.reference)
        for name in names {
            let facts = extractor.extract(text: try Self.text(name), language: .arabic, published: nil)
            // No article reports a year as a casualty count.
            #expect(facts.casualties.allSatisfy { ($0.stated ?? 0) < 1900 || ($0.stated ?? 0) > 2100 })
        }
    }
}
