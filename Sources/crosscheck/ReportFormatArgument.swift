import ArgumentParser
import Pipeline

/// A report format as written on the command line.
enum ReportFormatArgument: String, CaseIterable, ExpressibleByArgument {
    case md
    case html
    case json
    case csv

    var format: ReportFormat {
        switch self {
        case .md: return .markdown
        case .html: return .html
        case .json: return .json
        case .csv: return .csv
        }
    }
}
