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

    @Test func sameContentOrURLIsStoredOnce() throws {
        let folder = try ScratchFolder()
        let store = try IndexStore.openForWriting(path: folder.file("i.db"))
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

    @Test func aFileThatIsNotAnIndexIsRefused() throws {
        let folder = try ScratchFolder()
        let text = folder.file("notes.db")
        try Data("hello, not a database at all".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.notAnIndex(path: text, reason: "not an SQLite database")) {
            try IndexStore.openForWriting(path: text)
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
                    NightCommit.IndexedArticle(rowID: $0.rowID, bandKeys: [1, 2, 3], factsJSON: "{}")
                },
                groups: pending.map { NightCommit.Group(id: $0.rowID, members: [$0.rowID], snapshotJSON: "{}") },
                deletedGroups: [], changes: []))
        #expect(try store.stats().bandKeys == 6)
        #expect(try store.prune(before: Self.night - 7) == 1)
        let stats = try store.stats()
        #expect(stats.articles == 1)
        #expect(stats.bandKeys == 3)
        #expect(stats.groups == 1)
        #expect(try store.integrityCheck() == "ok")
    }
}
