import CrossCheckModel
internal import GRDB

extension IndexStore {
    /// Stores tonight's articles that the index does not have yet, as pending, in one transaction.
    ///
    /// An article whose content hash or URL is already stored is counted and skipped, so the same input twice adds
    /// nothing. An article whose id belongs to a different article is stored as `id@YYYY-MM-DD` (the night).
    /// A crash before the transaction commits stores nothing, and the next run admits the same input again.
    public func admit(_ incoming: [IncomingArticle], night: Int) throws -> AdmissionResult {
        var given = false
        return try admit(night: night) {
            defer { given = true }
            return given ? nil : incoming
        }
    }

    /// Stores the chunks `next` gives until it gives nil, as they come, all in one transaction: a night stores its
    /// articles while it is still reading its input. Positions count from the first article of the first chunk.
    ///
    /// One transaction rather than one per chunk: every new article adds an entry at a random place of the unique
    /// indexes (content hash, URL, id), which span the whole index, so each transaction rewrote most of their
    /// pages to the WAL and again at its checkpoint. Chunks of 1,000 wrote 621 MB for a night of 50,095 articles
    /// (49 MB of input) on a 1,000,000-article index; one transaction writes 209 MB. The transaction holds no lock
    /// that a reader waits for (WAL), and the writer lock is the run's anyway.
    public func admit(night: Int, chunks next: () throws -> [IncomingArticle]?) throws -> AdmissionResult {
        var result = AdmissionResult()
        var start = 0
        let deflater = deflatesTexts ? TextDeflater() : nil
        try write { db in
            while let chunk = try next() {
                for (offset, item) in chunk.enumerated() {
                    try admitOne(
                        item, position: start + offset, night: night, db: db, deflater: deflater, result: &result)
                }
                start += chunk.count
            }
        }
        return result
    }

    private func admitOne(
        _ item: IncomingArticle, position: Int, night: Int, db: Database, deflater: TextDeflater?,
        result: inout AdmissionResult
    ) throws {
        let hash = Int64(bitPattern: item.contentHash)
        // Most articles are new: the insert alone checks the three unique columns (content hash, URL, id) as it
        // adds their index entries. Only when it stored nothing are they looked up one by one, to tell an article
        // already indexed from an id that another article holds.
        if try insert(
            item.article, hash: hash, position: position, night: night, db: db, deflater: deflater, result: &result)
        {
            return
        }
        // Cached statements: a night admits tens of thousands of articles, and compiling each lookup's SQL anew
        // cost more than running it.
        let byHash = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE contentHash = ?")
        if try Bool.fetchOne(byHash, arguments: [hash]) == true {
            result.alreadyIndexed += 1
            return
        }
        var article = item.article
        let byURL = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE url = ?")
        if let url = article.url, try Bool.fetchOne(byURL, arguments: [url]) == true {
            result.alreadyIndexed += 1
            return
        }
        let originalID = article.id
        var attempt = 1
        let byID = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE articleID = ?")
        while try Bool.fetchOne(byID, arguments: [article.id]) == true {
            attempt += 1
            let suffix = "@" + CivilDate(daysSinceEpoch: night).iso
            article.id = originalID + suffix + (attempt > 2 ? "-\(attempt - 1)" : "")
        }
        if article.id != originalID { result.renamed.append("\(originalID) → \(article.id)") }
        guard
            try insert(
                article, hash: hash, position: position, night: night, db: db, deflater: deflater, result: &result)
        else {
            throw StoreError.database(
                path: path, message: "article \(article.id) was not stored, though no stored article has its id")
        }
    }

    /// Stores `article` as pending and counts it in `result`, unless an article with its content hash, URL or id is
    /// stored: false then, and nothing is counted.
    private func insert(
        _ article: Article, hash: Int64, position: Int, night: Int, db: Database, deflater: TextDeflater?,
        result: inout AdmissionResult
    ) throws -> Bool {
        let windowDay = article.published?.daysSinceEpoch ?? night
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO article (contentHash, url, articleID, title, outlet, published, language, origin,
                    night, windowDay, grouped)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT DO NOTHING
                """)
        try statement.execute(arguments: [
            hash, article.url, article.id, article.title, article.outlet,
            article.published?.daysSinceEpoch, article.language.rawValue, article.origin, night, windowDay,
        ])
        guard db.changesCount == 1 else { return false }
        let rowID = db.lastInsertedRowID
        // The text apart from the row (schema v4), in the same transaction: the commit rewrites the row, not the text.
        // With ``deflatesTexts``, deflated when that is smaller (schema v5; a text of a few words is not), on the
        // admission's thread, beside the night's reading and preparing of its input.
        let text = try db.cachedStatement(sql: "INSERT INTO articleText (article, text) VALUES (?, ?)")
        let deflated = deflater?.compress(article.text)
        if let deflated, deflated.count < article.text.utf8.count {
            try text.execute(arguments: [rowID, deflated])
        } else {
            try text.execute(arguments: [rowID, article.text])
        }
        result.added += 1
        result.stored.append(
            AdmittedArticle(rowID: rowID, position: position, articleID: article.id, windowDay: windowDay))
        return true
    }

    /// The rows of the articles stored but not yet grouped, ascending.
    public func pendingRowIDs() throws -> [Int64] {
        try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM article WHERE grouped = 0 ORDER BY id") }
    }

    /// Grouped articles that `rule` makes candidates of one probe (enough LSH band keys shared), within
    /// `windowDays` of its day, ascending.
    ///
    /// A key whose bucket holds more than `rule.largestBucket` of the articles read (those whose window day some
    /// probe's window covers) is skipped, as a stop word is: such buckets come from words nearly every article has
    /// ("said", "killed"), and reading their thousands of articles back would cost more than the rest of the night
    /// while the verifier rejects almost all of them.
    ///
    /// The buckets are rebuilt in memory (``WindowBuckets``) from the stored band keys of the articles inside the
    /// probes' windows, read through the window-day index and filed on a second thread (``WindowFeed``): the cost
    /// grows with the window and tonight's keys, not with the size of the index, and nothing is written.
    ///
    /// - Returns: the candidates, ascending and each once, and each (probe index, row) pair that made one.
    public func candidateLinks(
        for probes: [BandProbe], windowDays: Int, rule: CandidateRule
    ) throws -> (rows: [Int64], links: [(probe: Int32, row: Int64)]) {
        guard !probes.isEmpty else { return ([], []) }
        let feed = WindowFeed(WindowBuckets(probes: probes, maximumBucket: rule.largestBucket))
        try read { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT a.id, a.windowDay, s.bandKeys FROM article a INDEXED BY article_windowDay
                    JOIN signature s ON s.article = a.id
                    WHERE a.windowDay BETWEEN ? AND ?
                    ORDER BY a.windowDay, a.id
                    """)
            for range in WindowBuckets.dayRanges(of: probes, windowDays: windowDays) {
                let rows = try Row.fetchCursor(statement, arguments: [range.lowerBound, range.upperBound])
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    let day: Int = row[1]
                    try row.withUnsafeData(atIndex: 2) { keys in
                        keys?.withUnsafeBytes { feed.append(article: id, day: day, keys: $0) }
                    }
                }
            }
        }
        var buckets = feed.finish()
        buckets.finish()
        // Each probe's candidates on every core, in slices of at least 1,024 probes, at most about sixteen (50,000
        // probes were a fifth of a second on one core once the stream had ended; each slice counts in an array as
        // long as the window).
        let filed = buckets
        let size = max(1_024, probes.count / 16)
        let starts = Array(stride(from: 0, to: probes.count, by: size))
        let found = ParallelMap.map(starts) {
            filed.candidateLinks(
                of: probes[$0..<min(probes.count, $0 + size)], windowDays: windowDays, rule: rule, base: $0)
        }
        let links = found.flatMap { $0 }
        return (WindowBuckets.ascendingUnique(links.map(\.row)), links)
    }

    /// How many articles each of the groups `ids` has, by group.
    ///
    /// A night weighs its links to a stored group by the group's whole size, members it did not read included.
    public func groupSizes(ofGroups ids: [Int64]) throws -> [Int64: Int] {
        try read { db in
            var sizes: [Int64: Int] = [:]
            for chunk in Self.chunks(of: ids) {
                let sql =
                    "SELECT groupID, count(*) FROM article WHERE groupID IN (\(Self.placeholders(chunk.count))) "
                    + "GROUP BY groupID"
                for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(chunk)) {
                    sizes[row[0]] = row[1]
                }
            }
            return sizes
        }
    }

    /// The row ids of every member of the groups `ids`, ascending. Asked a few hundred groups at a time (`IN`
    /// lists): a night asks for thousands.
    public func members(ofGroups ids: [Int64]) throws -> [Int64] {
        try read { db in
            var found: [Int64] = []
            for chunk in Self.chunks(of: ids) {
                let sql = "SELECT id FROM article WHERE groupID IN (\(Self.placeholders(chunk.count)))"
                found += try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(chunk))
            }
            return found.sorted()
        }
    }

    /// Slices of at most 500 values, under SQLite's limit on bound parameters.
    private static func chunks(of values: [Int64]) -> [ArraySlice<Int64>] {
        stride(from: 0, to: values.count, by: 500).map { values[$0..<min(values.count, $0 + 500)] }
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    /// The stored articles of `rowIDs`, in row order.
    public func articles(rowIDs: [Int64]) throws -> [StoredArticle] {
        var found: [StoredArticle] = []
        try articles(rowIDs: rowIDs) { found.append($0) }
        return found
    }

    /// Reads the articles with these row ids, in row order, handing each to `body` as it is read (those no longer
    /// stored are skipped): a night prepares the first while SQLite reads the next on its own core.
    public func articles(rowIDs: [Int64], _ body: (StoredArticle) throws -> Void) throws {
        try read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT \(Self.articleColumns), f.json FROM \(Self.articleTables) "
                    + "LEFT JOIN facts f ON f.article = a.id WHERE a.id = ?")
            for id in rowIDs.sorted() {
                if let row = try Row.fetchOne(statement, arguments: [id]) { try body(storedArticle(row)) }
            }
        }
    }

    /// The columns ``storedArticle(_:)`` reads, in its order, from ``articleTables``; the facts JSON (or NULL)
    /// follows.
    ///
    /// Read by position: a night reads tens of thousands of articles back, and GRDB finds a column by name with a
    /// case-insensitive search that lower-cased the name at each lookup.
    static let articleColumns =
        "a.id, a.articleID, a.title, t.text, a.url, a.outlet, a.published, a.language, a.origin, a.contentHash, "
        + "a.night, a.windowDay, a.grouped, a.groupID"

    /// An article's row and its text (`article a`, `articleText t`).
    static let articleTables = "article a LEFT JOIN articleText t ON t.article = a.id"

    /// - Throws: ``StoreError/database(path:message:)`` naming the article when its text row is missing (the joins
    /// are outer, so that such an article is named instead of skipped) or its deflated text does not inflate.
    func storedArticle(_ row: Row) throws -> StoredArticle {
        let rowID: Int64 = row[0]
        // Deflated (a blob, schema v5) or as it was given (text).
        let stored: DatabaseValue = row[3]
        guard let text = CompressedText.text(stored: stored) else {
            throw damaged(rowID, row, stored.isNull ? "has no stored text" : "its stored text does not inflate")
        }
        let published: Int? = row[6]
        let article = Article(
            id: row[1], title: row[2], text: text, url: row[4], outlet: row[5],
            published: published.map { CivilDate(daysSinceEpoch: $0) },
            language: Language(rawValue: row[7]) ?? .unknown, origin: row[8])
        let hash: Int64 = row[9]
        return StoredArticle(
            rowID: rowID, article: article, contentHash: UInt64(bitPattern: hash), night: row[10],
            windowDay: row[11], grouped: row[12], groupID: row[13], factsJSON: row[14])
    }

    private func damaged(_ rowID: Int64, _ row: Row, _ problem: String) -> StoreError {
        StoreError.database(
            path: path,
            message: "article \(rowID) (\(row[1] as String? ?? "?")) \(problem); the file is damaged: "
                + "restore it from a backup or start a new index")
    }
}
