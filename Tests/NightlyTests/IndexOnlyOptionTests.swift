import Foundation
import TestSupport
import Testing

/// The options that only an indexed run reads are refused without `--index` (usage error, exit code 64) rather than
/// silently ignored: a user who forgot `--index` learns it before a whole batch runs.
@Suite("Index-only options")
struct IndexOnlyOptionTests {
    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: NightlyPaths.executable), "needs `swift build` first"),
        arguments: [
            ["--deflate-texts"], ["--keep-stored-groups"], ["--candidate-keys", "3"],
            ["--candidate-keyword-bucket", "200"],
        ])
    func anIndexOnlyOptionWithoutAnIndexIsAUsageError(option: [String]) throws {
        let folder = try ScratchFolder()
        let (status, message) = try Self.run(["run", NightlyPaths.samples, "--out", folder.file("out")] + option)
        #expect(status == 64, "\(message)")
        #expect(message.contains("\(option[0]) needs --index"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")))
    }

    /// The same option with `--index` runs, and so does a candidate option given its default value without it.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: NightlyPaths.executable), "needs `swift build` first"))
    func theSameOptionsRunWhereTheyApply() throws {
        let folder = try ScratchFolder()
        let indexed = try Self.run([
            "run", NightlyPaths.samples, "--out", folder.file("night"), "--index", folder.file("index.db"),
            "--deflate-texts", "--format", "json", "--reference-date", "2026-11-25",
        ])
        #expect(indexed.status == 0, "\(indexed.message)")
        let plain = try Self.run([
            "run", NightlyPaths.samples, "--out", folder.file("plain"), "--candidate-keys", "2", "--format", "json",
            "--reference-date", "2026-11-25",
        ])
        #expect(plain.status == 0, "\(plain.message)")
    }

    /// Runs the built tool with `arguments`: its exit status and what it wrote to standard error.
    private static func run(_ arguments: [String]) throws -> (status: Int32, message: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: NightlyPaths.executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
