import Comparison
import CrossCheckModel
import Facts

/// A small inline SVG of one fact row: each source's figure on one scale, sources in publication order.
///
/// A table lists "more than 200", "2,500" and "about 30"; the picture shows at once which source stands apart and
/// how far. Exact figures are dots, intervals are bars, and an open-ended figure ("more than 200") is a dashed bar up
/// to the plausible upper bound the comparison uses (`CountInterval.plausibleUpperFactor`). The SVG has no script,
/// no link and no external reference; every label goes through `HTMLText.escape`. Undated sources come last.
///
///     FigureChart.svg(for: row)  // "<svg … role=\"img\" aria-label=\"killed: …\">…</svg>", or nil
enum FigureChart {
    static let width = 640.0
    static let labelWidth = 210.0
    static let rowHeight = 28.0
    static let top = 12.0
    static let bottom = 30.0

    /// The chart of `row`, or nil when fewer than two sources give a figure.
    static func svg(for row: FactRow) -> String? {
        guard row.entries.count > 1 else { return nil }
        let spans = row.entries.map { span(of: $0.fact.count) }
        let largest = spans.map { $0.high }.max() ?? 1
        let scale = largest > 0 ? (width - labelWidth - 30) / (largest * 1.05) : 1
        let height = top + rowHeight * Double(row.entries.count) + bottom
        let colour = colour(row.verdict)
        var parts = [
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
                + "role=\"img\" aria-label=\"\(HTMLText.escape(ReportPhrases.key(row.key))): each source's figure\">"
        ]
        let axisY = top + rowHeight * Double(row.entries.count) + 4
        parts.append(
            "<line x1=\"\(Int(labelWidth))\" y1=\"\(Int(axisY))\" x2=\"\(Int(width - 20))\" y2=\"\(Int(axisY))\" "
                + "stroke=\"#999\"/>")
        parts.append(tick(0, x: labelWidth, y: axisY))
        parts.append(tick(largest, x: labelWidth + largest * scale, y: axisY))
        for (index, entry) in row.entries.enumerated() {
            let y = top + rowHeight * (Double(index) + 0.5)
            let name = ReportPhrases.source(
                articleID: entry.articleID, outlet: entry.outlet, published: entry.published)
            parts.append(
                "<text x=\"\(Int(labelWidth - 8))\" y=\"\(Int(y + 4))\" text-anchor=\"end\" font-size=\"12\" "
                    + "unicode-bidi=\"plaintext\">"
                    + "\(HTMLText.escape(shortened(name)))</text>")
            let (low, high, open) = spans[index]
            let x1 = labelWidth + low * scale
            let x2 = labelWidth + high * scale
            if x2 - x1 < 1 {
                parts.append("<circle cx=\"\(format(x1))\" cy=\"\(Int(y))\" r=\"5\" fill=\"\(colour)\"/>")
            } else {
                let dash = open ? " stroke-dasharray=\"5 3\"" : ""
                parts.append(
                    "<line x1=\"\(format(x1))\" y1=\"\(Int(y))\" x2=\"\(format(x2))\" y2=\"\(Int(y))\" "
                        + "stroke=\"\(colour)\" stroke-width=\"8\"\(dash)/>")
            }
            parts.append(
                "<text x=\"\(format(min(x2 + 8, width - 60)))\" y=\"\(Int(y + 4))\" font-size=\"11\" fill=\"#333\">"
                    + "\(HTMLText.escape(ReportPhrases.figure(entry.fact)))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The bar of one figure: its bounds on the comparison's scale, and whether the top was left open by the text.
    static func span(of count: CountInterval) -> (low: Double, high: Double, open: Bool) {
        let low = max(count.min ?? 0, 0)
        if let high = count.max { return (low, high, false) }
        return (low, max(low * CountInterval.plausibleUpperFactor, low), true)
    }

    static func tick(_ value: Double, x: Double, y: Double) -> String {
        "<text x=\"\(format(x))\" y=\"\(Int(y + 16))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">"
            + "\(ReportPhrases.number(value))</text>"
    }

    /// Long outlet names would push the bars off the chart.
    static func shortened(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 32 else { return text }
        return String(String.UnicodeScalarView(scalars[..<31])) + "…"
    }

    static func colour(_ verdict: Verdict) -> String {
        switch verdict {
        case .conflict: return "#b00020"
        case .update: return "#8a5a00"
        case .agree: return "#1b6e20"
        case .single: return "#777"
        }
    }

    static func format(_ value: Double) -> String { String(Int(value.rounded())) }
}
