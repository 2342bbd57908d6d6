import Foundation
internal import GRDB

extension IndexStore {
    /// Records a migration this code does not know, as a newer crosscheck would: lets tests check the refusal.
    func debugRecordMigration(_ identifier: String) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }

    /// Creates at `path` what a run killed while creating its index can leave: GRDB's bookkeeping table, empty, and
    /// nothing else, or (`otherApplication`) a database of another application beside it, with a table of its own.
    static func debugCreateUnstarted(path: String, otherApplication: Bool = false) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            if otherApplication { try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
        }
        try queue.close()
    }

    /// Creates an index of the first released schema at `path`, with one grouped article, its band rows and
    /// signature, as crosscheck 1 wrote it: lets tests check the upgrade.
    static func debugCreateVersion1(path: String, bandKeys: [UInt64], windowDay: Int) throws {
        let queue = try DatabaseQueue(path: path)
        try IndexSchema.migrator.migrate(queue, upTo: "v1-articles-groups-bands")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (id, contentHash, articleID, text, language, origin, night, windowDay, grouped)
                    VALUES (1, 1, 'old', 'old text', 'en', 'test', ?, ?, 1)
                    """, arguments: [windowDay, windowDay])
            try db.execute(
                sql: "INSERT INTO signature (article, bandKeys) VALUES (1, ?)",
                arguments: [BandKeyCoding.encode(bandKeys)])
            for key in bandKeys {
                try db.execute(
                    sql: "INSERT INTO band (key, article) VALUES (?, 1)", arguments: [Int64(bitPattern: key)])
            }
        }
        try queue.close()
    }

    /// Overwrites the stored facts of article `articleID` and the snapshot of its group with `text`, as a damaged
    /// file or an edit by hand would: lets tests check that a night names what it cannot decode.
    func debugDamage(article articleID: String, with text: String) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE facts SET json = ? WHERE article = (SELECT id FROM article WHERE articleID = ?)",
                arguments: [text, articleID])
            try db.execute(
                sql: "UPDATE storyGroup SET snapshot = ? WHERE id = (SELECT groupID FROM article WHERE articleID = ?)",
                arguments: [text, articleID])
        }
    }

    /// The stored facts JSON of article `articleID`.
    func debugFactsJSON(article articleID: String) throws -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT json FROM facts WHERE article = (SELECT id FROM article WHERE articleID = ?)",
                arguments: [articleID])
        }
    }

    /// The names of the index's tables, sorted.
    func debugTables() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    /// Deletes an article's text row, as a damaged file or an edit by hand would.
    func debugDeleteText(ofRow rowID: Int64) throws {
        try write { db in try db.execute(sql: "DELETE FROM articleText WHERE article = ?", arguments: [rowID]) }
    }

    /// How an article's text is stored: as a blob (deflated) or as text, and its size in bytes.
    func debugStoredText(ofRow rowID: Int64) throws -> (deflated: Bool, bytes: Int)? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT typeof(text) = 'blob', length(CAST(text AS BLOB)) FROM articleText WHERE article = ?",
                arguments: [rowID]
            ).map { ($0[0], $0[1]) }
        }
    }

    /// Overwrites an article's stored text with `blob`, as a damaged file would.
    func debugSetText(ofRow rowID: Int64, blob: Data) throws {
        try write { db in
            try db.execute(sql: "UPDATE articleText SET text = ? WHERE article = ?", arguments: [blob, rowID])
        }
    }

    /// The error a store operation gives when SQLite reports a full disk.
    static func debugFullDiskError(path: String) -> any Error {
        do {
            return try wrap(path) { () -> any Error in
                throw DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
            }
        } catch {
            return error
        }
    }

    /// How many keys each article's signature row holds (band keys and keyword keys), by row id.
    func debugStoredKeyCounts() throws -> [Int] {
        try read { db in
            try Int.fetchAll(db, sql: "SELECT length(bandKeys) / 8 FROM signature ORDER BY article")
        }
    }

    /// How many rows a table holds.
    func debugCount(of table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// The names of a table's columns, in order.
    func debugColumns(of table: String) throws -> [String] {
        try read { db in try db.columns(in: table).map(\.name) }
    }

    /// Whether the change record's report is stored as a blob (deflated).
    func debugReportIsBlob(night: Int, groupID: Int64) throws -> Bool {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT typeof(report) FROM groupChange WHERE night = ? AND groupID = ?",
                arguments: [night, groupID]) == "blob"
        }
    }

    /// Stores a change record with its report as text, as crosscheck wrote it before schema v3.
    func debugStoreTextReport(night: Int, groupID: Int64, report: String) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO groupChange (night, groupID, before, changes, report) VALUES (?, ?, NULL, '[]', ?)",
                arguments: [night, groupID, report])
        }
    }

    /// Stores a change record whose report is the given blob (a damaged file, in tests).
    func debugStoreBlobReport(night: Int, groupID: Int64, blob: Data) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO groupChange (night, groupID, before, changes, report) VALUES (?, ?, NULL, '[]', ?)",
                arguments: [night, groupID, blob])
        }
    }

    /// Articles stored but not yet grouped, in row order, with their text (a night reads only their rows:
    /// ``pendingRowIDs()``).
    func pendingArticles() throws -> [StoredArticle] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(Self.articleColumns), NULL FROM \(Self.articleTables) WHERE a.grouped = 0 ORDER BY a.id"
            ).map { try storedArticle($0) }
        }
    }
}
