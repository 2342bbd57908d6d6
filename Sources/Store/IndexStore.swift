import Foundation
internal import GRDB

/// The persistent index of nightly runs: articles by content hash and URL, their band keys, facts and groups.
///
/// SQLite (through GRDB) in WAL mode: readers (`index stats`, `index export`) never block the writer, and every
/// write is a transaction, so `kill -9` at any moment leaves the last committed state. One writer at a time is
/// enforced by ``WriterLock`` before the database is even opened. No GRDB type leaves this module.
///
///     let store = try IndexStore.openForWriting(path: "news.db")
///     let result = try store.admit(incoming, night: today.daysSinceEpoch)
///     let pending = try store.pendingRowIDs()
public final class IndexStore: Sendable {
    public let path: String
    let queue: DatabaseQueue
    private let lock: WriterLock?
    /// The night of a run that was interrupted before it finished (its pending articles are completed by this run).
    public let interruptedNight: Int?
    /// Whether the articles this store admits have their texts stored deflated (schema v5), where that is smaller.
    ///
    /// Off by default: news text deflates about twofold, and the texts are most of an index (the 1M-article
    /// measurement index of 3.2 KB articles: 3.53 GB deflated, 4.94 GB as text), but zlib at its fastest level
    /// deflates about 50 MB/s on the 2-core measurement machine, and inflates the candidates read back at about
    /// 120 MB/s: the night took 74.7–76.8 s against 67.7–70.0 s (docs/index.md, twenty-fifth session). Either way
    /// the texts read back as they were given, and an index may hold both kinds.
    public let deflatesTexts: Bool

    private init(path: String, queue: DatabaseQueue, lock: WriterLock?, interruptedNight: Int?, deflatesTexts: Bool) {
        self.path = path
        self.queue = queue
        self.lock = lock
        self.interruptedNight = interruptedNight
        self.deflatesTexts = deflatesTexts
    }

    /// Takes the writer lock, opens or creates the index, checks it is a crosscheck index and upgrades its schema.
    ///
    /// - Parameters:
    ///   - deflatingTexts: store the texts of the articles admitted deflated (``deflatesTexts``).
    ///   - upgrading: called with the migrations about to be applied to an existing index, before they run (an
    ///     upgrade of a large index takes a while: v4 copies every text); not called for a new index.
    /// - Throws: ``StoreError/locked(path:)`` at once when another run holds the index; ``StoreError/notAnIndex``,
    ///   ``StoreError/newerSchema`` when the file cannot be used.
    public static func openForWriting(
        path: String, deflatingTexts: Bool = false, upgrading: ([String]) -> Void = { _ in }
    ) throws -> IndexStore {
        let lock = try WriterLock(indexPath: path)
        try checkHeader(path: path)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            // synchronous = NORMAL in WAL mode: a commit is durable once the WAL is synced at checkpoints, so a power
            // loss (not a killed process: the OS still writes the WAL) may roll back the last committed
            // transactions, never corrupt the file or keep half a transaction. A rolled-back night leaves its articles
            // unstored or pending, and the next run stores or completes them: nothing is lost or doubled.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Up to 256 MiB of page cache (used as pages are read): the admission's lookups in the unique indexes of
            // content hash, URL and id of a million articles stay in memory.
            try db.execute(sql: "PRAGMA cache_size = -262144")
            // No checkpoint after each transaction: a night's admission stores its articles in one transaction and
            // its commit rewrites the same article pages in another. Checkpointed after each, every such page went
            // into the file twice (and its first copy was written while tonight's articles were being prepared);
            // checkpointed once after the commit (``commit(_:)``), and when the index is closed, each goes once.
            // A run killed between the two leaves a longer WAL, which the next run reads as usual.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        return try wrap(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let applied = try queue.read { db in try checkIdentity(db, path: path) }
            let pending = IndexSchema.knownMigrations.filter { !applied.contains($0) }
            if !applied.isEmpty && !pending.isEmpty { upgrading(pending) }
            try IndexSchema.migrator.migrate(queue)
            let interrupted = try queue.read { db in try Int.fetchOne(db, sql: "SELECT night FROM runState") }
            return IndexStore(
                path: path, queue: queue, lock: lock, interruptedNight: interrupted, deflatesTexts: deflatingTexts)
        }
    }

    /// Whether upgrading through `migrations` rewrites a whole table: then it takes about a minute per million
    /// articles, and the file keeps the space it frees until it is rebuilt.
    public static func upgradeRewritesTables(_ migrations: [String]) -> Bool {
        migrations.contains { IndexSchema.rewritingMigrations.contains($0) }
    }

    /// Opens an existing index read-only, without the writer lock: WAL lets it read while a run writes.
    public static func openForReading(path: String) throws -> IndexStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.database(path: path, message: "no such index file")
        }
        try checkHeader(path: path)
        var configuration = Configuration()
        configuration.readonly = true
        return try wrap(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let applied = try checkIdentity(db, path: path)
                if applied != Set(IndexSchema.knownMigrations) { throw StoreError.needsUpgrade(path: path) }
            }
            return IndexStore(path: path, queue: queue, lock: nil, interruptedNight: nil, deflatesTexts: false)
        }
    }

    /// A file that exists, is not empty and does not start with SQLite's magic is refused before SQLite sees it, and
    /// so is a folder.
    ///
    /// Read with the throwing `read(upToCount:)`: `readData(ofLength:)` traps on a read error, and a folder given as
    /// the index ("Is a directory") crashed the run instead of being refused.
    private static func checkHeader(path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.notAnIndex(path: path, reason: "a folder")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header: Data
        do {
            header = try handle.read(upToCount: 16) ?? Data()
        } catch {
            throw StoreError.database(path: path, message: "cannot read the file: \(error.localizedDescription)")
        }
        if !header.isEmpty && header != Data("SQLite format 3\u{0}".utf8) {
            throw StoreError.notAnIndex(path: path, reason: "not an SQLite database")
        }
    }

    /// An SQLite file is an index when it carries our application id, or is still empty.
    ///
    /// "Empty" includes a file whose creation was killed after GRDB made its bookkeeping table (`grdb_migrations`,
    /// committed on its own) and before the first migration, which sets the application id, committed: that file
    /// holds that one table with no migration recorded, and the next run creates the index in it.
    ///
    /// - Returns: the migrations applied to it (none for a new or unstarted file).
    private static func checkIdentity(_ db: Database, path: String) throws -> Set<String> {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        let unstarted =
            try names == ["grdb_migrations"]
            && (Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0) == 0
        let tables = unstarted ? 0 : names.count
        if applicationID != IndexSchema.applicationID && (applicationID != 0 || tables > 0) {
            throw StoreError.notAnIndex(path: path, reason: "an SQLite database of another application")
        }
        guard tables > 0 else { return [] }
        let known = IndexSchema.knownMigrations
        let applied = try IndexSchema.migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw StoreError.newerSchema(path: path, found: applied.sorted(), known: known)
        }
        return applied
    }

    /// Runs `body`, turning GRDB's errors into ``StoreError/database(path:message:)``.
    static func wrap<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB {
                throw StoreError.notAnIndex(path: path, reason: "not an SQLite database")
            }
            // A full disk is the one failure a nightly operator can fix alone, and every write is one transaction:
            // say so, rather than SQLite's bare "database or disk is full".
            if error.resultCode == .SQLITE_FULL {
                throw StoreError.database(
                    path: path,
                    message: "\(error.message ?? "database or disk is full"): free space on the disk that holds the "
                        + "index and run again; what earlier runs committed is kept, and the next run redoes the rest")
            }
            throw StoreError.database(path: path, message: error.message ?? error.description)
        } catch {
            throw StoreError.database(path: path, message: String(describing: error))
        }
    }

    /// Closes the database now (checkpointing its WAL into the file) rather than when the store is released, so
    /// that a run's timings show the cost. The store cannot be used afterwards.
    public func close() throws {
        defer { lock?.release() }
        try Self.wrap(path) { try queue.close() }
    }

    /// Copies the WAL's committed pages into the database file (a passive checkpoint: it does not wait for readers).
    ///
    /// A night calls it on a thread of its own once it has read its candidates back, while it groups them: the
    /// articles it stored on admission (their texts, about 0.3 GB of WAL for 50,000 articles of 3 KB) then go into
    /// the file while the cores group, instead of in the checkpoint after the commit, which ends the night. The
    /// commit then writes its pages from the WAL's start again. Only the article rows the commit marks grouped (some
    /// twenty to a page) are written twice.
    ///
    /// - Returns: the WAL's frames, and how many of them are now in the file.
    @discardableResult
    public func checkpoint() throws -> (frames: Int, checkpointed: Int) {
        try Self.wrap(path) {
            try queue.writeWithoutTransaction { db in
                let result = try db.checkpoint(.passive)
                return (result.walFrameCount, result.checkpointedFrameCount)
            }
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.wrap(path) { try queue.write(body) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.wrap(path) { try queue.read(body) }
    }
}
