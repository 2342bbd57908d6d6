import Foundation
import Reports
import TestSupport
import Testing

@testable import Pipeline

/// Report files are written with POSIX calls (no per-file sync): the bytes land as given, an existing file is
/// replaced, and a file that cannot be written throws an error that names it.
@Suite("Report file writing")
struct ReportFileTests {
    @Test func writesReplacesAndNamesTheFileItCannotWrite() throws {
        let folder = try ScratchFolder()
        defer { withExtendedLifetime(folder) {} }
        let path = folder.file("index.json")
        try ReportFile.save("a longer first version\n", to: path)
        try ReportFile.save("مقتل 12 شخصا\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "مقتل 12 شخصا\n")

        let missing = folder.file("no-such-folder/index.json")
        #expect {
            try ReportFile.save("x", to: missing)
        } throws: { error in
            guard case .writeFailed(let named, let reason)? = error as? ReportsError else { return false }
            return named == missing && !reason.isEmpty
        }
    }

    /// Report folders are made as `mkdir -p` makes them; a file in the way, or a parent that is a file, is named
    /// with the reason instead of Foundation's error dump.
    @Test func makesFoldersAndNamesTheOneItCannotMake() throws {
        let folder = try ScratchFolder()
        defer { withExtendedLifetime(folder) {} }
        let deep = folder.file("out/nights/groups")
        try ReportFile.makeFolder(deep)
        try ReportFile.makeFolder(deep)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: deep, isDirectory: &isFolder) && isFolder.boolValue)

        let file = folder.file("report")
        try ReportFile.save("not a folder", to: file)
        for path in [file, file + "/groups"] {
            #expect {
                try ReportFile.makeFolder(path)
            } throws: { error in
                guard case .writeFailed(let named, let reason)? = error as? ReportsError else { return false }
                return named == file && reason == "a file is in the way of this folder"
            }
        }
    }

    /// A streamed file is the concatenation of its pieces, whether they are gathered into the buffer or, when larger
    /// than it, written as they come; it replaces a longer file; and an error thrown by the producer reaches the
    /// caller after the file is closed.
    @Test func writesAStreamedFileAsItsPiecesInOrder() throws {
        let folder = try ScratchFolder()
        defer { withExtendedLifetime(folder) {} }
        let path = folder.file("index.json")
        let large = [UInt8](repeating: UInt8(ascii: "x"), count: 3 << 20)
        let pieces: [[UInt8]] = [
            Array("{\"عدد\": ".utf8), large, Array(",\n".utf8), Array(large[..<1000]), Array("}".utf8),
        ]
        try ReportFile.save(String(repeating: "old ", count: 2 << 20), to: path)
        try ReportFile.save(to: path) { emit in for piece in pieces { try piece.withUnsafeBytes(emit) } }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(pieces.flatMap { $0 }))

        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try ReportFile.save(to: path) { emit in
                try Array("partial".utf8).withUnsafeBytes(emit)
                throw Refused()
            }
        }
    }
}
