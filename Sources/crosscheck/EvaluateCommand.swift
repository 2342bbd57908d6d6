import ArgumentParser

/// `crosscheck evaluate …`: quality measures on labelled evaluation data (../shared/eval), rerunnable by anyone.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure crosscheck's quality on labelled evaluation data.",
        subcommands: [EvaluateGroupsCommand.self, EvaluateFakesCommand.self, EvaluateANSCommand.self])
}
