import ArgumentParser

/// `crosscheck index stats|prune|export`: look after the persistent index that `run --index` writes.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Inspect, prune or export a persistent index written by `crosscheck run --index`.",
        discussion: "Exit codes: 0 success; 1 fatal error; 3 index in use by another run (prune); 4 unusable index.",
        subcommands: [IndexStatsCommand.self, IndexPruneCommand.self, IndexExportCommand.self])
}
