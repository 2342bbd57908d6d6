import Reports

/// The report formats a run can write.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
    case json
    case csv

    /// The format's writer.
    var writer: any ReportWriter {
        switch self {
        case .markdown: return MarkdownReportWriter()
        case .html: return HTMLReportWriter()
        case .json: return JSONReportWriter()
        case .csv: return CSVReportWriter()
        }
    }
}
