import CrossCheckModel
import Reports

/// The few lines a run prints to standard error: counts that add up, then every skipped or failed input.
enum RunSummaryText {
    static func render(_ report: RunReport, out: String) -> String {
        let summary = report.summary
        let multi = report.groups.filter { $0.members.count > 1 }.count
        var lines = [
            "crosscheck: \(CountedNoun.phrase(summary.inputs, "input")): \(summary.processed) processed, "
                + "\(summary.skipped) skipped, \(summary.failed) failed",
            "crosscheck: \(CountedNoun.phrase(report.groups.count, "group")) (\(multi) with more than one article) "
                + "written to \(out)",
        ]
        for record in summary.records {
            lines.append("  \(record.status.rawValue): \(record.origin): \(record.reason)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
