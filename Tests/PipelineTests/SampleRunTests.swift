import Comparison
import CrossCheckModel
import Facts
import Foundation
import Pipeline
import Reports
import Testing

/// The acceptance on `samples/`: one group of 000 and 001, the others alone, and the facts with evidence.
@Suite("Sample run")
struct SampleRunTests {
    static let referenceDate = CivilDate(year: 2026, month: 11, day: 25)!
    static let run = Pipeline(options: PipelineOptions(referenceDate: referenceDate)).run(
        paths: [RepositoryPaths.samples])

    var report: RunReport { Self.run.report }

    func groupOf(_ id: String) -> GroupReport? {
        report.groups.first { group in group.members.contains { $0.id.hasPrefix(id) } }
    }

    @Test func everySampleIsProcessed() {
        #expect(report.summary.inputs == 5)
        #expect(report.summary.processed == 5)
        #expect(report.summary.failed == 0)
        #expect(Self.run.exitStatus == .success)
    }

    @Test func articles000And001FormOneGroup() throws {
        let group = try #require(groupOf("000"))
        #expect(group.members.map { String($0.id.prefix(3)) } == ["000", "001"])
    }

    @Test(arguments: ["002", "003", "004"])
    func otherSamplesStandAlone(prefix: String) throws {
        let group = try #require(groupOf(prefix))
        #expect(group.members.count == 1)
    }

    @Test func groupShowsTheFiguresOf000WithEvidence() throws {
        let group = try #require(groupOf("000"))
        let facts = group.comparison.rows.flatMap(\.entries)
        let killed = try #require(
            facts.first { $0.fact.kind == .killed && $0.fact.relation == .whole && $0.fact.subjectKey == nil })
        #expect(killed.articleID.hasPrefix("000"))
        #expect(killed.fact.qualifier == .moreThan)
        #expect(killed.fact.stated == 2500)
        #expect(killed.fact.count.min == 2501 && killed.fact.count.max == nil)
        #expect(killed.fact.evidence.sentence.contains("أكثر من 2500 شخص"))

        let americans = try #require(facts.first { $0.fact.kind == .killed && $0.fact.relation == .among })
        #expect(americans.fact.stated == 22)
        #expect(americans.fact.subjectKey == "american")
        #expect(americans.fact.evidence.sentence.contains("من بينهم 22 أمريكيا"))

        let missing = try #require(facts.first { $0.fact.kind == .missing })
        #expect(missing.fact.qualifier == .atLeast)
        #expect(missing.fact.stated == 17)
        #expect(missing.fact.subjectKey == "american")
        #expect(missing.articleID.hasPrefix("000"))
    }

    @Test func theCallDateIsInferredFromTheWeekday() throws {
        let group = try #require(groupOf("001"))
        let row = try #require(group.comparison.eventDate)
        let entry = try #require(row.entries.first { $0.articleID.hasPrefix("001") })
        let date = try #require(entry.dates.first { $0.date == CivilDate(year: 2023, month: 10, day: 11) })
        #expect(date.resolution == .inferredFromWeekday)
        #expect(date.isInferred)
        #expect(date.weekday == .wednesday)
        #expect(date.evidence.text.contains("أمس الأربعاء 11 أكتوبر"))
    }

    /// The "read also" tail of 001 and the appended article and lists of 004 must not leak into facts or shingles.
    @Test func boilerplateTailsLeaveNoTrace() throws {
        let leaked = ["الـ53", "7 أكتوبر", "716", "عبدالله بن زايد", "مقالات مشابهة"]
        for group in report.groups {
            for entry in group.facts {
                let quoted =
                    entry.facts.casualties.map(\.evidence.sentence) + entry.facts.dates.map(\.evidence.sentence)
                    + entry.facts.numbers.map(\.evidence.sentence)
                for text in quoted {
                    for marker in leaked { #expect(!text.contains(marker), "\(entry.articleID): \(text)") }
                }
                #expect(!entry.facts.numbers.contains { $0.value == 716 || $0.value == 53 })
            }
        }
        let batch = LoadedBatch.load(paths: [RepositoryPaths.samples])
        for article in batch.articles {
            for marker in leaked { #expect(!article.text.contains(marker), "\(article.id) keeps \(marker)") }
        }
        let a001 = try #require(batch.articles.first { $0.id.hasPrefix("001") })
        #expect(a001.removed.joined().contains("اليوم الـ53"))
    }

    @Test func reportIsVersioned() throws {
        let files = try Self.run.files(formats: [.json])
        let index = try #require(files["index.json"])
        let object = try JSONSerialization.jsonObject(with: Data(index.utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "crosscheck.report/1")
        let groups = try #require(object?["groups"] as? [[String: Any]])
        #expect(groups.count == 4)
    }
}
