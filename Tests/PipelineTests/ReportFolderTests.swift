import CrossCheckModel
import Foundation
import Pipeline
import Testing

/// A run writes into a folder that an earlier run filled: group pages it writes again are rewritten in place (the
/// same inode, new bytes), pages it does not write are removed, and nothing else in the folder is touched.
@Suite("Report folder rewritten in place")
struct ReportFolderTests {
    @Test func rewritesKeptPagesInPlaceAndRemovesStaleOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "crosscheck-folder-\(UUID().uuidString)")
        let groups = folder.appendingPathComponent("groups")
        try FileManager.default.createDirectory(at: groups, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Pipeline(options: PipelineOptions(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!))
            .run(paths: [RepositoryPaths.samples])
        let files = try run.files(formats: [.json])
        let page = try #require(files.keys.sorted().first { $0.hasPrefix("groups/") })
        let kept = folder.appendingPathComponent(page)
        try String(repeating: "an earlier night's longer page\n", count: 400).write(
            to: kept, atomically: false, encoding: .utf8)
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: kept.path)[.systemFileNumber])
        let stale = groups.appendingPathComponent("s999999.json")
        try "{}".write(to: stale, atomically: false, encoding: .utf8)
        let other = folder.appendingPathComponent("notes.txt")
        try "the user's own file".write(to: other, atomically: false, encoding: .utf8)

        try run.write(to: folder.path, formats: [.json])

        #expect(try String(contentsOf: kept, encoding: .utf8) == files[page])
        let after = try FileManager.default.attributesOfItem(atPath: kept.path)[.systemFileNumber]
        #expect(after as? UInt64 == inode as? UInt64, "the kept page was recreated instead of rewritten")
        #expect(!FileManager.default.fileExists(atPath: stale.path), "a page no group of this run has was left")
        #expect(FileManager.default.fileExists(atPath: other.path))
        let written = try FileManager.default.contentsOfDirectory(atPath: groups.path).map { "groups/" + $0 }
        #expect(Set(written) == Set(files.keys.filter { $0.hasPrefix("groups/") }))
    }
}
