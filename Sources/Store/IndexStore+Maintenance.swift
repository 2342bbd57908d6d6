import CrossCheckModel
import Foundation
internal import GRDB

extension IndexStore {
    /// Counts, size and date range, for `crosscheck index stats`.
    public func stats() throws -> IndexStats {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            func day(_ sql: String) throws -> CivilDate? {
                try Int.fetchOne(db, sql: sql).map { CivilDate(daysSinceEpoch: $0) }
            }
            return IndexStats(
                articles: try count("SELECT count(*) FROM article"),
                pending: try count("SELECT count(*) FROM article WHERE grouped = 0"),
                groups: try count("SELECT count(*) FROM storyGroup"),
                multiArticleGroups: try count("SELECT count(*) FROM storyGroup WHERE memberCount > 1"),
                keys: try count("SELECT coalesce(sum(length(bandKeys)), 0) / 8 FROM signature"),
                nights: try count("SELECT count(DISTINCT night) FROM article"),
                firstNight: try day("SELECT min(night) FROM article"),
                lastNight: try day("SELECT max(night) FROM article"),
                earliestPublished: try day("SELECT min(published) FROM article"),
                latestPublished: try day("SELECT max(published) FROM article"),
                sizeBytes: sizeOnDisk(), schema: try IndexSchema.migrator.completedMigrations(db))
        }
    }

    /// The bytes the index takes on disk: its file and its WAL.
    public func sizeOnDisk() -> Int64 {
        var size: Int64 = 0
        for suffix in ["", "-wal"] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            size += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        }
        return size
    }

    /// Removes the articles whose window day is before `cutoffDay`, with their text, band keys (signature) and facts.
    ///
    /// An article's band keys live in its `signature` row, which goes with it (`ON DELETE CASCADE`), as do its text
    /// and facts.
    /// Groups left empty and change records of nights before the cutoff go too. One transaction.
    /// - Returns: the number of articles removed.
    public func prune(before cutoffDay: Int) throws -> Int {
        try write { db in
            try db.execute(
                sql: "DELETE FROM article WHERE windowDay < ? AND grouped = 1", arguments: [cutoffDay])
            let removed = db.changesCount
            try db.execute(
                sql: """
                    DELETE FROM storyGroup WHERE NOT EXISTS (SELECT 1 FROM article WHERE groupID = storyGroup.id)
                    """)
            try db.execute(
                sql: """
                    UPDATE storyGroup SET memberCount =
                        (SELECT count(*) FROM article WHERE groupID = storyGroup.id)
                    """)
            try db.execute(sql: "DELETE FROM groupChange WHERE night < ?", arguments: [cutoffDay])
            return removed
        }
    }

    /// Rebuilds the file compactly (SQLite's `VACUUM`), then truncates the WAL: returns the pages that prunes and
    /// upgrades freed to the disk, and lays each table out in one piece.
    ///
    /// A pruned or upgraded index keeps its freed pages (later nights reuse them) and its tables in the order nights
    /// wrote them, interleaved. Rebuilt, the 1M-article measurement index upgraded to v4 went from 5.08 to 3.47 GB.
    /// Not part of a night: it rewrites the whole file (45–60 s for that index), into a temporary copy (SQLite's
    /// temporary folder: `SQLITE_TMPDIR`, else `TMPDIR`, else `/var/tmp` or `/tmp`) and then through the WAL, so it
    /// needs free disk space about twice the file's size.
    ///
    /// The WAL is copied into the file first (the index runs with automatic checkpoints off, so an upgrade or a
    /// prune just before may have left it long), so that it does not stand beside VACUUM's own. Truncating it after
    /// waits for no reader: with an `index stats` or `export` still open, the pages go into the file now and the WAL
    /// shrinks at the next checkpoint.
    public func vacuum() throws {
        try Self.wrap(path) {
            try queue.writeWithoutTransaction { db in
                _ = try db.checkpoint(.passive)
                try db.execute(sql: "VACUUM")
                do {
                    _ = try db.checkpoint(.truncate)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    _ = try db.checkpoint(.passive)
                }
            }
        }
    }

    /// `PRAGMA integrity_check`: "ok", or SQLite's list of problems.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// A checksum of every row of every table (the run mark excluded), in primary-key order.
    ///
    /// Two indexes with equal checksums hold the same articles, keys, facts, groups and change records; the test of
    /// idempotence compares it before and after a second run over the same input.
    public func checksum() throws -> String {
        try read { db in
            var hash = RowChecksum()
            let tables: [(String, String)] = [
                ("article", "id"), ("articleText", "article"), ("signature", "article"), ("facts", "article"),
                ("storyGroup", "id"), ("groupChange", "night, groupID"),
            ]
            for (table, order) in tables {
                hash.add(table)
                let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
                while let row = try cursor.next() {
                    for value in row.databaseValues {
                        // A blob by its bytes: its description gives only its length.
                        if case .blob(let blob) = value.storage {
                            hash.add(bytes: blob)
                        } else {
                            hash.add(value.description)
                        }
                    }
                    hash.add("\n")
                }
            }
            return hash.hex
        }
    }
}
