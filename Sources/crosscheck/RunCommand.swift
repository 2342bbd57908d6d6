import ArgumentParser
import Foundation
import Pipeline
import Reports
import Store

/// `crosscheck run INPUT... --out DIR`: the batch job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Group a batch of articles by event and write one report per group, an index and a run summary.",
        discussion: """
            Inputs are files or folders of .txt, .html/.htm and .jsonl files (each optionally .gz). A \
            manifest.jsonl beside the files adds metadata. Exit codes: 0 success; 1 fatal error; 2 finished but \
            some inputs failed; 3 index in use; 4 unusable index; 64 usage error.
            """)

    @Argument(help: "Files or folders to read.")
    var inputs: [String]

    @Option(name: .long, help: "The folder to write the reports into.")
    var out: String

    @Option(
        name: .long,
        help: """
            A persistent index (SQLite) to add tonight's articles to; the reports then show only the groups that are \
            new or changed tonight, with changes.md listing what changed. Exit code 3: the index is in use by \
            another run; 4: the file is not a usable index.
            """)
    var index: String?

    @Option(
        name: .long,
        help: """
            With --index: how many near-copy LSH band keys held by at most 50 indexed articles an indexed article \
            must share with a new one to be regrouped with it (content-word band keys count too when \
            --candidate-common-keys is on).
            """)
    var candidateKeys: Int = CandidateRule.standard.sharedKeys

    @Option(
        name: .long,
        help: """
            With --index: or how many band keys, content-word keys included, held by at most \
            --candidate-common-bucket indexed articles, those above included; 0 turns this rule off (the default \
            since the keywords, which find what it found; it was 5).
            """)
    var candidateCommonKeys: Int = CandidateRule.standard.commonKeys

    @Option(
        name: .long,
        help: """
            With --index: the most indexed articles of the window a key may be held by and still count for \
            --candidate-common-keys; keys held by more are skipped as stop words.
            """)
    var candidateCommonBucket: Int = CandidateRule.standard.commonBucket

    @Option(
        name: .long,
        help: """
            With --index: or how many of its keywords (heaviest TF-IDF terms) held by at most \
            --candidate-keyword-bucket indexed articles an indexed article must share with a new one (0: keywords \
            do not count).
            """)
    var candidateKeywordKeys: Int = CandidateRule.standard.keywordKeys

    @Option(
        name: .long,
        help: """
            With --index: the most indexed articles of the window a keyword may be held by and still count for \
            --candidate-keyword-keys.
            """)
    var candidateKeywordBucket: Int = CandidateRule.standard.keywordBucket

    @Flag(
        name: .long,
        help: """
            With --index: never merge stored groups. By default, when tonight's articles link two stored groups \
            strongly enough (twice the linkage a join needs), they are one story and are merged, under the id most \
            of their articles had.
            """)
    var keepStoredGroups = false

    @Flag(
        name: .long,
        help: """
            With --index: store tonight's texts deflated (zlib), where that is smaller. News text deflates about \
            twofold and texts are most of an index (a 1M-article index of 3.2 KB articles: 3.5 GB instead of 4.9 \
            GB), but a night takes longer (on 2 cores, about 8 %). Texts stored either way read back the same.
            """)
    var deflateTexts = false

    @Option(name: .long, parsing: .upToNextOption, help: "Report formats: md, html, json, csv (default: all four).")
    var format: [ReportFormatArgument] = ReportFormatArgument.allCases

    @Flag(name: .long, help: "Also write explain.jsonl: every candidate pair with its verdict and reasons.")
    var explain = false

    @Flag(name: .long, help: "Print the seconds each stage took to standard error.")
    var timings = false

    @OptionGroup var analysis: AnalysisOptions

    func validate() throws {
        guard candidateKeys >= 1 else { throw ValidationError("--candidate-keys must be at least 1") }
        guard candidateCommonKeys >= 0 else { throw ValidationError("--candidate-common-keys must be 0 or more") }
        guard candidateCommonBucket >= 1 else { throw ValidationError("--candidate-common-bucket must be at least 1") }
        guard candidateKeywordKeys >= 0 else { throw ValidationError("--candidate-keyword-keys must be 0 or more") }
        guard candidateKeywordBucket >= 1 else {
            throw ValidationError("--candidate-keyword-bucket must be at least 1")
        }
        // The index's options mean nothing to a batch run: refused rather than ignored, so that a user who forgot
        // --index is told instead of believing the texts were deflated or the stored groups kept.
        if index == nil {
            let standard = CandidateRule.standard
            let given = [
                ("--keep-stored-groups", keepStoredGroups), ("--deflate-texts", deflateTexts),
                ("--candidate-keys", candidateKeys != standard.sharedKeys),
                ("--candidate-common-keys", candidateCommonKeys != standard.commonKeys),
                ("--candidate-common-bucket", candidateCommonBucket != standard.commonBucket),
                ("--candidate-keyword-keys", candidateKeywordKeys != standard.keywordKeys),
                ("--candidate-keyword-bucket", candidateKeywordBucket != standard.keywordBucket),
            ]
            if let (name, _) = given.first(where: \.1) { throw ValidationError("\(name) needs --index") }
        }
    }

    func run() throws {
        var options = try analysis.pipelineOptions()
        options.collectExplanations = explain
        let pipeline = Pipeline(options: options)
        if let index {
            try IndexedRun(
                index: index, inputs: inputs, out: out, formats: format.map(\.format),
                candidateRule: CandidateRule(
                    sharedKeys: candidateKeys, rareBucket: CandidateRule.standard.rareBucket,
                    commonKeys: candidateCommonKeys, commonBucket: candidateCommonBucket,
                    keywordKeys: candidateKeywordKeys, keywordBucket: candidateKeywordBucket),
                mergeStories: !keepStoredGroups, deflateTexts: deflateTexts, stageTimings: timings
            ).run(pipeline)
            return
        }
        var result = pipeline.run(paths: inputs)
        let summary = result.report.summary
        guard summary.inputs > 0 else {
            FileHandle.standardError.write(
                Data("crosscheck: no input found in \(inputs.joined(separator: " "))\n".utf8))
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        do {
            let written = result
            try result.timings.measure("write reports") { try written.write(to: out, formats: format.map(\.format)) }
        } catch {
            FileHandle.standardError.write(Data("crosscheck: cannot write reports to \(out): \(error)\n".utf8))
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        if explain {
            let path = URL(fileURLWithPath: out).appendingPathComponent("explain.jsonl")
            try Data(PairExplanation.jsonLines(result.explanations).utf8).write(to: path, options: .atomic)
        }
        FileHandle.standardError.write(Data(RunSummaryText.render(result.report, out: out).utf8))
        if timings { FileHandle.standardError.write(Data("crosscheck: stage timings\n\(result.timings.text)\n".utf8)) }
        if result.exitStatus != .success { throw ExitCode(result.exitStatus.rawValue) }
    }
}
