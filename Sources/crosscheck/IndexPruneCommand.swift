import ArgumentParser
import CrossCheckModel
import Foundation
import Store

/// `crosscheck index prune FILE --older-than DAYS`: drop old articles so the index stays the size of its window.
struct IndexPruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove articles (with their band keys, facts and emptied groups) older than some days.")

    @Argument(help: "The index file.")
    var index: String

    @Option(name: .long, help: "Remove articles whose publication date (or night added) is more than DAYS ago.")
    var olderThan: Int

    @Option(name: .long, help: "The day counted from (YYYY-MM-DD); defaults to today (UTC).")
    var referenceDate: String?

    @Flag(
        name: .long,
        help: """
            Then rebuild the file compactly (SQLite VACUUM): gives the freed space back to the disk. Takes about \
            a minute for a 1M-article index, and free disk space about twice its size (a temporary copy goes in \
            SQLITE_TMPDIR, else TMPDIR, else /var/tmp or /tmp).
            """)
    var vacuum = false

    func validate() throws {
        guard olderThan >= 0 else { throw ValidationError("--older-than must be 0 or more days") }
    }

    func run() throws {
        let today: Int
        if let referenceDate {
            guard let date = CivilDate(iso: referenceDate) else {
                throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(referenceDate)'")
            }
            today = date.daysSinceEpoch
        } else {
            today = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        }
        do {
            let store = try IndexStore.openForWriting(path: index) { IndexedRun.announceUpgrade(of: index, to: $0) }
            let removed = try store.prune(before: today - olderThan)
            let cutoff = CivilDateText.iso(today - olderThan)
            print("pruned \(CountedNoun.phrase(removed, "article")) older than \(cutoff) from \(index)")
            if vacuum {
                try store.vacuum()
                print("rebuilt \(index) compactly: \(store.sizeOnDisk()) bytes")
            }
        } catch let error as StoreError {
            IndexedRun.fail(error)
        }
    }
}
