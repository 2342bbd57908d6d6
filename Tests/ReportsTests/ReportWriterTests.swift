import Comparison
import Foundation
import Testing

@testable import Reports

@Suite("Report writers: layout, determinism, JSON round trip")
struct ReportWriterTests {
    @Test("Each writer produces the documented layout")
    func layout() throws {
        let report = ReportFixture.report
        #expect(
            try MarkdownReportWriter().files(for: report).keys.sorted() == [
                "groups/g001.md", "groups/g002.md", "index.md", "summary.md",
            ])
        #expect(
            try HTMLReportWriter().files(for: report).keys.sorted() == [
                "groups/g001.html", "groups/g002.html", "index.html",
            ])
        #expect(
            try JSONReportWriter().files(for: report).keys.sorted() == [
                "groups/g001.json", "groups/g002.json", "index.json", "summary.json",
            ])
    }

    @Test("The same report gives byte-identical files, and no time unless generatedAt is set")
    func determinism() throws {
        for writer in ReportFixture.writers {
            let first = try writer.files(for: ReportFixture.report)
            let second = try writer.files(for: ReportFixture.report)
            #expect(first == second)
            for (path, text) in first {
                #expect(!text.contains("generated"), "\(path) mentions a generation time")
            }
        }
        var stamped = ReportFixture.report
        stamped.generatedAt = "2023-10-15T08:00:00Z"
        #expect(
            try JSONReportWriter().files(for: stamped)["index.json"]?.contains(
                "\"generatedAt\" : \"2023-10-15T08:00:00Z\"") == true)
        #expect(
            try HTMLReportWriter().files(for: stamped)["index.html"]?.contains("Generated 2023-10-15T08:00:00Z") == true
        )
    }

    @Test("index.json, put together from the group files, is byte for byte the whole report encoded at once")
    func indexIsTheWholeReportEncoded() throws {
        var empty = ReportFixture.report
        empty.groups = []
        for report in [ReportFixture.report, empty] {
            let writer = JSONReportWriter()
            let whole = try writer.encode(report, path: "index.json")
            #expect(try writer.files(for: report)["index.json"] == whole)
        }
    }

    @Test("JSON files decode back to the values they were written from")
    func jsonRoundTrip() throws {
        let report = ReportFixture.report
        let files = try JSONReportWriter().files(for: report)
        let decoder = JSONDecoder()
        let index = try decoder.decode(RunReport.self, from: Data(try #require(files["index.json"]).utf8))
        #expect(index == report)
        let group = try decoder.decode(GroupReport.self, from: Data(try #require(files["groups/g001.json"]).utf8))
        #expect(group == report.groups[1])
        let summary = try decoder.decode(RunSummary.self, from: Data(try #require(files["summary.json"]).utf8))
        #expect(summary == report.summary)
        let text = try #require(files["index.json"])
        #expect(text.contains("\"schema\" : \"crosscheck.report/1\""))
        #expect(text.contains("\"referenceDate\" : \"2023-10-15\""))
        #expect(text.contains("https://example.org/ar/1"))  // slashes are not escaped
        #expect(text.contains("\"verdict\" : \"agree\""))
    }

    @Test("The index lists groups with conflicts first")
    func indexOrder() throws {
        let report = ReportFixture.report
        #expect(report.groupsByConflict.map(\.id) == ["g001", "g002"])
        let markdown = try #require(try MarkdownReportWriter().files(for: report)["index.md"])
        let first = try #require(markdown.range(of: "groups/g001.md"))
        let second = try #require(markdown.range(of: "groups/g002.md"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test("A group page shows qualifiers, subjects, attributions, quotes, dates and facts left out")
    func groupPageContent() throws {
        let report = ReportFixture.report
        for writer in [MarkdownReportWriter() as any ReportWriter, HTMLReportWriter()] {
            let files = try writer.files(for: report)
            let page = try #require(files.first { $0.key.hasPrefix("groups/g001.") }?.value)
            #expect(page.contains("more than 2,500"))
            #expect(page.contains("2,600"))
            #expect(page.contains("of them 22 أمريكيا"))
            #expect(page.contains("وزارة الصحة"))
            #expect(page.contains("من بينهم 22 أمريكيا"))  // the evidence sentence is quoted
            #expect(page.contains("2023-10-11 (year inferred from weekday)"))
            #expect(page.contains("historical"))
            // injured: 2,500 from وزارة الصحة against 200 from the army on the same day.
            #expect(page.contains("different authorities"))
            #expect(page.contains("by at least 92 %"))
            #expect(page.contains("Near-copies"))
        }
    }
}
