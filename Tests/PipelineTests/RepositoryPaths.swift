import Foundation

/// Paths inside the repository, found from this file's location so tests run from any working directory.
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PipelineTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static var samples: String { root.appendingPathComponent("samples").path }
    static var reports: String { root.appendingPathComponent("reports").path }
}
