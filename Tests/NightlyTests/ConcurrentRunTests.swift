import CrossCheckModel
import Foundation
import Nightly
import Pipeline
import Store
import TestSupport
import Testing

/// One writer per index: a second run while one is running is refused at once, with exit code 3 from the CLI.
@Suite("Concurrent runs")
struct ConcurrentRunTests {
    static let night = CivilDate(year: 2026, month: 11, day: 25)!

    @Test func aRunOnAnIndexInUseThrowsLockedBeforeReadingAnything() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        let running = try IndexStore.openForWriting(path: path)
        let indexer = NightlyIndexer(
            pipeline: Pipeline(options: PipelineOptions(referenceDate: Self.night)), indexPath: path)
        #expect(throws: StoreError.locked(path: path)) { try indexer.run(paths: [NightlyPaths.samples]) }
        #expect(try running.stats().articles == 0)
    }

    /// Two `crosscheck run --index` processes started together: exit codes 0 and 3, every article stored once.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: NightlyPaths.executable), "needs `swift build` first"))
    func twoProcessesStartedTogetherOneProceedsTheOtherIsRefused() throws {
        let folder = try ScratchFolder()
        var corpus = StoryCorpus(seed: 11)
        var articles: [Article] = []
        for story in 0..<150 {
            let sentences = corpus.storySentences()
            for member in 0..<2 {
                articles.append(
                    corpus.article(
                        id: "a\(story)-\(member)", sentences: sentences, killed: 5 + story, outlet: "Outlet \(member)",
                        published: Self.night))
            }
        }
        let input = folder.file("tonight/articles.jsonl")
        try StoryCorpus.writeJSONL(articles, to: input)
        let index = folder.file("index.db")
        let processes = (0..<2).map { number in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: NightlyPaths.executable)
            process.arguments = [
                "run", input, "--index", index, "--out", folder.file("out\(number)"), "--reference-date",
                Self.night.iso, "--format", "json",
            ]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            return (process, errors)
        }
        for (process, _) in processes { try process.run() }
        var outcomes: [(Int32, String)] = []
        for (process, errors) in processes {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            outcomes.append((process.terminationStatus, message))
        }
        #expect(outcomes.map(\.0).sorted() == [0, 3], "\(outcomes)")
        let refused = outcomes.filter { $0.0 == 3 }.map(\.1).first ?? ""
        #expect(refused.contains("is in use by another crosscheck run"))
        let store = try IndexStore.openForReading(path: index)
        #expect(try store.stats().articles == articles.count)
        #expect(try store.stats().pending == 0)
    }
}
