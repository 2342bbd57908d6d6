import CrossCheckModel
import Foundation
import Pipeline
import Testing

/// `reports/` holds the committed output of the README's run command on `samples/`; regenerating it must give the
/// same bytes. Set `RECORD_REPORTS=1` to re-record after an intended change, then review the diff.
@Suite("Golden reports")
struct GoldenReportTests {
    static let referenceDate = CivilDate(year: 2026, month: 11, day: 25)!

    @Test func regeneratedReportsMatchTheCommittedOnes() throws {
        // The README runs `crosscheck run samples` from the repository root, and reports name inputs as given.
        #expect(FileManager.default.changeCurrentDirectoryPath(RepositoryPaths.root.path))
        let run = Pipeline(options: PipelineOptions(referenceDate: Self.referenceDate)).run(paths: ["samples"])
        let files = try run.files(formats: ReportFormat.allCases)
        if ProcessInfo.processInfo.environment["RECORD_REPORTS"] != nil {
            try run.write(to: RepositoryPaths.reports, formats: ReportFormat.allCases)
        }
        let committed = try Self.listFiles(under: RepositoryPaths.reports)
        #expect(committed == Set(files.keys), "the committed reports/ has other files than a fresh run")
        for (path, content) in files.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: RepositoryPaths.reports).appendingPathComponent(path)
            let stored = try? String(contentsOf: url, encoding: .utf8)
            #expect(stored == content, "reports/\(path) differs from a fresh run (RECORD_REPORTS=1 re-records)")
        }
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let pipeline = Pipeline(options: PipelineOptions(referenceDate: Self.referenceDate))
        let first = try pipeline.run(paths: [RepositoryPaths.samples]).files(formats: ReportFormat.allCases)
        let second = try pipeline.run(paths: [RepositoryPaths.samples]).files(formats: ReportFormat.allCases)
        #expect(first == second)
    }

    static func listFiles(under root: String) throws -> Set<String> {
        var result = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            if exists && !isDirectory.boolValue { result.insert(path) }
        }
        return result
    }
}
