import ArgumentParser
import CrossCheckModel
import Facts
import Foundation
import Pipeline

/// `crosscheck facts INPUT...`: every number, ordinal, date and casualty fact of each article, one JSON line each.
///
/// The lines are documented in docs/facts-format.md. A JSONL input line's `published` field is the reference time of
/// that article; `--reference-date` stands in for articles without one.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the numbers, dates and casualty figures of each article as one JSON line.")

    @Argument(help: "Article files or folders (.txt, .html, .jsonl, optionally .gz).")
    var inputs: [String]

    @Option(
        name: .long,
        help: """
            How a date without a year or a bare weekday is placed: past (news: the latest one on or before the \
            publication date, the default) or future (calendar assistants: the next one).
            """)
    var dates: DateDirectionArgument = .past

    @Flag(name: .long, help: "Print to standard error how fast extraction ran (bytes of text per second, one core).")
    var timing = false

    @OptionGroup var analysis: AnalysisOptions

    /// CPU time of the calling thread: a per-core rate that other processes on a busy machine do not skew.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    enum DateDirectionArgument: String, ExpressibleByArgument {
        case past
        case future
    }

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("facts needs at least one input") }
    }

    func run() throws {
        let options = try analysis.pipelineOptions()
        let batch = LoadedBatch.load(paths: inputs)
        var extractor = FactExtractor(referenceDate: options.referenceDate)
        extractor.direction = dates == .future ? .forward : .backward
        var output = ""
        var seconds = 0.0
        var cpuSeconds = 0.0
        var bytes = 0
        for article in batch.articles {
            let started = DispatchTime.now().uptimeNanoseconds
            let cpuStarted = Self.threadCPUSeconds()
            let facts = extractor.extract(text: article.text, language: article.language, published: article.published)
            seconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            cpuSeconds += Self.threadCPUSeconds() - cpuStarted
            bytes += article.text.utf8.count
            output += FactsJSONLine.render(id: article.id, facts: facts)
            output += "\n"
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if timing {
            let rate = Double(bytes) / 1e6 / max(seconds, 1e-9)
            let cpuRate = Double(bytes) / 1e6 / max(cpuSeconds, 1e-9)
            let line =
                "crosscheck: extracted \(bytes) bytes of text in \(seconds) s wall (\(rate) MB/s), "
                + "\(cpuSeconds) s of thread CPU time (\(cpuRate) MB/s per core)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        for record in batch.summary.records {
            FileHandle.standardError.write(
                Data("crosscheck: \(record.status.rawValue): \(record.origin): \(record.reason)\n".utf8))
        }
        if batch.summary.failed > 0 { throw ExitCode(ExitStatus.someInputsFailed.rawValue) }
    }
}
