import Foundation
import Testing

@testable import Reports

@Suite("CSV: every fact in one table, inert in a spreadsheet")
struct CSVReportWriterTests {
    static var csv: String {
        get throws { try #require(try CSVReportWriter().files(for: ReportFixture.report)["facts.csv"]) }
    }

    @Test("One header and one CRLF line per fact, with the comparison's verdict")
    func layout() throws {
        let lines = try Self.csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == CSVReportWriter.columns.joined(separator: ","))
        let facts = ReportFixture.report.groups.flatMap(\.facts).map {
            $0.facts.casualties.count + $0.facts.dates.count
        }
        #expect(lines.count >= 1 + facts.reduce(0, +))
        #expect(lines.contains { $0.hasPrefix("g001,") && $0.contains(",casualty,killed,") && $0.contains(",agree,") })
    }

    @Test("Hostile text: no formula, no live bidi control, quotes doubled, one record per line")
    func security() throws {
        let csv = try Self.csv
        #expect(!csv.contains("\u{202E}"))
        #expect(csv.contains("[U+202E]0052"))
        for line in csv.components(separatedBy: "\r\n") {
            #expect(!line.contains("\n") && !line.contains("\r"))
            for field in line.components(separatedBy: ",") {
                #expect(!["=", "+", "@"].contains(field.first), "formula cell: \(field)")
            }
        }
        #expect(CSVText.field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVText.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVText.field("-12") == "-12")
        #expect(CSVText.field("a\nb") == "a b")
        #expect(CSVText.field("<script>alert(1)</script>") == "<script>alert(1)</script>")
    }
}
