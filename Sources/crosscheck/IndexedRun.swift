import ArgumentParser
import CrossCheckModel
import Foundation
import Nightly
import Pipeline
import Store

/// `crosscheck run … --index FILE`: the nightly run, its messages and its exit codes.
struct IndexedRun {
    var index: String
    var inputs: [String]
    var out: String
    var formats: [ReportFormat]
    var candidateRule: CandidateRule
    /// Whether stored groups that tonight's articles show to be one story are merged (`--keep-stored-groups` off).
    var mergeStories = true
    /// `--deflate-texts`: tonight's texts stored deflated.
    var deflateTexts = false
    /// `--timings`: also print the stages of the night's grouping.
    var stageTimings = false

    func run(_ pipeline: Pipeline) throws {
        let night: NightlyRun
        do {
            // The reports are written by the run itself, while the night's commit runs beside them.
            var indexer = NightlyIndexer(
                pipeline: pipeline, indexPath: index, candidateRule: candidateRule, mergeStories: mergeStories)
            indexer.upgrading = { [index] in Self.announceUpgrade(of: index, to: $0) }
            indexer.deflateTexts = deflateTexts
            night = try indexer.run(paths: inputs, reportsTo: out, formats: formats)
        } catch let error as StoreError {
            Self.fail(error)
        } catch let error as UnwrittenReports {
            Self.printError(
                "cannot write reports to \(out): \(error.underlying)\ncrosscheck: tonight's articles and groups are "
                    + "stored in \(index); once \(out) can take the reports, run the same night again (the same "
                    + "inputs, --reference-date \(error.night.iso)): it adds nothing and writes these reports")
            throw ExitCode(ExitStatus.fatal.rawValue)
        } catch {
            // Report files that could not be written come as `UnwrittenReports`; anything else stopped the night
            // before its commit ended, and the next run completes what it stored.
            Self.printError("index \(index): the night did not finish: \(error)")
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        let report = night.run.report
        guard report.summary.inputs > 0 else {
            Self.printError("no input found in \(inputs.joined(separator: " "))")
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        var lines: [String] = []
        if let resumed = night.resumedNight {
            lines.append(
                "crosscheck: the run of night \(CivilDateText.iso(resumed)) was interrupted; its stored articles "
                    + "were completed by this run")
        }
        lines.append(
            "crosscheck: index \(index): \(CountedNoun.phrase(night.admission.added, "new article")), "
                + "\(night.admission.alreadyIndexed) already indexed, \(night.completedPending) grouped against "
                + "\(CountedNoun.phrase(night.windowArticles, "indexed article")) "
                + "(\(CountedNoun.phrase(night.windowCandidates, "candidate")) and the other members of the groups "
                + "tonight's articles join)")
        lines.append("crosscheck: timings: \(night.timings.description)")
        if stageTimings { lines.append("crosscheck: stages of the group phase\n\(night.timings.grouping.text)") }
        for renamed in night.admission.renamed { lines.append("  renamed (id taken): \(renamed)") }
        for record in night.unreadable.prefix(Self.listedProblems) { lines.append("crosscheck: warning: \(record)") }
        if night.unreadable.count > Self.listedProblems {
            lines.append(
                "crosscheck: warning: \(night.unreadable.count - Self.listedProblems) more stored rows do not decode; "
                    + "the index may be damaged")
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        FileHandle.standardError.write(Data(RunSummaryText.render(report, out: out).utf8))
        if night.run.exitStatus != .success { throw ExitCode(night.run.exitStatus.rawValue) }
    }

    /// How many rows that do not decode are named one by one; a damaged index can have thousands.
    static let listedProblems = 20

    /// Says that an index is being upgraded before the upgrade runs. One that rewrites a table (schema v4 copies
    /// every text once) takes about a minute for a million articles, in which the run would otherwise seem to hang;
    /// the message then also says how to give back the space the copy frees: SQLite keeps freed pages in the file
    /// (later nights reuse them), and the upgrade does not rebuild the file by itself, which would need free disk
    /// about twice its size, unasked. The others (v3, v5, v6) add a column or nothing and are immediate.
    static func announceUpgrade(of index: String, to migrations: [String]) {
        let upgrade = "upgrading the index \(index) to \(migrations.joined(separator: ", ")); this happens once"
        guard IndexStore.upgradeRewritesTables(migrations) else {
            printError(upgrade + " and rewrites no row")
            return
        }
        printError(
            upgrade + " and takes about a minute per million articles. The file keeps the space the upgrade frees "
                + "until `crosscheck index prune \(index) --older-than DAYS --vacuum` rebuilds it")
    }

    /// Prints a store error and exits with its documented code: 3 for a busy index, 4 for an unusable one.
    static func fail(_ error: StoreError) -> Never {
        printError(error.description)
        switch error {
        case .locked: IndexCommand.exit(withError: ExitCode(ExitStatus.indexBusy.rawValue))
        case .notAnIndex, .newerSchema, .needsUpgrade:
            IndexCommand.exit(withError: ExitCode(ExitStatus.indexUnusable.rawValue))
        case .database: IndexCommand.exit(withError: ExitCode(ExitStatus.fatal.rawValue))
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("crosscheck: \(message)\n".utf8))
    }
}
