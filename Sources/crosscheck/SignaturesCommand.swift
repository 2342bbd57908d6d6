import ArgumentParser
import Foundation
import Pipeline

/// `crosscheck signatures INPUT... --out FILE`: one JSON line per article with its MinHash signature and band keys.
///
/// The format (docs/signatures-format.md) is stable, so another engine can group the band keys; the same input and
/// options give byte-identical output. It is also crosscheck's lane in the MinHash benchmark (scripts/bench).
struct SignaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signatures",
        abstract: "Write the MinHash signature and LSH band keys of every article as JSON lines.",
        discussion: """
            .jsonl inputs are streamed and their "text" field is signed as written; other inputs (.txt, .html, \
            .gz, folders) are read like `run` does and their cleaned body is signed. Exit codes: 0 success; \
            1 fatal error; 2 written but some inputs failed; 64 usage error.
            """)

    @Argument(help: "Files or folders to read.")
    var inputs: [String]

    @Option(name: .long, help: "The JSONL file to write.")
    var out: String

    @Option(name: .long, help: "Also write the timings as one JSON object to this file.")
    var stats: String?

    @OptionGroup var nearCopy: NearCopyArguments

    func run() throws {
        let options = try nearCopy.options()
        let corpus = SignedCorpus.sign(paths: inputs, options: options)
        guard corpus.count > 0 else {
            FileHandle.standardError.write(Data("crosscheck: \(NearCopyError.noInput(paths: inputs))\n".utf8))
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        var write = StageTime()
        do {
            try write.measure { try NearCopyWriter.writeSignatures(corpus, options: options, to: out) }
        } catch {
            FileHandle.standardError.write(Data("crosscheck: \(error)\n".utf8))
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        var figures = NearCopyStats()
        figures.addCorpus(corpus)
        figures.add("write", write)
        figures.add("peak_rss_mb", Double(StageTime.peakResidentBytes()) / 1_048_576)
        try figures.emit(statsPath: stats, failures: corpus.failures.map { "\($0.origin): \($0.reason)" })
        if !corpus.failures.isEmpty { throw ExitCode(ExitStatus.someInputsFailed.rawValue) }
    }
}
