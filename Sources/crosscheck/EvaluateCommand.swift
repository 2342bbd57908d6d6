import ArgumentParser

/// `crosscheck evaluate fakes|ans`: the acceptance measurements of the fact comparison on ../shared/eval.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure the fact comparison on the evaluation data (../shared/eval).",
        subcommands: [EvaluateFakesCommand.self, EvaluateANSCommand.self])
}
