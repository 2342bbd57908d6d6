import Comparison
import CrossCheckModel
import Facts

/// A small inline SVG of a group's casualty rows: each source's figure on one scale, sources in publication order.
///
/// A table lists "more than 200", "2,500" and "about 30"; the picture shows at once which source stands apart and
/// how far. Exact figures are dots, intervals are bars, and an open-ended figure ("more than 200") is a dashed bar up
/// to the plausible upper bound the comparison uses (`CountInterval.plausibleUpperFactor`). The SVG has no script,
/// no link and no external reference; every label goes through `HTMLText.escape`. Undated sources come last.
///
///     FigureChart.svg(for: row)  // "<svg … role=\"img\" aria-label=\"killed: …\">…</svg>", or nil
enum FigureChart {
    static let width = 640.0
    /// Left margin of labels and bars: labels sit above their bar, so long outlet names never clip.
    static let labelWidth = 12.0
    static let rowHeight = 38.0
    static let top = 12.0
    static let bottom = 30.0

    /// At most this many bars, so the figure stays small; the table below lists everything.
    static let maxBars = 8

    /// The chart of the first rows (conflicts first, as the comparison sorts them), or nil when there is none.
    static func svg(for rows: [FactRow]) -> String? {
        let bars = rows.flatMap { row in row.entries.map { (row, $0) } }.prefix(maxBars)
        guard !bars.isEmpty else { return nil }
        let spans = bars.map { span(of: $0.1.fact.count) }
        let largest = spans.map { $0.high }.max() ?? 1
        let scale = largest > 0 ? (width - labelWidth - 40) / largest : 1
        let height = top + rowHeight * Double(bars.count) + bottom
        var parts = [
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
                + "role=\"img\" aria-label=\"each source's casualty figures\">"
        ]
        let axisY = top + rowHeight * Double(bars.count) + 4
        parts.append(
            "<line x1=\"\(Int(labelWidth))\" y1=\"\(Int(axisY))\" x2=\"\(Int(width - 20))\" y2=\"\(Int(axisY))\" "
                + "stroke=\"#999\"/>")
        parts.append(tick(0, x: labelWidth, y: axisY))
        parts.append(tick(largest, x: labelWidth + largest * scale, y: axisY))
        for (index, (row, entry)) in bars.enumerated() {
            let rowTop = top + rowHeight * Double(index)
            let y = rowTop + 27
            let colour = colour(row.verdict)
            let source = ReportPhrases.source(
                articleID: entry.articleID, outlet: entry.outlet, published: entry.published)
            let name = "\(ReportPhrases.key(row.key)) · \(source): \(ReportPhrases.figureWithSubject(entry.fact))"
            parts.append(
                "<text x=\"\(Int(labelWidth))\" y=\"\(Int(rowTop + 13))\" font-size=\"12\" fill=\"#222\" "
                    + "unicode-bidi=\"plaintext\">\(HTMLText.escape(shortened(name)))</text>")
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
        guard scalars.count > 90 else { return text }
        return String(String.UnicodeScalarView(scalars[..<89])) + "…"
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
