import CrossCheckModel
import Foundation
import Pipeline
import Reports
import Store

/// Maps tonight's groups onto the index's groups and works out what changed, ready to commit.
///
/// A window group keeps the stored group id that most of its indexed members had (ties: the smaller id); when two
/// groups claim one id (a story split), the one holding more of its members keeps it (ties: the earlier group) and
/// the other gets a new id. Stored groups that no window group kept were merged away and are deleted. A group is
/// written only when its snapshot differs from the stored one, so a night that changes nothing writes nothing.
struct GroupPlan {
    var groups: [NightCommit.Group] = []
    var deletedGroups: [Int64] = []
    var changes: [GroupChangeRecord] = []
    /// The report and change list of each change record, by group id: tonight's report takes them as they are (a
    /// record keeps only the scores and member rows of its report).
    var known: [Int64: NightlyRun.Known] = [:]
    /// Stored snapshots that did not decode: those groups' changes were worked out as if they were new.
    var unreadable: [UnreadableRecord] = []

    /// - Parameter earlier: the change records an earlier run of the same night left (their `before` is kept).
    init(
        groups windowGroups: [WindowGroup], rows: [Int64], previousGroup: [Int64?], night: Int,
        earlier: [GroupChangeRecord], store: IndexStore
    ) throws {
        let choices = windowGroups.map { group -> (id: Int64, count: Int)? in
            var counts: [Int64: Int] = [:]
            for member in group.members { if let id = previousGroup[member] { counts[id, default: 0] += 1 } }
            return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }.map {
                ($0.key, $0.value)
            }
        }
        var claims: [Int64: (group: Int, count: Int)] = [:]
        for (index, choice) in choices.enumerated() {
            guard let choice else { continue }
            if let claim = claims[choice.id], claim.count >= choice.count { continue }
            claims[choice.id] = (index, choice.count)
        }
        // Only the stored groups that tonight's groups touch: a stored group that gained nothing is not in the window
        // groups and stays as it is.
        let previousIDs = Set(windowGroups.flatMap { $0.members.compactMap { previousGroup[$0] } })
        let stored = try store.groupSnapshots(ids: Array(previousIDs))
        var tonight: [Int64: GroupChangeRecord] = [:]
        for record in earlier { tonight[record.groupID] = record }
        var nextID = try store.nextGroupID()
        var kept = Set<Int64>()
        var ids: [Int64] = []
        for index in windowGroups.indices {
            if let choice = choices[index], claims[choice.id]?.group == index {
                ids.append(choice.id)
                kept.insert(choice.id)
            } else {
                ids.append(nextID)
                nextID += 1
            }
        }
        // Each group's snapshot, change list and record encode independently: on every core.
        let (assigned, records) = (ids, tonight)
        // The stored groups each window group takes in whose id no window group keeps: merged into it tonight.
        // (Filtered member by member: `Set.subtracting` walked all of `kept` for each of the 29,000 groups, 2.5 s.)
        let absorbed = windowGroups.indices.map { index in
            Set(windowGroups[index].members.compactMap { previousGroup[$0] }).filter { !kept.contains($0) }.sorted()
        }
        let planned = ParallelMap.map(Array(windowGroups.indices)) { index in
            Result {
                try Self.plan(
                    windowGroups[index], id: assigned[index], rows: rows, merging: absorbed[index],
                    stored: stored, tonight: records, night: night)
            }
        }
        for (index, result) in planned.enumerated() {
            guard let (snapshotJSON, known, record, problem) = try result.get() else { continue }
            if let problem { unreadable.append(problem) }
            let id = ids[index]
            groups.append(
                NightCommit.Group(
                    id: id, members: windowGroups[index].members.map { rows[$0] }, snapshotJSON: snapshotJSON,
                    mergedFrom: absorbed[index]))
            self.known[id] = known
            changes.append(record)
        }
        deletedGroups = previousIDs.subtracting(kept).sorted()
    }

    /// One group's snapshot, its report and change list, its change record, and its stored snapshot if that does not
    /// decode; nil when its snapshot equals the stored one. `merging` names the
    /// stored groups merged into it tonight.
    private static func plan(
        _ group: WindowGroup, id: Int64, rows: [Int64], merging: [Int64], stored: [Int64: String],
        tonight: [Int64: GroupChangeRecord], night: Int
    ) throws -> (String, NightlyRun.Known, GroupChangeRecord, UnreadableRecord?)? {
        var report = group.report
        report.id = NightlyIndexer.reportID(id)
        let snapshot = GroupSnapshot(report)
        let snapshotJSON = try StoredJSON.encode(snapshot)
        if stored[id] == snapshotJSON { return nil }
        let beforeJSON = tonight[id].map(\.beforeJSON) ?? stored[id]
        var problem: UnreadableRecord? = nil
        var before: GroupSnapshot? = nil
        if let beforeJSON {
            do {
                before = try JSONDecoder().decode(GroupSnapshot.self, from: Data(beforeJSON.utf8))
            } catch {
                problem = UnreadableRecord(
                    kind: .snapshot, subject: report.id, row: id, reason: String(describing: error))
            }
        }
        // A story an earlier run of this night merged in stays merged: the record this one replaces said so, and so
        // did the records of the groups it merges now.
        let earlier = ([id] + merging).compactMap { tonight[$0] }.flatMap {
            (try? JSONDecoder().decode([GroupChange].self, from: Data($0.changesJSON.utf8))) ?? []
        }
        var merges: [GroupChange] = []
        let found = merging.map { GroupChange(kind: .mergedStory, detail: NightlyIndexer.reportID($0)) }
        for change in earlier.filter({ $0.kind == .mergedStory }) + found where !merges.contains(change) {
            merges.append(change)
        }
        let list = merges + GroupChange.changes(from: before, to: snapshot)
        // The record keeps the scores and the member rows; tonight's report takes the whole page.
        let record = GroupChangeRecord(
            night: night, groupID: id, beforeJSON: beforeJSON,
            changesJSON: try StoredJSON.encode(list),
            reportJSON: try StoredJSON.encode(RecordedScores(report)),
            memberRows: group.members.map { rows[$0] },
            firstNew: group.firstNew)
        return (snapshotJSON, NightlyRun.Known(report: report, changes: list), record, problem)
    }
}
