import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands the paths given on the command line into input files, classified by extension.
///
/// Folders are walked recursively; within a folder, files come sorted by path so that two runs over the same data
/// produce the same report. Hidden files and folders (names starting with ".") met while walking are ignored, and a
/// folder's `manifest.jsonl` is read as metadata rather than as articles. Nothing is dropped silently otherwise: an
/// unsupported extension is `skipped` and a missing path `failed`, each with a reason.
///
///     let inputs = InputCollector.collect(paths: ["articles/", "extra/page.html.gz"])
///     for item in inputs.items { ArticleReader.read(item, manifest: inputs.manifest(for: item)) }
public enum InputCollector {
    /// Symbolic-link cycles and absurdly deep trees stop here.
    static let maximumDepth = 64

    public static func collect(paths: [String]) -> CollectedInputs {
        var state = State()
        for path in paths { state.visit(path, depth: 0, explicit: true) }
        return CollectedInputs(items: state.items, rejected: state.rejected, manifests: state.manifests)
    }

    /// What a path is, from one `stat` (of its target, for a symbolic link).
    enum EntryKind {
        case folder, file
        /// A named pipe, socket or device: no article file, and reading a pipe could wait for ever.
        case special
    }

    /// The kind of `path`, or nil when nothing is there (a missing path, a dangling symbolic link).
    static func kind(of path: String) -> EntryKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .special
        }
    }

    private struct State {
        var items: [InputItem] = []
        var rejected: [RecordOutcome] = []
        var manifests: [String: Manifest] = [:]
        var seen: Set<String> = []
        var visitedFolders: Set<String> = []

        mutating func walk(folder: String, depth: Int) {
            let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard depth < InputCollector.maximumDepth, visitedFolders.insert(resolved).inserted else { return }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                rejected.append(.failed(folder, .unreadable(path: folder, reason: "cannot list the folder")))
                return
            }
            let prefix = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            loadManifest(folder: prefix)
            for name in names.sorted() where !name.hasPrefix(".") && name != Manifest.fileName {
                visit("\(prefix)/\(name)", depth: depth + 1, explicit: false)
            }
        }

        /// A path given on the command line (`explicit`) or met in a folder. A special file met in a folder is
        /// skipped; given by name it fails (it used to fail as "permission denied or I/O error").
        mutating func visit(_ path: String, depth: Int, explicit: Bool) {
            switch InputCollector.kind(of: path) {
            case nil: rejected.append(.failed(path, .notFound(path: path)))
            case .folder: walk(folder: path, depth: depth)
            case .file: add(file: path, explicit: explicit)
            case .special:
                guard seen.insert(path).inserted else { return }
                rejected.append(
                    explicit
                        ? .failed(path, .notARegularFile(path: path))
                        : .skipped(path, "not a regular file (a named pipe, socket or device)"))
            }
        }

        mutating func add(file path: String, explicit: Bool) {
            guard seen.insert(path).inserted else { return }
            let item = InputItem(path: path, format: .text, isCompressed: false)
            if item.fileName == Manifest.fileName {
                rejected.append(.skipped(path, "\(Manifest.fileName) is folder metadata, not articles"))
                loadManifest(folder: item.folder)
                return
            }
            guard let (format, compressed) = InputItem.classify(item.fileName) else {
                rejected.append(.skipped(path, InputCollector.unsupportedReason(item.fileName)))
                return
            }
            if explicit { loadManifest(folder: item.folder) }
            items.append(InputItem(path: path, format: format, isCompressed: compressed))
        }

        mutating func loadManifest(folder: String) {
            guard manifests[folder] == nil else { return }
            let path = folder == "." ? Manifest.fileName : "\(folder)/\(Manifest.fileName)"
            guard FileManager.default.fileExists(atPath: path) else { return }
            manifests[folder] = Manifest.load(path: path)
        }
    }

    static func unsupportedReason(_ fileName: String) -> String {
        let expected = "expected .txt, .html, .htm, .jsonl or .warc, optionally with .gz"
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else {
            return "no file extension (\(expected))"
        }
        return "unsupported file type \"\(fileName[dot...])\" (\(expected))"
    }
}
