import CrossCheckModel
import Foundation
import Reports

/// The outcome of a run: the report and the exit status it implies.
public struct PipelineRun: Sendable {
    public var report: RunReport
    /// Seconds per stage; not part of the report, which must not depend on the clock.
    public var timings = StageTimings()
    /// Every candidate pair the grouping assessed, with its verdict and reasons (`run --explain`).
    public var explanations: [PairExplanation] = []

    public init(report: RunReport, timings: StageTimings = StageTimings(), explanations: [PairExplanation] = []) {
        self.report = report
        self.timings = timings
        self.explanations = explanations
    }

    /// Success, or "finished, some inputs failed" when the summary holds a failed input.
    public var exitStatus: ExitStatus {
        report.summary.failed > 0 ? .someInputsFailed : .success
    }

    /// The report files of the chosen formats, by relative path.
    public func files(formats: [ReportFormat]) throws -> [String: String] {
        try output(formats: formats).wholeFiles()
    }

    /// The report files of the chosen formats as they are written: large ones in pieces (``ReportOutput``).
    func output(formats: [ReportFormat]) throws -> ReportOutput {
        var all = ReportOutput(files: [:])
        for format in formats {
            let output = try format.writer.output(for: report)
            all.files.merge(output.files) { first, _ in first }
            all.streamed.merge(output.streamed) { first, _ in first }
        }
        return all
    }

    /// Writes the report files under `directory`, replacing the files of the same names.
    ///
    /// Group pages an earlier run left that this run does not write are removed afterwards, so the folder shows one
    /// run. Files are rewritten in place rather than the folder emptied first: a night's group pages mostly keep
    /// their names, and on ext4 without a journal a file created within 30 s of tens of thousands of deletions
    /// makes the inode allocator step over every recently freed inode, which made creating the pages quadratic.
    public func write(to directory: String, formats: [ReportFormat]) throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let groups = root.appendingPathComponent("groups", isDirectory: true)
        try ReportFile.makeFolder(groups.path)
        let output = try output(formats: formats)
        let paths = Set(output.files.keys).union(output.streamed.keys).sorted()
        var folders: Set<String> = [groups.path]
        for path in paths {
            let folder = root.appendingPathComponent(path).deletingLastPathComponent()
            if folders.insert(folder.path).inserted { try ReportFile.makeFolder(folder.path) }
        }
        // Not synced to disk one by one (tens of thousands of files a night), and not atomic: a half-written folder is
        // no more usable with whole files in it. On every core: written over last night's folder, each file waits
        // for its inode to be read from disk.
        let rootPath = root.path
        let saved = ParallelMap.map(paths) { path -> Result<Void, any Error> in
            Result {
                let file = rootPath + "/" + path
                if let content = output.files[path] {
                    try ReportFile.save(content, to: file)
                } else if let produce = output.streamed[path] {
                    try ReportFile.save(to: file, produce)
                }
            }
        }
        for result in saved { try result.get() }
        let written = Set(paths.filter { $0.hasPrefix("groups/") }.map { String($0.dropFirst("groups/".count)) })
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: groups.path) where !written.contains(name) {
            try manager.removeItem(at: groups.appendingPathComponent(name))
        }
    }
}
