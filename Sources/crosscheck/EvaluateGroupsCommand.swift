import ArgumentParser
import Evaluation
import Foundation
import Nightly
import Pipeline

/// `crosscheck evaluate groups --gold FILE`: event grouping scores against a JSONL with a gold `event` field.
struct EvaluateGroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Score event grouping (ARI, B-cubed, pairwise) against a JSONL file with a gold `event` field.",
        discussion: """
            Runs crosscheck with its shipped defaults, then the TF-IDF average-linkage and word-shingle MinHash \
            baselines with their thresholds tuned on the same labels (oracles), and prints all three.
            """)

    @Option(name: .long, help: "JSONL with id, text (or html), optional title/published, and the gold event.")
    var gold: String

    @Flag(name: .long, help: "Skip the baselines.")
    var noBaselines = false

    @Option(
        name: .long,
        help: """
            Also feed the articles to a fresh index over N nights (record i on night i mod N) and score the groups \
            it holds after the last, with stored groups merged and kept apart (2 or more; 0: no nightly rows).
            """)
    var nights = 0

    @OptionGroup var analysis: AnalysisOptions

    func validate() throws {
        guard nights == 0 || nights >= 2 else { throw ValidationError("--nights must be 0 or at least 2") }
    }

    func run() throws {
        let data = try GoldClustering.load(path: gold)
        let options = try analysis.pipelineOptions()
        var rows = GroupingEvaluation(options: options, includeBaselines: !noBaselines).run(data)
        if nights >= 2 {
            for merge in [true, false] {
                var clock = StageTime()
                let groups = try clock.measure {
                    try NightlyGrouping(nights: nights, mergeStories: merge).groups(goldPath: gold, options: options)
                }
                let labels = data.labels(predictedGroups: groups)
                rows.append(
                    GroupingEvaluation.Row(
                        system: "crosscheck over \(nights) nights" + (merge ? "" : ", stored groups kept"),
                        scores: ClusteringScores(gold: labels.gold, predicted: labels.predicted),
                        oracleThreshold: nil, seconds: clock.wallSeconds))
            }
        }
        let labelled = data.labels(predictedGroups: []).gold
        print("\(gold): \(labelled.count) articles, \(Set(labelled).count) gold events")
        print(
            "system".padding(toLength: 44, withPad: " ", startingAt: 0)
                + "   ARI  B3-P  B3-R  B3-F1  pair-P pair-R pair-F1  threshold  seconds")
        for row in rows {
            let s = row.scores
            let threshold = row.oracleThreshold.map { String(format: "%.3f", $0) } ?? "default"
            print(
                row.system.padding(toLength: 44, withPad: " ", startingAt: 0)
                    + String(
                        format: " %.3f %.3f %.3f  %.3f   %.3f  %.3f   %.3f  %9@  %7.2f", s.ari, s.bcubedPrecision,
                        s.bcubedRecall, s.bcubedF1, s.pairPrecision, s.pairRecall, s.pairF1, threshold, row.seconds))
        }
    }
}
