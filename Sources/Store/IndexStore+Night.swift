import CrossCheckModel
import Foundation
internal import GRDB

extension IndexStore {
    /// Records that a run of `night` has started; ``commit(_:)`` or ``finishRun()`` clears it.
    ///
    /// A run that finds the mark at open time knows the previous run was interrupted (``interruptedNight``).
    public func beginRun(night: Int) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO runState (id, night) VALUES (1, ?)", arguments: [night])
        }
    }

    /// Clears the run mark when a run had nothing to commit.
    public func finishRun() throws {
        try write { db in try db.execute(sql: "DELETE FROM runState") }
    }

    /// The stored state (snapshot JSON) of each group in `ids` that exists.
    public func groupSnapshots(ids: [Int64]) throws -> [Int64: String] {
        try read { db in
            var found: [Int64: String] = [:]
            for id in Set(ids).sorted() {
                if let snapshot = try String.fetchOne(
                    db, sql: "SELECT snapshot FROM storyGroup WHERE id = ?", arguments: [id])
                {
                    found[id] = snapshot
                }
            }
            return found
        }
    }

    /// The change records already written for `night` (a second run the same night), by group.
    public func changes(night: Int) throws -> [GroupChangeRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM groupChange WHERE night = ? ORDER BY groupID", arguments: [night]
            ).map { row in
                let night: Int = row["night"]
                let groupID: Int64 = row["groupID"]
                // A report is a compressed blob since schema v3, plain text before.
                guard let report = CompressedText.text(stored: row["report"]) else {
                    throw StoreError.database(
                        path: path,
                        message: "the stored report of group \(groupID) on night \(night) does not inflate; "
                            + "the file is damaged: restore it from a backup or start a new index")
                }
                let members: Data? = row["memberRows"]
                var memberRows: [Int64]? = nil
                if let members {
                    guard let rows = BandKeyCoding.decode(members) else {
                        throw StoreError.database(
                            path: path,
                            message: "the member rows of group \(groupID) on night \(night) do not decode; "
                                + "the file is damaged: restore it from a backup or start a new index")
                    }
                    memberRows = rows.map { Int64(bitPattern: $0) }
                }
                return GroupChangeRecord(
                    night: night, groupID: groupID, beforeJSON: row["before"], changesJSON: row["changes"],
                    reportJSON: report, memberRows: memberRows, firstNew: row["firstNew"])
            }
        }
    }

    /// The first id a new group may take: one above every group id ever used by a stored group or change record.
    public func nextGroupID() throws -> Int64 {
        try read { db in
            let groups = try Int64.fetchOne(db, sql: "SELECT max(id) FROM storyGroup") ?? 0
            let changed = try Int64.fetchOne(db, sql: "SELECT max(groupID) FROM groupChange") ?? 0
            return max(groups, changed) + 1
        }
    }

    /// Writes one night's grouping in a single transaction, clears the run mark, and checkpoints the WAL.
    public func commit(_ night: NightCommit) throws {
        // The records' reports deflate on every core before the transaction: compressing them one by one inside it
        // was the night's last seconds, spent on one core after the report writer had finished with both. One zlib
        // stream a thread, reset between reports (`TextDeflater`): same blobs, without setting a stream up for each.
        // A record without member rows holds a whole page, compacted first (``JSONCompaction``); since schema v6 a
        // night's records hold only what its verifier decided, in compact JSON already.
        let reports = CompressedText.compress(
            all: night.changes.map { $0.memberRows == nil ? JSONCompaction.compact($0.reportJSON) : $0.reportJSON })
        try write { db in
            let upsertGroup = try db.cachedStatement(
                sql: """
                    INSERT INTO storyGroup (id, firstNight, lastNight, memberCount, snapshot)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET lastNight = max(lastNight, excluded.lastNight),
                        memberCount = excluded.memberCount, snapshot = excluded.snapshot
                    """)
            var groupOf: [Int64: Int64] = [:]
            for group in night.groups {
                try upsertGroup.execute(
                    arguments: [group.id, night.night, night.night, group.members.count, group.snapshotJSON])
                for member in group.members { groupOf[member] = group.id }
            }
            // One signature row per article holds its band keys (the LSH buckets are rebuilt from them for a window):
            // rows appended in row-id order, no per-key rows in a B-tree as large as the index.
            let insertSignature = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO signature (article, bandKeys) VALUES (?, ?)")
            let insertFacts = try db.cachedStatement(sql: "INSERT OR REPLACE INTO facts (article, json) VALUES (?, ?)")
            // A new article's row is rewritten once, for its flag and its group together: each update writes its page
            // again (the text is not in the row since schema v4, so a page holds some twenty rows).
            let markGrouped = try db.cachedStatement(sql: "UPDATE article SET grouped = 1, groupID = ? WHERE id = ?")
            for item in night.indexed.sorted(by: { $0.rowID < $1.rowID }) {
                try insertSignature.execute(arguments: [item.rowID, BandKeyCoding.encode(item.keys)])
                if let facts = item.factsJSON { try insertFacts.execute(arguments: [item.rowID, facts]) }
                try markGrouped.execute(arguments: [groupOf[item.rowID], item.rowID])
            }
            for item in night.refreshedFacts { try insertFacts.execute(arguments: [item.rowID, item.factsJSON]) }
            let marked = Set(night.indexed.map(\.rowID))
            // `IS NOT` skips the members already in the group (most of a grown story's): rewriting a row with an
            // unchanged group id would write its page as a changed one does.
            let setGroup = try db.cachedStatement(
                sql: "UPDATE article SET groupID = ? WHERE id = ? AND groupID IS NOT ?")
            for group in night.groups {
                for member in group.members where !marked.contains(member) {
                    try setGroup.execute(arguments: [group.id, member, group.id])
                }
            }
            // A merged story began when the earliest of its groups did.
            let firstNight = try db.cachedStatement(
                sql: """
                    UPDATE storyGroup SET firstNight = min(firstNight,
                        coalesce((SELECT firstNight FROM storyGroup WHERE id = ?), firstNight))
                    WHERE id = ?
                    """)
            for group in night.groups {
                for merged in group.mergedFrom { try firstNight.execute(arguments: [merged, group.id]) }
            }
            let deleteGroup = try db.cachedStatement(sql: "DELETE FROM storyGroup WHERE id = ?")
            for id in night.deletedGroups { try deleteGroup.execute(arguments: [id]) }
            let upsertChange = try db.cachedStatement(
                sql: """
                    INSERT INTO groupChange (night, groupID, before, changes, report, memberRows, firstNew)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(night, groupID) DO UPDATE SET changes = excluded.changes, report = excluded.report,
                        memberRows = excluded.memberRows, firstNew = excluded.firstNew
                    """)
            for (change, report) in zip(night.changes, reports) {
                let members = change.memberRows.map { BandKeyCoding.encode($0.map { UInt64(bitPattern: $0) }) }
                try upsertChange.execute(
                    arguments: [
                        change.night, change.groupID, change.beforeJSON, change.changesJSON, report, members,
                        change.firstNew,
                    ])
            }
            try db.execute(sql: "DELETE FROM runState")
        }
        // The night's pages go into the file now, on this thread, while the reports are written on the others;
        // the index opens with automatic checkpoints off (see `openForWriting`).
        try checkpoint()
    }
}
