import Comparison
import CrossCheckModel

extension HTMLReportWriter {
    /// The "Other figures" section: sums, ages and durations that two or more sources give with the same unit.
    func quantities(_ comparison: GroupComparison, group: GroupReport) -> String {
        guard !comparison.quantities.isEmpty else { return "" }
        var lines = ["<h2>Other figures</h2>"]
        for row in comparison.quantities {
            let size = row.relativeDifference.map { " by at least \(ReportPhrases.percent($0))" } ?? ""
            lines.append(
                "<section class=\"row verdict-\(row.verdict.rawValue)\">\n<h3><span class=\"badge\">"
                    + "\(ReportPhrases.verdict(row.verdict))</span><span dir=\"auto\">"
                    + "\(HTMLText.escape(ReportPhrases.unit(row.unit)))</span>\(size)</h3>\n<ul class=\"entries\">")
            for entry in row.entries {
                let language = group.member(entry.articleID)?.language
                let values = entry.numbers.map { number in
                    "<span class=\"figure\">\(ReportPhrases.number(number.value))</span> "
                        + "<q dir=\"auto\"\(langAttribute(language))>\(HTMLText.escape(number.evidence.text))</q>"
                }
                lines.append(
                    "<li>\(sourceName(entry.articleID, outlet: entry.outlet, published: entry.published)): "
                        + values.joined(separator: ", ") + "</li>")
            }
            lines.append("</ul>\n</section>")
        }
        return lines.joined(separator: "\n")
    }
}
