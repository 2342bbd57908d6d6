import Foundation
import Reports

/// The outcome of a run: the report and the exit status it implies.
public struct PipelineRun: Sendable {
    public var report: RunReport
    /// Seconds per stage; not part of the report, which must not depend on the clock.
    public var timings = StageTimings()
    /// Every candidate pair the grouping assessed, with its verdict and reasons (`run --explain`).
    public var explanations: [PairExplanation] = []
    /// Group JSON files encoded already (``JSONReportWriter/encodedGroup(_:)``), by group id.
    public var encodedGroups: [String: String] = [:]

    public init(
        report: RunReport, timings: StageTimings = StageTimings(), explanations: [PairExplanation] = [],
        encodedGroups: [String: String] = [:]
    ) {
        self.report = report
        self.timings = timings
        self.explanations = explanations
        self.encodedGroups = encodedGroups
    }

    /// Success, or "finished, some inputs failed" when the summary holds a failed input.
    public var exitStatus: ExitStatus {
        report.summary.failed > 0 ? .someInputsFailed : .success
    }

    /// The report files of the chosen formats, by relative path.
    public func files(formats: [ReportFormat]) throws -> [String: String] {
        var files: [String: String] = [:]
        for format in formats {
            files.merge(try format.writer(encodedGroups: encodedGroups).files(for: report)) { first, _ in first }
        }
        return files
    }

    /// Writes the report files under `directory`, replacing the files of the same names.
    ///
    /// Group pages of an earlier run into the same folder are removed first, so the folder always shows one run.
    public func write(to directory: String, formats: [ReportFormat]) throws {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let groups = root.appendingPathComponent("groups", isDirectory: true)
        if manager.fileExists(atPath: groups.path) { try manager.removeItem(at: groups) }
        try manager.createDirectory(at: groups, withIntermediateDirectories: true)
        for (path, content) in try files(formats: formats).sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Not synced to disk one by one (tens of thousands of files a night), and not atomic: a half-written
            // folder is no more usable with whole files in it; the folder was emptied above.
            try ReportFile.save(content, to: url.path)
        }
    }
}
