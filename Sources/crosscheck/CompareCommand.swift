import ArgumentParser
import Foundation
import Pipeline
import Reports

/// `crosscheck compare A B [C…]`: the same analysis for a few articles, printed to the terminal.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the facts of two or more articles and say whether they report the same event.")

    @Argument(help: "Two or more article files (.txt, .html, .jsonl, optionally .gz).")
    var files: [String]

    @Option(
        name: .long,
        help: """
            Output format for pipes: md, json or html. Without it, a compact aligned diff, coloured only when \
            standard output is a terminal (and NO_COLOR is unset).
            """)
    var format: CompareFormat?

    @OptionGroup var analysis: AnalysisOptions

    enum CompareFormat: String, ExpressibleByArgument {
        case md
        case json
        case html
    }

    func validate() throws {
        guard files.count >= 2 else { throw ValidationError("compare needs at least two files") }
    }

    func run() throws {
        let result = Pipeline(options: try analysis.pipelineOptions()).compare(paths: files)
        let report = result.report
        guard let group = report.groups.first else {
            FileHandle.standardError.write(Data(RunSummaryText.render(report, out: "-").utf8))
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        if let format {
            let files: [String: String]
            switch format {
            case .md: files = try MarkdownReportWriter().files(for: report)
            case .json: files = try JSONReportWriter().files(for: report)
            case .html: files = try HTMLReportWriter().files(for: report)
            }
            print(files["groups/\(group.id).\(format.rawValue)"] ?? "", terminator: "")
        } else {
            let terminal = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            print(TerminalDiff(colour: terminal).render(group), terminator: "")
        }
        for record in report.summary.records {
            FileHandle.standardError.write(
                Data("crosscheck: \(record.status.rawValue): \(record.origin): \(record.reason)\n".utf8))
        }
        if result.exitStatus != .success { throw ExitCode(result.exitStatus.rawValue) }
    }
}
