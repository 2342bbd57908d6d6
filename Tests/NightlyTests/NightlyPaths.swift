import Foundation

/// Paths inside the repository, found from this file's location so tests run from any working directory.
enum NightlyPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // NightlyTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static var samples: String { root.appendingPathComponent("samples").path }
    /// The debug build of the command-line tool (`swift build` puts it there; the test command builds it).
    static var executable: String { root.appendingPathComponent(".build/debug/crosscheck").path }
}
