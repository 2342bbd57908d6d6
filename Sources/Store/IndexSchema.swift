internal import GRDB

/// The index's tables, as GRDB migrations: the applied ones are recorded in `grdb_migrations`.
///
/// A migration is never edited once released: a schema change is a new migration appended here, so an older index
/// is upgraded in place by the next writing run, and an index from a newer crosscheck (one with migrations this code
/// does not know) is refused rather than misread. UInt64 hashes are stored as `Int64(bitPattern:)`, since SQLite has
/// no unsigned 64-bit integer.
enum IndexSchema {
    /// `PRAGMA application_id` of a crosscheck index ("CCIX"), so that another SQLite file is recognised as such.
    static let applicationID: Int32 = 0x4343_4958

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles-groups-bands") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE storyGroup (
                        id INTEGER PRIMARY KEY,
                        firstNight INTEGER NOT NULL,
                        lastNight INTEGER NOT NULL,
                        memberCount INTEGER NOT NULL,
                        snapshot TEXT NOT NULL
                    );
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        contentHash INTEGER NOT NULL UNIQUE,
                        url TEXT UNIQUE,
                        articleID TEXT NOT NULL UNIQUE,
                        title TEXT,
                        text TEXT NOT NULL,
                        outlet TEXT,
                        published INTEGER,
                        language TEXT NOT NULL,
                        origin TEXT NOT NULL,
                        night INTEGER NOT NULL,
                        windowDay INTEGER NOT NULL,
                        grouped INTEGER NOT NULL DEFAULT 0,
                        groupID INTEGER REFERENCES storyGroup(id) ON DELETE SET NULL
                    );
                    CREATE INDEX article_windowDay ON article(windowDay);
                    CREATE INDEX article_groupID ON article(groupID);
                    CREATE INDEX article_pending ON article(grouped) WHERE grouped = 0;
                    CREATE TABLE signature (
                        article INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                        bandKeys BLOB NOT NULL
                    );
                    CREATE TABLE band (
                        key INTEGER NOT NULL,
                        article INTEGER NOT NULL,
                        PRIMARY KEY (key, article)
                    ) WITHOUT ROWID;
                    CREATE TABLE facts (
                        article INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                        json TEXT NOT NULL
                    );
                    CREATE TABLE groupChange (
                        night INTEGER NOT NULL,
                        groupID INTEGER NOT NULL,
                        before TEXT,
                        changes TEXT NOT NULL,
                        report TEXT NOT NULL,
                        PRIMARY KEY (night, groupID)
                    );
                    CREATE TABLE runState (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        night INTEGER NOT NULL
                    );
                    """)
        }
        // The `band` table (one row per article and LSH band key, 89 per article) made every night insert millions of
        // rows at random places of a B-tree that grows with the whole index, and rewrite most of its pages. A night
        // only matches articles within its window, so the buckets are rebuilt in memory for the window's days from
        // the band keys every `signature` row already holds (see `IndexStore.candidates`): no per-key rows.
        migrator.registerMigration("v2-buckets-from-signatures") { db in
            try db.execute(sql: "DROP TABLE band")
        }
        // From v3 on, `groupChange.report` holds new reports deflated (`CompressedText`: most of what a night added
        // to the index was its reports as text). Nothing is rewritten: older rows stay text and are read as text. The
        // migration is recorded so that an older crosscheck, which would read a blob as text, refuses the index.
        migrator.registerMigration("v3-compressed-change-reports") { _ in }
        // From v4 on, an article's text lives in `articleText`, apart from its row. A night's commit rewrites each
        // new article's row to record its group (NULL → id changes the record's size, so SQLite rewrites the whole
        // cell, overflow pages included): with the text in the row, 10,000 articles of 5 KB wrote 50 MB of WAL, and
        // as many again at the checkpoint, where rows without text write a page for some twenty articles. The move
        // copies every text once and rebuilds `article` without the column (SQLite's DROP COLUMN); the pages it frees
        // are reused by later nights.
        migrator.registerMigration("v4-article-text-apart") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articleText (
                        article INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                        text TEXT NOT NULL
                    );
                    INSERT INTO articleText (article, text) SELECT id, text FROM article ORDER BY id;
                    ALTER TABLE article DROP COLUMN text;
                    """)
        }
        // From v5 on, an article's text may be stored deflated (`CompressedText`, a blob) when that makes it smaller
        // (`IndexStore.deflatesTexts`, `run --deflate-texts`): the texts were more than half of the index (2.77 of
        // 4.94 GB on the 1M-article measurement index of 3.2 KB articles). Nothing is rewritten: texts stored as text
        // stay text and are read as text. The migration is recorded so that an older crosscheck, which would read a
        // blob as text, refuses the index. It changes no row, so GRDB's check of every foreign key after it (4.6 s on
        // that index) is left out (`.immediate`).
        migrator.registerMigration("v5-compressed-article-texts", foreignKeyChecks: .immediate) { _ in }
        // From v6 on, a change record keeps the rows of the group's members that night (`memberRows`, little-endian
        // 64-bit row ids in page order) and the first of the night's new articles among them (`firstNew`); its
        // `report` then holds only what the night's verifier decided (scores and the pairs shown), and a re-run of the
        // night rebuilds the rest of the page from the stored articles. Deflating whole pages was a sixth of a
        // night's work on two cores (about 3 CPU seconds for 29,000 pages of 800-byte articles). Older rows keep their
        // whole pages (NULL `memberRows`) and are read as before; the migration is recorded so that an older
        // crosscheck, which would read a partial page as a whole one, refuses the index.
        migrator.registerMigration("v6-change-member-rows", foreignKeyChecks: .immediate) { db in
            try db.execute(
                sql: """
                    ALTER TABLE groupChange ADD COLUMN memberRows BLOB;
                    ALTER TABLE groupChange ADD COLUMN firstNew INTEGER;
                    """)
        }
        return migrator
    }

    /// The migration identifiers this code knows, in order.
    static var knownMigrations: [String] { migrator.migrations }

    /// The migrations that rewrite or drop a whole table (`band`, the texts), so that the upgrade takes time and the
    /// file keeps the space it frees; the others add a column or nothing.
    static let rewritingMigrations: Set<String> = ["v2-buckets-from-signatures", "v4-article-text-apart"]
}
