import Comparison

extension MarkdownReportWriter {
    /// The "Other figures" section: sums, ages and durations that two or more sources give with the same unit.
    func quantities(_ comparison: GroupComparison) -> [String] {
        guard !comparison.quantities.isEmpty else { return [] }
        var lines = ["", "## Other figures", ""]
        for row in comparison.quantities {
            let size = row.relativeDifference.map { ", by at least \(ReportPhrases.percent($0))" } ?? ""
            lines.append(
                "- **\(ReportPhrases.verdict(row.verdict).uppercased())**\(size): "
                    + "\(MarkdownText.escape(ReportPhrases.unit(row.unit)))")
            for entry in row.entries {
                let name = ReportPhrases.source(
                    articleID: entry.articleID, outlet: entry.outlet, published: entry.published)
                let words = entry.numbers.map { "“\(MarkdownText.escape($0.evidence.text))”" }
                lines.append(
                    "  - \(MarkdownText.escape(name)): "
                        + "\(entry.numbers.map { ReportPhrases.number($0.value) }.joined(separator: ", ")) "
                        + "(\(words.joined(separator: ", ")))")
            }
        }
        return lines
    }
}
