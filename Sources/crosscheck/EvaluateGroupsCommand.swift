import ArgumentParser
import Evaluation
import Foundation

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

    @OptionGroup var analysis: AnalysisOptions

    func run() throws {
        let data = try GoldClustering.load(path: gold)
        let rows = GroupingEvaluation(options: try analysis.pipelineOptions(), includeBaselines: !noBaselines)
            .run(data)
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
