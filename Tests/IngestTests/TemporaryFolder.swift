import Foundation

/// A fresh folder under the system temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("crosscheck-ingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating subfolders) and returns its full path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let full = "\(path)/\(name)"
        let folder = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }
}

/// The shared sample folder beside the repository (`../shared/samples`), when this checkout has one.
enum SharedSamples {
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/samples").standardized.path

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: "\(folder)/000_d7e9f2fa33406a43.txt")
    }

    static func path(_ name: String) -> String { "\(folder)/\(name)" }
}
