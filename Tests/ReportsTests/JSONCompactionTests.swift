import CrossCheckModel
import Foundation
import TestSupport
import Testing

@testable import Reports

/// A night stores each group's report compacted (``JSONCompaction``) and a re-run writes the page again from it, so
/// compacting must keep every string and every value, and the page written again must be the page written first.
@Suite("JSONCompaction")
struct JSONCompactionTests {
    struct Labelled: Codable, Equatable {
        var label: String
        var values: [Double]
        var nested: [String: [String]]
    }

    @Test func aPrettyTextCompactsToTheCompactEncoding() throws {
        let values = AwkwardText.samples.map {
            Labelled(
                label: $0 + " \" \\\" \\ ", values: [1, 0.25, -3e-7], nested: ["k" + $0: [$0, " ", "\n"], "": []])
        }
        let pretty = try JSONTextEncoder(prettyPrinted: true, sortedKeys: true, style: .inert).encode(values)
        let compact = try JSONTextEncoder(prettyPrinted: false, sortedKeys: true, style: .inert).encode(values)
        #expect(pretty.count > compact.count)
        #expect(JSONCompaction.compact(pretty) == compact)
        #expect(JSONCompaction.compact(compact) == compact)
        let decoded = try JSONDecoder().decode([Labelled].self, from: Data(JSONCompaction.compact(pretty).utf8))
        #expect(decoded == values)
    }

    @Test func whitespaceInsideStringsIsKept() {
        #expect(
            JSONCompaction.compact("{ \"a b\" : \" x \\\" y \" ,\n \"c\\\\\" : [ 1 , 2 ] }")
                == "{\"a b\":\" x \\\" y \",\"c\\\\\":[1,2]}")
        #expect(JSONCompaction.compact(" \t\r\n") == "")
        #expect(JSONCompaction.compact("\"open  string") == "\"open  string", "an unterminated string is kept")
        #expect(JSONCompaction.compact("[ \"open \\") == "[\"open \\", "so is one that ends in a backslash")
        #expect(
            JSONCompaction.compact("[\"\", \"\\\\\" ]") == "[\"\",\"\\\\\"]", "an empty string, an escaped backslash")
    }

    @Test func aGroupPageWrittenAgainFromItsCompactedReportIsTheSamePage() throws {
        for group in ReportFixture.report.groups {
            let page = try JSONReportWriter.encodedGroup(group)
            let stored = JSONCompaction.compact(page)
            let decoded = try JSONDecoder().decode(GroupReport.self, from: Data(stored.utf8))
            #expect(try JSONReportWriter.encodedGroup(decoded) == page)
        }
    }
}
