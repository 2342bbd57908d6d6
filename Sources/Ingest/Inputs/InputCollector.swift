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
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                state.rejected.append(.failed(path, .notFound(path: path)))
                continue
            }
            if isDirectory.boolValue {
                state.walk(folder: path, depth: 0)
            } else {
                state.add(file: path, explicit: true)
            }
        }
        return CollectedInputs(items: state.items, rejected: state.rejected, manifests: state.manifests)
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
                let path = "\(prefix)/\(name)"
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    // A dangling symbolic link.
                    rejected.append(.failed(path, .notFound(path: path)))
                    continue
                }
                if isDirectory.boolValue {
                    walk(folder: path, depth: depth + 1)
                } else {
                    add(file: path, explicit: false)
                }
            }
        }

        mutating func add(file path: String, explicit: Bool) {
            guard seen.insert(path).inserted else { return }
            // A named pipe, socket or device holds no article file. Met in a folder it is skipped; given by name it
            // fails with that reason (it used to fail as "permission denied or I/O error").
            if InputCollector.isSpecialFile(path) {
                rejected.append(
                    explicit
                        ? .failed(path, .notARegularFile(path: path))
                        : .skipped(path, "not a regular file (a named pipe, socket or device)"))
                return
            }
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

    /// Whether `path` (its target, for a symbolic link) is neither a regular file nor a folder.
    static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    static func unsupportedReason(_ fileName: String) -> String {
        let expected = "expected .txt, .html, .htm, .jsonl or .warc, optionally with .gz"
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else {
            return "no file extension (\(expected))"
        }
        return "unsupported file type \"\(fileName[dot...])\" (\(expected))"
    }
}
