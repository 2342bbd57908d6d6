import Reports

/// The report formats a run can write.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
    case json
    case csv

    /// The format's writer; the JSON writer reuses group files encoded already (by group id).
    func writer(encodedGroups: [String: String] = [:]) -> any ReportWriter {
        switch self {
        case .markdown: return MarkdownReportWriter()
        case .html: return HTMLReportWriter()
        case .json: return JSONReportWriter(encodedGroups: encodedGroups)
        case .csv: return CSVReportWriter()
        }
    }
}
