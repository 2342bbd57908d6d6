import ArgumentParser
import CrossCheckModel
import Foundation
import Store

/// `crosscheck index stats FILE`: counts, size on disk, date range, schema and a checksum of every row.
struct IndexStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print an index's counts, size and date range; optionally its row checksum and integrity.")

    @Argument(help: "The index file.")
    var index: String

    @Flag(name: .long, help: "Also run PRAGMA integrity_check (reads the whole file).")
    var integrity = false

    @Flag(name: .long, help: "Also print a checksum of every row (reads every row; minutes on a million articles).")
    var checksum = false

    func run() throws {
        do {
            let store = try IndexStore.openForReading(path: index)
            let stats = try store.stats()
            func day(_ date: CivilDate?) -> String { date?.iso ?? "-" }
            var lines = [
                "index: \(index)",
                "schema: \(stats.schema.joined(separator: ", "))",
                "articles: \(stats.articles) (\(stats.pending) pending)",
                "groups: \(stats.groups) (\(stats.multiArticleGroups) with more than one article)",
                "keys (band and keyword): \(stats.keys)",
                "nights: \(stats.nights), \(day(stats.firstNight)) … \(day(stats.lastNight))",
                "published: \(day(stats.earliestPublished)) … \(day(stats.latestPublished))",
                "size: \(stats.sizeBytes) bytes",
            ]
            if checksum { lines.append("checksum: \(try store.checksum())") }
            if integrity { lines.append("integrity: \(try store.integrityCheck())") }
            print(lines.joined(separator: "\n"))
        } catch let error as StoreError {
            IndexedRun.fail(error)
        }
    }
}
