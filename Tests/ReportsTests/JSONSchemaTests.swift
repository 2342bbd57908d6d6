import Foundation
import Testing

@testable import Reports

/// Every JSON file a run writes validates against docs/report.schema.json: the fixture run (Arabic, English and a
/// hostile article) and the committed sample reports under reports/.
@Suite("JSON reports validate against the committed schema")
struct JSONSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schemaPath = root.appendingPathComponent("docs/report.schema.json").path

    /// The schema pointer each JSON file of a run is checked against.
    static func pointer(for path: String) -> String {
        if path == "index.json" { return "#" }
        if path == "summary.json" { return "#/$defs/RunSummary" }
        return "#/$defs/GroupReport"
    }

    static func validate(_ files: [String: String]) throws -> [String] {
        let validator = try JSONSchemaValidator(schemaAt: schemaPath)
        var errors: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".json") {
            let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
            errors += validator.errors(of: value, against: pointer(for: path)).map { "\(path): \($0)" }
        }
        return errors
    }

    @Test("The fixture run's index, summary and group files validate")
    func fixtureReports() throws {
        let files = try JSONReportWriter().files(for: ReportFixture.report)
        #expect(files.keys.filter { $0.hasSuffix(".json") }.count >= 3)
        let errors = try Self.validate(files)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
    }

    @Test("The committed sample reports validate")
    func committedReports() throws {
        let folder = Self.root.appendingPathComponent("reports").path
        var files: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder) where path.hasSuffix(".json") {
            files[path] = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
        }
        #expect(files["index.json"] != nil)
        let errors = try Self.validate(files)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
    }

    @Test("The validator rejects what the schema forbids")
    func validatorRejects() throws {
        let validator = try JSONSchemaValidator(schemaAt: Self.schemaPath)
        let summary: [String: Any] = ["inputs": 1, "processed": -1, "skipped": 0, "records": [], "extra": true]
        let errors = validator.errors(of: summary, against: "#/$defs/RunSummary")
        #expect(errors.contains { $0.contains("missing required failed") })
        #expect(errors.contains { $0.contains("unexpected property extra") })
        #expect(errors.contains { $0.contains("< 0") })
        let pair: [String: Any] = [
            "a": "x", "b": "y", "similarity": 0.5, "nearCopy": 1, "containmentAInB": 0, "containmentBInA": 0,
            "reasons": [],
        ]
        #expect(validator.errors(of: pair, against: "#/$defs/PairEvidence").contains { $0.contains("nearCopy") })
    }
}
