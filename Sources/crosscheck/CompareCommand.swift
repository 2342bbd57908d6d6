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

    @Option(name: .long, help: "Output format: md (default) or json.")
    var format: CompareFormat = .md

    @OptionGroup var analysis: AnalysisOptions

    enum CompareFormat: String, ExpressibleByArgument {
        case md
        case json
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
        let files: [String: String]
        switch format {
        case .md: files = try MarkdownReportWriter().files(for: report)
        case .json: files = try JSONReportWriter().files(for: report)
        }
        let page = "groups/\(group.id).\(format.rawValue)"
        print(files[page] ?? "", terminator: "")
        for record in report.summary.records {
            FileHandle.standardError.write(
                Data("crosscheck: \(record.status.rawValue): \(record.origin): \(record.reason)\n".utf8))
        }
        if result.exitStatus != .success { throw ExitCode(result.exitStatus.rawValue) }
    }
}
