import Comparison
import CrossCheckModel

/// Writes the report as Markdown: `index.md`, `groups/<id>.md` and `summary.md`.
///
/// Every piece of article text (titles, outlets, quotes, subjects, attributions, URLs) goes through
/// `MarkdownText.escape`, so an article cannot inject links, emphasis, table cells or raw HTML; only http and https
/// URLs become links. Output depends only on the report: the same report gives the same bytes.
public struct MarkdownReportWriter: ReportWriter {
    public init() {}

    public func files(for report: RunReport) throws -> [String: String] {
        var files: [String: String] = [:]
        files["index.md"] = index(report)
        files["summary.md"] = summary(report)
        let pages = ParallelMap.map(report.groups) { page($0, report: report) }
        for (group, page) in zip(report.groups, pages) { files[Self.groupPath(group.id, ext: "md")] = page }
        return files
    }

    func index(_ report: RunReport) -> String {
        var lines = ["# crosscheck report", ""]
        lines += header(report)
        lines += [
            "", "## Groups", "",
            "Most conflicts first. Sizes are the largest relative difference between two sources' figures.", "",
            "| Group | Articles | Conflicts | Largest | Updates | Agree | Single | First article |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
        ]
        for group in report.groupsByConflict {
            let counts = group.comparison.counts
            let largest = counts.conflicts > 0 ? ReportPhrases.percent(group.comparison.largestConflict) : ""
            let first = group.members.first.map { MarkdownText.escape($0.title ?? $0.id) } ?? ""
            let link = "[\(MarkdownText.escape(group.id))](\(Self.groupPath(group.id, ext: "md")))"
            lines.append(
                "| \(link) | \(group.members.count) | \(counts.conflicts) | \(largest) | \(counts.updates) | "
                    + "\(counts.agreements) | \(counts.singles) | \(first) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func header(_ report: RunReport) -> [String] {
        var lines = [
            "- Schema: `\(report.schema)`", "- Tool version: \(MarkdownText.escape(report.toolVersion))",
            "- Reference date: \(report.referenceDate.iso)",
        ]
        if let generatedAt = report.generatedAt { lines.append("- Generated: \(MarkdownText.escape(generatedAt))") }
        let summary = report.summary
        lines.append(
            "- Inputs: \(summary.inputs) (processed \(summary.processed), skipped \(summary.skipped), "
                + "failed \(summary.failed)); see [summary](summary.md)")
        for (name, value) in report.options.sorted(by: { $0.key < $1.key }) {
            lines.append("- Option \(MarkdownText.escape(name)): \(MarkdownText.escape(value))")
        }
        return lines
    }

    func summary(_ report: RunReport) -> String {
        let summary = report.summary
        var lines = [
            "# Run summary", "",
            "| Inputs | Processed | Skipped | Failed |", "|---:|---:|---:|---:|",
            "| \(summary.inputs) | \(summary.processed) | \(summary.skipped) | \(summary.failed) |", "",
        ]
        if summary.records.isEmpty {
            lines.append("Every input was processed.")
        } else {
            lines += ["## Inputs not processed", "", "| Origin | Status | Reason |", "|---|---|---|"]
            for record in summary.records {
                lines.append(
                    "| \(MarkdownText.escape(record.origin)) | \(record.status.rawValue) | "
                        + "\(MarkdownText.escape(record.reason)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
