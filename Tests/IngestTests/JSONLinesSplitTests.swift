import Foundation
import Testing

@testable import Ingest

/// JSONL lines are split on raw bytes: numbered from 1 with blank lines counted, a CR before the LF and a byte order
/// mark on the first line dropped, blank lines (spaces, tabs) left out, and a last line without a newline kept.
@Suite("JSONL line splitting")
struct JSONLinesSplitTests {
    @Test func numbersLinesAndDropsBlanksCRAndTheByteOrderMark() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("{\"id\": 1}\r\n\n  \t\n{\"id\": \"ب\"}\n\r\n{\"id\": 3}".utf8))
        let lines = JSONLines.split(data).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
        #expect(lines.map(\.0) == [1, 4, 6])
        #expect(lines.map(\.1) == ["{\"id\": 1}", "{\"id\": \"ب\"}", "{\"id\": 3}"])
    }

    @Test func emptyAndBlankDataHaveNoLines() {
        #expect(JSONLines.split(Data()).isEmpty)
        #expect(JSONLines.split(Data("\n \n\r\n".utf8)).isEmpty)
        #expect(JSONLines.split(Data("{}\n".utf8)).map(\.0) == [1])
    }

    @Test func stringFieldsAreTrimmedOnlyWhenTheyNeedIt() {
        #expect(JSONLines.string(" a1 \u{2028}") == "a1")
        #expect(JSONLines.string("a1") == "a1")
        #expect(JSONLines.string("\u{A0}") == nil)
        #expect(JSONLines.string("") == nil)
    }
}
