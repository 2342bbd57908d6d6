import ArgumentParser
import CrossCheckModel
import Foundation
import Ingest

/// `crosscheck extract INPUT...`: prints one JSON line per article, for scripts and the extraction evaluation.
///
/// Each line holds `id` (the file name without extensions, or a WARC record's target URI), `title`, `published`,
/// `outlet`, `url`, `language`, `text` and `sources` (where each metadata field came from). Inputs that give no
/// article are reported on standard error, one line each, and counted in the closing summary.
///
///     crosscheck extract page.html crawl.warc.gz > articles.jsonl
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract article text and metadata from pages and WARC files, one JSON line per article.",
        discussion: """
            Inputs are files or folders of .html/.htm, .txt, .jsonl and .warc files (each optionally .gz). \
            Exit codes: 0 success; 2 some inputs failed; 64 usage error.
            """)

    @Argument(help: "Files or folders to read.")
    var inputs: [String]

    @Flag(name: .long, help: "Add `ms`, the time spent parsing and extracting each HTML page, to every line.")
    var timing = false

    @Flag(name: .long, help: "Add `removed`, the paragraphs cut as boilerplate, to every line.")
    var removed = false

    func run() throws {
        let collected = InputCollector.collect(paths: inputs)
        var tally = ExtractTally()
        let output = FileHandle.standardOutput
        var buffer = Data()
        for outcome in collected.rejected { tally.record(outcome) }
        for item in collected.items {
            ArticleReader.forEach(item, manifest: collected.manifest(for: item)) { outcome in
                tally.record(outcome)
                guard let article = outcome.article else { return }
                let line = ExtractLine(
                    article: article, sources: outcome.sources,
                    milliseconds: timing ? outcome.extractionMilliseconds : nil,
                    includeRemoved: removed)
                buffer.append(line.json())
                buffer.append(0x0A)
                if buffer.count >= 1 << 16 {
                    output.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        output.write(buffer)
        FileHandle.standardError.write(Data(tally.summary.utf8))
        if tally.failed > 0 { throw ExitCode(2) }
    }
}

/// Counts outcomes and prints the ones that gave no article to standard error as they come.
struct ExtractTally {
    var processed = 0
    var skipped = 0
    var failed = 0

    mutating func record(_ outcome: RecordOutcome) {
        switch outcome.status {
        case .processed: processed += 1
        case .skipped: skipped += 1
        case .failed: failed += 1
        }
        if outcome.status != .processed {
            let reason = outcome.reason ?? ""
            FileHandle.standardError.write(Data("\(outcome.status.rawValue): \(outcome.origin): \(reason)\n".utf8))
        }
    }

    var summary: String {
        "extract: \(CountedNoun.phrase(processed, "article")), \(skipped) skipped, \(failed) failed\n"
    }
}
