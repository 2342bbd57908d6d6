import ArgumentParser
import Foundation
import Store

/// `crosscheck index export FILE`: every group with its members and their facts, as JSON lines on standard output.
struct IndexExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the index's groups and facts as JSONL to standard output.")

    @Argument(help: "The index file.")
    var index: String

    func run() throws {
        do {
            let store = try IndexStore.openForReading(path: index)
            var buffer = ""
            try store.exportJSONL { line in
                buffer += line + "\n"
                if buffer.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(buffer.utf8))
                    buffer = ""
                }
            }
            FileHandle.standardOutput.write(Data(buffer.utf8))
        } catch let error as StoreError {
            IndexedRun.fail(error)
        }
    }
}
