import CrossCheckModel
import Foundation
import TestSupport
import Testing

@testable import Store

/// The store on its own: idempotent admission, the writer lock, refusing files that are not an index, pruning.
@Suite("Index store")
struct IndexStoreTests {
    static let night = CivilDate(year: 2026, month: 11, day: 25)!.daysSinceEpoch

    static func incoming(_ id: String, text: String, url: String? = nil) -> IncomingArticle {
        IncomingArticle(
            article: Article(id: id, text: text, url: url, language: .english),
            contentHash: UInt64(bitPattern: Int64(text.hashValue)))
    }

    /// `words` words of random letters: a text that does not deflate much (as the store deflates texts, a repeated
    /// sentence would fill no pages).
    static func prose(_ words: Int, seed: UInt64) -> String {
        var random = TestRandom(seed: seed)
        var text = ""
        for _ in 0..<words {
            for _ in 0..<Int.random(in: 3...10, using: &random) {
                text.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 97...122, using: &random)))
            }
            text += " "
        }
        return text
    }

    @Test func sameContentOrURLIsStoredOnce() throws {
        let folder = try ScratchFolder()
        var announced: [String]? = nil
        let store = try IndexStore.openForWriting(path: folder.file("i.db")) { announced = $0 }
        #expect(announced == nil, "creating an index is not an upgrade")
        let batch = [
            Self.incoming("a", text: "one", url: "https://x/1"), Self.incoming("b", text: "two"),
            Self.incoming("c", text: "three", url: "https://x/1"),
        ]
        let first = try store.admit(batch, night: Self.night)
        #expect(first.added == 2)
        #expect(first.alreadyIndexed == 1)
        let second = try store.admit(batch, night: Self.night)
        #expect(second.added == 0)
        #expect(second.alreadyIndexed == 3)
        #expect(try store.pendingArticles().map(\.article.id) == ["a", "b"])
    }

    @Test func aTakenIdIsRenamedNotDropped() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"))
        _ = try store.admit([Self.incoming("a", text: "one")], night: Self.night)
        let result = try store.admit([Self.incoming("a", text: "other text")], night: Self.night + 1)
        #expect(result.added == 1)
        #expect(result.renamed == ["a → a@2026-11-26"])
        #expect(try store.pendingArticles().map(\.article.id) == ["a", "a@2026-11-26"])
    }

    @Test func aSecondWriterIsRefusedAtOnce() throws {
        let folder = try ScratchFolder()
        let path = folder.file("i.db")
        var first: IndexStore? = try IndexStore.openForWriting(path: path)
        #expect(throws: StoreError.locked(path: path)) { try IndexStore.openForWriting(path: path) }
        #expect(try IndexStore.openForReading(path: path).stats().articles == 0)
        first = nil
        #expect(first == nil)
        #expect(try IndexStore.openForWriting(path: path).stats().articles == 0)
    }

    /// SQLite's "database or disk is full" says what to do: a nightly operator can free space and run again, and
    /// every write is one transaction, so nothing committed is lost.
    @Test func aFullDiskSaysToFreeSpaceAndRunAgain() {
        let error = IndexStore.debugFullDiskError(path: "/nights/news.db")
        let message = String(describing: error)
        #expect(message.hasPrefix("index /nights/news.db: database or disk is full"))
        #expect(message.contains("free space") && message.contains("run again"))
    }

    /// A folder given as the index is refused as not an index, for writing and for reading; it crashed the run once
    /// (a read that traps on "Is a directory").
    @Test func aFolderGivenAsTheIndexIsRefused() throws {
        let folder = try ScratchFolder()
        let path = folder.file("news.db")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: StoreError.notAnIndex(path: path, reason: "a folder")) {
            try IndexStore.openForWriting(path: path)
        }
        #expect(throws: StoreError.notAnIndex(path: path, reason: "a folder")) {
            try IndexStore.openForReading(path: path)
        }
    }

    @Test func aFileThatIsNotAnIndexIsRefused() throws {
        let folder = try ScratchFolder()
        let text = folder.file("notes.db")
        try Data("hello, not a database at all".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notAnIndex(path: text, reason: "not an SQLite database")) {
            try IndexStore.openForWriting(path: text)
        }
    }

    /// Found by `scripts/crash-test --seed 23`: the first night killed 14 ms in, while creating the index.
    @Test func anIndexWhoseCreationWasKilledIsCreatedByTheNextRun() throws {
        let folder = try ScratchFolder()
        let path = folder.file("i.db")
        try IndexStore.debugCreateUnstarted(path: path)
        let store = try IndexStore.openForWriting(path: path)
        #expect(try store.stats().articles == 0)
        #expect(try store.integrityCheck() == "ok")
        let other = folder.file("other.db")
        try IndexStore.debugCreateUnstarted(path: other, otherApplication: true)
        #expect(throws: StoreError.notAnIndex(path: other, reason: "an SQLite database of another application")) {
            try IndexStore.openForWriting(path: other)
        }
    }

    @Test func anIndexFromANewerSchemaIsRefused() throws {
        let folder = try ScratchFolder()
        let path = folder.file("i.db")
        try IndexStore.openForWriting(path: path).debugRecordMigration("v9-from-the-future")
        do {
            _ = try IndexStore.openForWriting(path: path)
            Issue.record("a newer schema was accepted")
        } catch let error as StoreError {
            guard case .newerSchema(_, let found, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(found.contains("v9-from-the-future"))
            #expect(error.description.contains("newer crosscheck"))
        }
    }

    /// The WAL is checkpointed once a night, after the commit, not after the admission: the pages both write go into
    /// the file once. Seen through the WAL's frame count after a small write: the WAL starts again from its first
    /// frame only when everything before was checkpointed.
    @Test func theWALIsCheckpointedAfterTheCommitNotAfterTheAdmission() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"))
        _ = try store.admit(
            (0..<200).map { Self.incoming("a\($0)", text: Self.prose(4_000, seed: UInt64($0))) }, night: Self.night)
        try store.beginRun(night: Self.night)
        // This checkpoint writes them, as the commit's would have.
        #expect(try store.checkpoint().frames > 1_000, "the admission's pages were checkpointed before the commit")
        try Self.commitPending(store)
        try store.beginRun(night: Self.night)
        #expect(try store.checkpoint().frames < 10, "the commit left its pages in the WAL")
        try store.close()
    }

    /// The commit records each new article's group in its row; the text lives apart (schema v4), so long articles
    /// cost the commit a page for many rows, not a rewrite of each text: with the text in the row (schema v3), each
    /// row's overflow pages went into the WAL again, and this test fails. (A group id of 1 would not show it: SQLite
    /// stores the integers 0 and 1 in the record header, so NULL → 1 keeps the record's size and its pages.)
    @Test func theCommitDoesNotRewriteTheArticlesTexts() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"))
        _ = try store.admit(
            (0..<100).map { Self.incoming("a\($0)", text: Self.prose(3_500, seed: UInt64($0))) }, night: Self.night)
        _ = try store.checkpoint()
        try store.beginRun(night: Self.night)
        let pending = try Self.commitPending(store, intoGroup: 1_000)
        #expect(try store.checkpoint().frames < 60)
        #expect(try store.articles(rowIDs: [pending[0].rowID]).map(\.groupID) == [1_000])
        try store.close()
    }

    /// An article whose text row is gone (a damaged file) is named when read back, not skipped.
    @Test func anArticleWithoutItsTextIsNamed() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"))
        _ = try store.admit(
            [Self.incoming("whole", text: "kept"), Self.incoming("torn", text: "lost")], night: Self.night)
        let rows = try Self.commitPending(store).map(\.rowID)
        try store.debugDeleteText(ofRow: rows[1])
        #expect(try store.articles(rowIDs: [rows[0]]).map(\.article.text) == ["kept"])
        Self.expectReadingFails(store, rows: rows, naming: "torn", "no stored text")
    }

    /// Expects reading `rows` back to fail with a damaged-file error that names `article` and `problem`.
    static func expectReadingFails(
        _ store: IndexStore, rows: [Int64], naming article: String, _ problem: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sourceLocation: sourceLocation) {
            try store.articles(rowIDs: rows)
        } throws: { error in
            guard case StoreError.database(_, let message) = error else { return false }
            return message.contains(article) && message.contains(problem)
        }
    }

    /// With `deflatingTexts`, texts are stored deflated when that makes them smaller (schema v5), as given otherwise;
    /// without, as given; they read back whole either way, from one index.
    @Test func longTextsAreStoredDeflatedAndShortOnesAsGiven() throws {
        let folder = try ScratchFolder()
        let plain = try IndexStore.openForWriting(path: folder.file("i.db"))
        _ = try plain.admit([Self.incoming("plain", text: Self.prose(500, seed: 1))], night: Self.night)
        let plainRow = try Self.commitPending(plain).map(\.rowID)
        #expect(try plain.debugStoredText(ofRow: plainRow[0])?.deflated == false, "deflating is off by default")
        try plain.close()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"), deflatingTexts: true)
        let long = String(repeating: "قتل 22 شخصا على الأقل في انفجار بالعاصمة، وفق وزارة الصحة. ", count: 60)
        _ = try store.admit(
            [Self.incoming("long", text: long), Self.incoming("short", text: "kept")], night: Self.night)
        let rows = try Self.commitPending(store).map(\.rowID)
        let stored = try rows.map { try store.debugStoredText(ofRow: $0) }
        #expect(stored[0]?.deflated == true)
        #expect((stored[0]?.bytes ?? .max) * 4 < long.utf8.count, "a repetitive text deflates more than fourfold")
        #expect(stored[1]?.deflated == false && stored[1]?.bytes == 4, "four bytes do not deflate smaller")
        #expect(
            try store.articles(rowIDs: plainRow + rows).map(\.article.text) == [Self.prose(500, seed: 1), long, "kept"])
        try store.close()
    }

    /// A deflated text that does not inflate (a damaged file) is named when read back, with what is wrong.
    @Test func aTextThatDoesNotInflateIsNamed() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"), deflatingTexts: true)
        _ = try store.admit([Self.incoming("garbled", text: "soon garbled")], night: Self.night)
        let rows = try Self.commitPending(store).map(\.rowID)
        try store.debugSetText(ofRow: rows[0], blob: CompressedText.magic + Data([12, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]))
        Self.expectReadingFails(store, rows: rows, naming: "garbled", "does not inflate")
    }

    /// The row checksum reads a blob's bytes (deflated texts and reports): two blobs of one length differ.
    @Test func theRowChecksumReadsBlobs() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"))
        _ = try store.admit([Self.incoming("one", text: "text")], night: Self.night)
        let rows = try Self.commitPending(store).map(\.rowID)
        try store.debugSetText(ofRow: rows[0], blob: Data([1, 2, 3]))
        let first = try store.checksum()
        try store.debugSetText(ofRow: rows[0], blob: Data([1, 2, 4]))
        #expect(try store.checksum() != first)
    }

    /// A prune leaves its freed pages in the file; `vacuum` gives them back and keeps every row.
    @Test func vacuumShrinksAPrunedIndex() throws {
        let folder = try ScratchFolder()
        let path = folder.file("i.db")
        let store = try IndexStore.openForWriting(path: path)
        _ = try store.admit(
            (0..<300).map { Self.incoming("old\($0)", text: Self.prose(700, seed: UInt64($0))) }, night: Self.night - 30
        )
        _ = try store.admit([Self.incoming("new", text: "new")], night: Self.night)
        try Self.commitPending(store)
        #expect(try store.prune(before: Self.night - 7) == 300)
        let checksum = try store.checksum()
        _ = try store.checkpoint()
        let pruned = try Self.size(of: path)
        try store.vacuum()
        #expect(try Self.size(of: path) < pruned / 2, "the freed pages stayed in the file")
        #expect(try Self.size(of: path + "-wal") == 0, "the WAL was not truncated")
        #expect(try store.checksum() == checksum)
        #expect(try store.integrityCheck() == "ok")
        try store.close()
    }

    /// Commits every pending article as grouped (band key 1, empty facts), all in group `id` when one is given.
    @discardableResult
    static func commitPending(_ store: IndexStore, intoGroup id: Int64? = nil) throws -> [StoredArticle] {
        let pending = try store.pendingArticles()
        try store.commit(
            NightCommit(
                night: night,
                indexed: pending.map { NightCommit.IndexedArticle(rowID: $0.rowID, keys: [1], factsJSON: "{}") },
                groups: id.map { [NightCommit.Group(id: $0, members: pending.map(\.rowID), snapshotJSON: "{}")] } ?? [],
                deletedGroups: [], changes: []))
        return pending
    }

    static func size(of path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test func pruneRemovesOldArticlesAndTheirBandKeys() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"))
        _ = try store.admit([Self.incoming("old", text: "old")], night: Self.night - 30)
        _ = try store.admit([Self.incoming("new", text: "new")], night: Self.night)
        let pending = try store.pendingArticles()
        try store.commit(
            NightCommit(
                night: Self.night,
                indexed: pending.map {
                    NightCommit.IndexedArticle(rowID: $0.rowID, keys: [1, 2, 3], factsJSON: "{}")
                },
                groups: pending.map { NightCommit.Group(id: $0.rowID, members: [$0.rowID], snapshotJSON: "{}") },
                deletedGroups: [], changes: []))
        #expect(try store.stats().keys == 6)
        #expect(try store.prune(before: Self.night - 7) == 1)
        let stats = try store.stats()
        #expect(stats.articles == 1)
        #expect(stats.keys == 3)
        #expect(stats.groups == 1)
        #expect(try store.debugCount(of: "articleText") == 1, "the old article's text went with it")
        #expect(try store.integrityCheck() == "ok")
    }
}

/// Schema upgrades and the window lookup that replaced the `band` table.
@Suite("Index store: window buckets")
struct WindowBucketTests {
    static let night = IndexStoreTests.night

    /// Only the upgrades that rewrite a table are announced as slow: a typo in the list would make every upgrade
    /// quick.
    @Test func theUpgradesThatRewriteATableAreKnownMigrations() {
        #expect(IndexSchema.rewritingMigrations.isSubset(of: IndexSchema.knownMigrations))
        #expect(IndexStore.upgradeRewritesTables(["v4-article-text-apart", "v5-compressed-article-texts"]))
        #expect(!IndexStore.upgradeRewritesTables(["v5-compressed-article-texts", "v6-change-member-rows"]))
    }

    @Test func aVersion1IndexIsUpgradedAndItsArticlesStillMatch() throws {
        let folder = try ScratchFolder()
        let path = folder.file("old.db")
        try IndexStore.debugCreateVersion1(path: path, bandKeys: [7, 8, 9], windowDay: Self.night - 1)
        var announced: [String] = []
        let store = try IndexStore.openForWriting(path: path) { announced = $0 }
        #expect(
            announced == [
                "v2-buckets-from-signatures", "v3-compressed-change-reports", "v4-article-text-apart",
                "v5-compressed-article-texts", "v6-change-member-rows",
            ],
            "the upgrade is announced before it runs")
        #expect(
            try store.stats().schema == [
                "v1-articles-groups-bands", "v2-buckets-from-signatures", "v3-compressed-change-reports",
                "v4-article-text-apart", "v5-compressed-article-texts", "v6-change-member-rows",
            ])
        #expect(try !store.debugTables().contains("band"))
        // v4: the text moved out of the article's row, and reads back with it.
        #expect(try !store.debugColumns(of: "article").contains("text"))
        #expect(try store.articles(rowIDs: [1]).map(\.article.text) == ["old text"])
        let probe = BandProbe(bandKeys: [8, 9, 100], day: Self.night)
        #expect(try store.candidateLinks(for: [probe], windowDays: 7, rule: .sharing(2)).rows == [1])
        #expect(try store.candidateLinks(for: [probe], windowDays: 7, rule: .sharing(3)).rows.isEmpty)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func candidatesShareEnoughKeysWithinTheProbesWindow() {
        let probes = [BandProbe(bandKeys: [1, 2, 3], day: 100), BandProbe(bandKeys: [4, 5], day: 200)]
        var buckets = WindowBuckets(probes: probes, maximumBucket: 10)
        buckets.add(article: 10, day: 95, keys: [1, 2, 99])  // two keys, in the window: a candidate
        buckets.add(article: 11, day: 100, keys: [3, 98])  // one key only
        buckets.add(article: 12, day: 110, keys: [1, 2, 3])  // 10 days away: outside a 7-day window
        buckets.add(article: 13, day: 199, keys: [4, 5, 4])  // the other probe's
        buckets.finish()
        #expect(buckets.candidates(of: [probes[0]], windowDays: 7, rule: .sharing(2)) == [10])
        #expect(buckets.candidates(of: [probes[0]], windowDays: 7, rule: .sharing(1)) == [10, 11])
        #expect(buckets.candidates(of: [probes[1]], windowDays: 7, rule: .sharing(2)) == [13])
        // The pairs behind them, probes numbered from `base`: what a night's cross verification is narrowed by.
        let links = buckets.candidateLinks(of: probes, windowDays: 7, rule: .sharing(2), base: 5)
        #expect(links.map { [Int64($0.probe), $0.row] } == [[5, 10], [6, 13]])
        #expect(
            WindowBuckets.dayRanges(of: probes + [BandProbe(bandKeys: [], day: 105)], windowDays: 7) == [
                93...112, 193...207,
            ])
    }

    @Test func aBucketFullerThanTheMaximumIsSkippedAsAStopWord() {
        let probe = BandProbe(bandKeys: [1, 2], day: 100)
        var buckets = WindowBuckets(probes: [probe], maximumBucket: 2)
        for article in Int64(1)...3 { buckets.add(article: article, day: 100, keys: [1]) }
        buckets.add(article: 4, day: 100, keys: [2])
        buckets.finish()
        #expect(buckets.candidates(of: [probe], windowDays: 7, rule: .sharing(1)) == [4])
    }

    /// Two rare keys make a candidate, or four keys of buckets up to the common size; keys of larger buckets never
    /// count.
    @Test func commonKeysCountTogetherUnderTheRule() {
        let rule = CandidateRule(sharedKeys: 2, rareBucket: 2, commonKeys: 4, commonBucket: 5)
        let probe = BandProbe(bandKeys: [1, 2, 3, 4, 5, 6, 7], day: 100)
        var buckets = WindowBuckets(probes: [probe], maximumBucket: rule.largestBucket)
        // Keys 1 and 2 rare (two articles each), 3 common (four articles), 4 and 5 common (three each), 6 hot (six).
        buckets.add(article: 1, day: 100, keys: [1, 2])  // two rare keys
        buckets.add(article: 2, day: 100, keys: [1, 3, 4, 5, 6])  // one rare and three common: four keys
        buckets.add(article: 3, day: 100, keys: [2, 3, 4, 6])  // one rare, two common and a hot one: three
        buckets.add(article: 4, day: 100, keys: [3, 4, 5, 6])  // three common and a hot one
        buckets.add(article: 5, day: 100, keys: [3, 5, 6])
        buckets.add(article: 6, day: 100, keys: [6])
        buckets.add(article: 7, day: 100, keys: [6, 7])  // only one key, rare, not enough
        buckets.finish()
        let rules = [rule, rule.with(\.commonKeys, 3), rule.with(\.commonKeys, 0)]
        #expect(Self.candidates(buckets, probe, rules) == [[1, 2], [1, 2, 3, 4], [1]])
    }

    /// The candidates `buckets` gives `probe` under each of `rules`, within a week.
    static func candidates(_ buckets: WindowBuckets, _ probe: BandProbe, _ rules: [CandidateRule]) -> [[Int64]] {
        rules.map { buckets.candidates(of: [probe], windowDays: 7, rule: $0) }
    }

    /// Keyword keys count apart from band keys, under their own bucket limit: two keywords make a candidate where one
    /// keyword and one rare band key do not, and a keyword of a bucket over the limit never counts.
    @Test func keywordKeysCountApartFromBandKeys() {
        let rule = CandidateRule(
            sharedKeys: 2, rareBucket: 2, commonKeys: 0, commonBucket: 0, keywordKeys: 2, keywordBucket: 3)
        let probe = BandProbe(bandKeys: [1, 2], keywordKeys: [11, 12, 13, 14], day: 100)
        var buckets = WindowBuckets(probes: [probe], maximumBucket: rule.largestBucket)
        buckets.add(article: 1, day: 100, keys: [11, 12])  // two keywords
        buckets.add(article: 2, day: 100, keys: [1, 11])  // a rare band key and a keyword
        buckets.add(article: 3, day: 100, keys: [13, 14])  // a keyword, and one of a bucket of four
        for article in Int64(4)...6 { buckets.add(article: article, day: 100, keys: [14]) }
        buckets.add(article: 7, day: 100, keys: [1, 2])  // two rare band keys
        buckets.finish()
        #expect(rule.largestBucket == 3)
        let rules = [rule, rule.with(\.keywordKeys, 1), rule.with(\.keywordKeys, 0)]
        #expect(Self.candidates(buckets, probe, rules) == [[1, 7], [1, 2, 3, 7], [7]])
    }

    /// Rows streamed in window-day order (as the lookup streams them) find each probe's window by bisection, rows in
    /// any other order check each day; both find the candidates a count over every row finds.
    @Test func probesFindTheirWindowByBisectionWhenDaysAscend() {
        var state: UInt64 = 11
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        var probes: [BandProbe] = []
        for _ in 0..<60 {
            let keys: [UInt64] = (0..<8).map { _ in next(300) }
            probes.append(BandProbe(bandKeys: keys, day: 80 + Int(next(40))))
        }
        var rows: [(article: Int64, day: Int, keys: [UInt64])] = []
        for row in 0..<3_000 {
            let keys: [UInt64] = (0..<Int(next(9))).map { _ in next(300) }
            rows.append((article: Int64(row + 1), day: 60 + row / 40, keys: keys))
        }
        // Buckets of this generator hold 24 to 58 rows: some rare, some common, some hot.
        let rule = CandidateRule(sharedKeys: 2, rareBucket: 36, commonKeys: 3, commonBucket: 48)
        var buckets = WindowBuckets(probes: probes, maximumBucket: rule.largestBucket)
        for row in rows { buckets.add(article: row.article, day: row.day, keys: row.keys) }
        buckets.finish()
        var shuffled = WindowBuckets(probes: probes, maximumBucket: rule.largestBucket)
        var generator = TestRandom(seed: 3)
        for row in rows.shuffled(using: &generator) { shuffled.add(article: row.article, day: row.day, keys: row.keys) }
        shuffled.finish()
        // Bucket sizes over every row read, as the buckets count them.
        var sizes: [UInt64: Int] = [:]
        for row in rows { for key in Set(row.keys) { sizes[key, default: 0] += 1 } }
        var found = 0
        var rareFound = 0
        for probe in probes {
            var expected: [Int64] = []
            for row in rows where abs(row.day - probe.day) <= 7 {
                let shared = Set(row.keys).intersection(probe.bandKeys).filter { sizes[$0]! <= rule.largestBucket }
                let rare = shared.filter { sizes[$0]! <= rule.rareBucket }.count
                if rule.accepts(rare: rare, all: shared.count) { expected.append(row.article) }
            }
            #expect(buckets.candidates(of: [probe], windowDays: 7, rule: rule) == expected)
            #expect(shuffled.candidates(of: [probe], windowDays: 7, rule: rule) == expected)
            found += expected.count
            rareFound +=
                expected.filter { article in
                    let row = rows[Int(article) - 1]
                    return Set(row.keys).intersection(probe.bandKeys).filter { sizes[$0]! <= rule.rareBucket }.count
                        >= 2
                }.count
        }
        #expect(found > rareFound && rareFound > 0, "candidates by rare keys and by common keys alone")
    }

    /// Filed a chunk at a time on another thread, the rows make the buckets they make filed one by one: over
    /// several chunks, with stop-word buckets, rows repeating a key, and rows without keys.
    @Test func rowsFiledInChunksMakeTheSameBuckets() {
        var state: UInt64 = 7
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        let probes = (0..<40).map { index in
            BandProbe(bandKeys: (0..<6).map { _ in next(4_000) }, day: 100 + index % 20)
        }
        let rows = (0..<(3 * WindowFeed.chunkRows + 17)).map { row in
            (article: Int64(row + 1), day: 90 + Int(next(40)), keys: (0..<Int(next(8))).map { _ in next(4_000) })
        }
        var direct = WindowBuckets(probes: probes, maximumBucket: 12)
        let feed = WindowFeed(WindowBuckets(probes: probes, maximumBucket: 12))
        for row in rows {
            direct.add(article: row.article, day: row.day, keys: row.keys)
            BandKeyCoding.encode(row.keys).withUnsafeBytes { feed.append(article: row.article, day: row.day, keys: $0) }
        }
        direct.finish()
        var filed = feed.finish()
        filed.finish()
        var found = 0
        for probe in probes {
            let expected = direct.candidates(of: [probe], windowDays: 7, rule: .sharing(1))
            #expect(filed.candidates(of: [probe], windowDays: 7, rule: .sharing(1)) == expected)
            found += expected.count
        }
        #expect(found > 0)
    }
}

/// Change records keep their report deflated (schema v3); a report stored as text by an older crosscheck is still
/// read, and a damaged blob is an error that names the group, never a garbled report.
@Suite("Index store: compressed reports")
struct CompressedReportTests {
    @Test(arguments: [
        "", "{\n  \"title\" : \"مقتل 12 شخصا في حلب\"\n}\n", String(repeating: "report \u{202E} ", count: 50_000),
    ])
    func textRoundTrips(_ text: String) {
        let blob = CompressedText.compress(text)
        #expect(CompressedText.text(of: blob) == text)
        if text.utf8.count > 100_000 { #expect(blob.count * 10 < text.utf8.count) }
        var damaged = blob
        damaged[damaged.count - 1] ^= 0xFF
        #expect(text.isEmpty || CompressedText.text(of: damaged) == nil)
        #expect(CompressedText.text(of: Data("plain".utf8)) == nil)
    }

    /// The night deflates its reports with one stream a thread, reset between them: a blob must not depend on what
    /// its stream deflated before, or on the thread, so that a night's rows (and the row checksum) are the same
    /// however the reports fall on the threads.
    @Test func aReusedStreamMakesTheSameBlobs() {
        let texts =
            [
                "", "{\n  \"title\" : \"مقتل 12 شخصا في حلب\"\n}\n",
                String(repeating: "report \u{202E} ", count: 50_000), "x",
            ] + (0..<40).map { "{\"id\": \($0), \"text\": \"" + String(repeating: "ab\($0) ", count: $0 * 37) + "\"}" }
        let one = texts.map { CompressedText.compress($0) }
        #expect(CompressedText.compress(all: texts) == one)
        let deflater = TextDeflater()
        #expect(texts.reversed().map { deflater.compress($0) } == one.reversed())
        #expect(CompressedText.compress(all: texts).map { CompressedText.text(of: $0) } == texts)
    }

    @Test func recordsAreStoredCompactedAndDeflatedAndOldTextRecordsStillRead() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("index.db"))
        let report = "{\n  \"id\" : \"s000001\"\n}\n"
        let record = GroupChangeRecord(night: 20, groupID: 1, beforeJSON: nil, changesJSON: "[]", reportJSON: report)
        try store.beginRun(night: 20)
        try store.commit(NightCommit(night: 20, indexed: [], groups: [], deletedGroups: [], changes: [record]))
        #expect(try store.changes(night: 20).map(\.reportJSON) == ["{\"id\":\"s000001\"}"], "stored compacted")
        #expect(try store.debugReportIsBlob(night: 20, groupID: 1))
        try store.debugStoreTextReport(night: 21, groupID: 2, report: report)
        #expect(try store.changes(night: 21).map(\.reportJSON) == [report])
        try store.debugStoreBlobReport(night: 22, groupID: 3, blob: Data("CCZ1 damaged".utf8))
        #expect(throws: StoreError.self) { try store.changes(night: 22) }
    }
}

extension CandidateRule {
    /// This rule with one of its settings changed.
    fileprivate func with(_ setting: WritableKeyPath<CandidateRule, Int>, _ value: Int) -> CandidateRule {
        var changed = self
        changed[keyPath: setting] = value
        return changed
    }
}
