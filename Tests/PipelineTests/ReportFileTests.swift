import Foundation
import Reports
import Testing

@testable import Pipeline

/// Report files are written with POSIX calls (no per-file sync): the bytes land as given, an existing file is
/// replaced, and a file that cannot be written throws an error that names it.
@Suite("Report file writing")
struct ReportFileTests {
    @Test func writesReplacesAndNamesTheFileItCannotWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "crosscheck-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("index.json").path
        try ReportFile.save("a longer first version\n", to: path)
        try ReportFile.save("مقتل 12 شخصا\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "مقتل 12 شخصا\n")

        let missing = folder.appendingPathComponent("no-such-folder/index.json").path
        #expect {
            try ReportFile.save("x", to: missing)
        } throws: { error in
            guard case .writeFailed(let named, let reason)? = error as? ReportsError else { return false }
            return named == missing && !reason.isEmpty
        }
    }
}
