import Foundation
import Pipeline
import Reports
import Store

/// The outcome of a nightly run: the groups new or changed tonight, with what changed, and how the input fared.
public struct NightlyRun: Sendable {
    /// One group new or changed tonight and its list of changes.
    public struct GroupChanges: Codable, Hashable, Sendable {
        public var group: String
        public var title: String?
        public var changes: [GroupChange]
    }

    /// The report of tonight's new or changed groups (ids `s000001`…), written like a batch run's.
    public var run: PipelineRun
    public var changes: [GroupChanges]
    public var admission: AdmissionResult
    /// Pending articles grouped by this run: tonight's new ones plus any an interrupted run left.
    public var completedPending: Int
    /// Indexed articles read back into tonight's window (candidates and their groups' other members).
    public var windowArticles: Int
    /// How many of ``windowArticles`` were candidates (sharing band keys with tonight's); the rest are their groups'
    /// other members.
    public var windowCandidates = 0
    /// Rows of the index this run could not decode, and what it did instead.
    public var unreadable: [UnreadableRecord] = []
    /// A change record's report and change list as this run made them.
    struct Known {
        var report: GroupReport
        var changes: [GroupChange]
    }

    /// The night of an interrupted run this run found and completed.
    public var resumedNight: Int?
    /// Where the run's time went, phase by phase.
    public var timings = PhaseTimings()

    /// - Parameters:
    ///   - known: the reports and change lists this run made for its records, by group id.
    ///   - replayed: the reports of the other records that keep member rows (an earlier run of the same night's),
    ///     rebuilt from the index; a record stored before schema v6 holds its whole report, decoded here.
    init(
        summary: RunSummary, records: [GroupChangeRecord], known: [Int64: Known] = [:],
        replayed: [Int64: GroupReport] = [:], pipeline: Pipeline, admission: AdmissionResult,
        completedPending: Int, windowArticles: Int, resumedNight: Int?
    ) throws {
        let decoder = JSONDecoder()
        var groups: [GroupReport] = []
        var changes: [GroupChanges] = []
        var lists: [[GroupChange]] = []
        for record in records {
            lists.append(
                try known[record.groupID]?.changes
                    ?? decoder.decode([GroupChange].self, from: Data(record.changesJSON.utf8)))
        }
        // A group that a later run of the same night merged into another is no longer one of tonight's groups: the
        // story it joined lists it as merged, and its own record (from the earlier run) is left out.
        let mergedAway = Set(lists.joined().filter { $0.kind == .mergedStory }.map(\.detail))
        for (record, list) in zip(records, lists) where !mergedAway.contains(NightlyIndexer.reportID(record.groupID)) {
            let report =
                try known[record.groupID]?.report ?? replayed[record.groupID]
                ?? decoder.decode(GroupReport.self, from: Data(record.reportJSON.utf8))
            groups.append(report)
            changes.append(
                GroupChanges(group: report.id, title: report.members.compactMap(\.title).first, changes: list))
        }
        let options = pipeline.options
        run = PipelineRun(
            assembled: RunReport(
                toolVersion: Pipeline.toolVersion, referenceDate: options.referenceDate,
                options: options.reportValues, summary: summary, groups: groups))
        self.changes = changes
        self.admission = admission
        self.completedPending = completedPending
        self.windowArticles = windowArticles
        self.resumedNight = resumedNight
    }

    /// Writes the run's reports (as a batch run does) plus `changes.md` and `changes.json`: per group, what changed.
    public func write(to directory: String, formats: [ReportFormat]) throws {
        try run.write(to: directory, formats: formats)
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        // Written like the other report files, without a sync: syncing one file made the file system flush every
        // report written before it (and the commit's WAL), which took up to half of a night's write phase.
        try ReportFile.save(try changesJSON(), to: root.appendingPathComponent("changes.json").path)
        try ReportFile.save(changesMarkdown, to: root.appendingPathComponent("changes.md").path)
    }

    /// Tonight's changes as Markdown: one section per group, one line per change.
    public var changesMarkdown: String {
        let night = run.report.referenceDate.iso
        var lines = ["# What changed on \(night)", "", "\(changes.count) groups new or changed.", ""]
        for group in changes {
            lines.append("## \(group.group)" + (group.title.map { ": \($0)" } ?? ""))
            lines.append("")
            for change in group.changes { lines.append("- \(change.kind.rawValue): \(change.detail)") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
