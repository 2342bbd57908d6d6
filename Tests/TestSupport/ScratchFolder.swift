import Foundation

/// A fresh folder under the system temporary directory, removed when the value goes away; shared by the test
/// targets that write real files (the index, nightly runs).
public final class ScratchFolder {
    public let path: String

    public init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-test-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }
}
