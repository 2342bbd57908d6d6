import ArgumentParser
import Pipeline

/// A report format as written on the command line.
enum ReportFormatArgument: String, CaseIterable, ExpressibleByArgument {
    case md
    case html
    case json

    var format: ReportFormat {
        switch self {
        case .md: return .markdown
        case .html: return .html
        case .json: return .json
        }
    }
}
