import CrossCheckModel
internal import GRDB

extension IndexStore {
    /// Stores tonight's articles that the index does not have yet, as pending, in transactions of `chunkSize`.
    ///
    /// An article whose content hash or URL is already stored is counted and skipped, so the same input twice adds
    /// nothing. An article whose id belongs to a different article is stored as `id@YYYY-MM-DD` (the night).
    /// Each chunk is one transaction: a crash keeps whole chunks, and the next run's admission skips them.
    public func admit(_ incoming: [IncomingArticle], night: Int, chunkSize: Int = 1000) throws -> AdmissionResult {
        var result = AdmissionResult()
        var start = 0
        while start < incoming.count {
            let chunk = incoming[start..<min(incoming.count, start + chunkSize)]
            try write { db in
                for item in chunk { try admitOne(item, night: night, db: db, result: &result) }
            }
            start += chunkSize
        }
        return result
    }

    private func admitOne(_ item: IncomingArticle, night: Int, db: Database, result: inout AdmissionResult) throws {
        let hash = Int64(bitPattern: item.contentHash)
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM article WHERE contentHash = ?", arguments: [hash]) == true {
            result.alreadyIndexed += 1
            return
        }
        var article = item.article
        if let url = article.url,
            try Bool.fetchOne(db, sql: "SELECT 1 FROM article WHERE url = ?", arguments: [url]) == true
        {
            result.alreadyIndexed += 1
            return
        }
        let originalID = article.id
        var attempt = 1
        while try Bool.fetchOne(db, sql: "SELECT 1 FROM article WHERE articleID = ?", arguments: [article.id]) == true {
            attempt += 1
            let suffix = "@" + CivilDate(daysSinceEpoch: night).iso
            article.id = originalID + suffix + (attempt > 2 ? "-\(attempt - 1)" : "")
        }
        if article.id != originalID { result.renamed.append("\(originalID) → \(article.id)") }
        let windowDay = article.published?.daysSinceEpoch ?? night
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO article (contentHash, url, articleID, title, text, outlet, published, language, origin,
                    night, windowDay, grouped)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """)
        try statement.execute(arguments: [
            hash, article.url, article.id, article.title, article.text, article.outlet,
            article.published?.daysSinceEpoch, article.language.rawValue, article.origin, night, windowDay,
        ])
        result.added += 1
    }

    /// Articles stored but not yet grouped, in row order: tonight's, plus any left by an interrupted run.
    public func pendingArticles() throws -> [StoredArticle] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM article WHERE grouped = 0 ORDER BY id").map(Self.storedArticle)
        }
    }

    /// Grouped articles sharing at least `minimumShared` LSH band keys with one probe, within `windowDays` of its
    /// day, ascending.
    ///
    /// A key whose bucket already holds more than `maximumBucket` articles is skipped, as a stop word is: such
    /// buckets come from words nearly every article has ("said", "killed"), and reading their thousands of articles
    /// back would cost more than the rest of the night while the verifier rejects almost all of them.
    ///
    /// The probes go into a temporary table and one join over the `band` primary key finds the candidates, so the
    /// cost grows with tonight's keys and their matches, not with the size of the index.
    public func candidates(
        for probes: [BandProbe], windowDays: Int, minimumShared: Int = 1, maximumBucket: Int = Int.max
    ) throws -> [Int64] {
        guard !probes.isEmpty else { return [] }
        return try write { db in
            try db.execute(
                sql: "CREATE TEMP TABLE IF NOT EXISTS probe (probe INTEGER NOT NULL, key INTEGER NOT NULL, day INTEGER)"
            )
            try db.execute(sql: "DELETE FROM probe")
            let insert = try db.cachedStatement(sql: "INSERT INTO probe (probe, key, day) VALUES (?, ?, ?)")
            // In key order, so that the join walks the band B-tree forward instead of jumping at random.
            var rows: [(key: Int64, probe: Int, day: Int)] = []
            for (number, probe) in probes.enumerated() {
                for key in Set(probe.bandKeys) { rows.append((Int64(bitPattern: key), number, probe.day)) }
            }
            rows.sort { $0.key != $1.key ? $0.key < $1.key : $0.probe < $1.probe }
            for row in rows { try insert.execute(arguments: [row.probe, row.key, row.day]) }
            try db.execute(
                sql: """
                    CREATE TEMP TABLE hot AS SELECT key FROM (SELECT DISTINCT key FROM probe) p
                    WHERE (SELECT count(*) FROM (SELECT 1 FROM band b WHERE b.key = p.key LIMIT ?)) > ?
                    """, arguments: [min(maximumBucket, Int(Int32.max) - 1) + 1, maximumBucket])
            let found = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT article FROM (
                        SELECT p.probe, a.id AS article FROM probe p
                        JOIN band b ON b.key = p.key
                        JOIN article a ON a.id = b.article
                        WHERE a.grouped = 1 AND a.windowDay BETWEEN p.day - ? AND p.day + ?
                            AND p.key NOT IN hot
                        GROUP BY p.probe, a.id HAVING count(*) >= ?)
                    ORDER BY article
                    """, arguments: [windowDays, windowDays, minimumShared])
            try db.execute(sql: "DROP TABLE probe")
            try db.execute(sql: "DROP TABLE hot")
            return found
        }
    }

    /// Every member of the groups of `rowIDs` (the articles themselves included), ascending.
    public func groupMates(of rowIDs: [Int64]) throws -> [Int64] {
        guard !rowIDs.isEmpty else { return [] }
        return try read { db in
            var found = Set(rowIDs)
            let statement = try db.cachedStatement(
                sql: "SELECT id FROM article WHERE groupID = (SELECT groupID FROM article WHERE id = ?)")
            var seenGroups = Set<Int64>()
            for row in rowIDs {
                let group = try Int64.fetchOne(db, sql: "SELECT groupID FROM article WHERE id = ?", arguments: [row])
                guard let group, seenGroups.insert(group).inserted else { continue }
                for mate in try Int64.fetchAll(statement, arguments: [row]) { found.insert(mate) }
            }
            return found.sorted()
        }
    }

    /// The stored articles of `rowIDs`, in row order.
    public func articles(rowIDs: [Int64]) throws -> [StoredArticle] {
        try read { db in
            let statement = try db.cachedStatement(
                sql:
                    "SELECT a.*, f.json AS factsJSON FROM article a LEFT JOIN facts f ON f.article = a.id WHERE a.id = ?"
            )
            return try rowIDs.sorted().compactMap { id in
                try Row.fetchOne(statement, arguments: [id]).map(Self.storedArticle)
            }
        }
    }

    static func storedArticle(_ row: Row) -> StoredArticle {
        let published: Int? = row["published"]
        let article = Article(
            id: row["articleID"], title: row["title"], text: row["text"], url: row["url"], outlet: row["outlet"],
            published: published.map { CivilDate(daysSinceEpoch: $0) },
            language: Language(rawValue: row["language"]) ?? .unknown, origin: row["origin"])
        let hash: Int64 = row["contentHash"]
        let factsJSON: String? = row.hasColumn("factsJSON") ? row["factsJSON"] : nil
        return StoredArticle(
            rowID: row["id"], article: article, contentHash: UInt64(bitPattern: hash), night: row["night"],
            windowDay: row["windowDay"], grouped: row["grouped"], groupID: row["groupID"], factsJSON: factsJSON)
    }
}
