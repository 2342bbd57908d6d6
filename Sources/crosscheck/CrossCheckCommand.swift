import ArgumentParser

/// The `crosscheck` command line: parses arguments and prints; every stage lives in the library modules.
@main
struct CrossCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Find news articles that cover the same event and show where their sources agree or differ.",
        discussion: """
            Exit codes: 0 success; 1 fatal error; 2 finished but some inputs failed (see the run summary); \
            3 index in use by another run; 4 unusable index; \
            64 usage error.
            """,
        version: CrossCheckVersion.current,
        subcommands: [
            RunCommand.self, CompareCommand.self, ExtractCommand.self, FactsCommand.self, SignaturesCommand.self,
            NearCopiesCommand.self, IndexCommand.self, EvaluateCommand.self,
        ],
        defaultSubcommand: nil
    )
}
