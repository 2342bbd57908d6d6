/// The formats crosscheck reads; each may also be gzip-compressed (`.txt.gz`, `.html.gz`, `.jsonl.gz`, `.warc.gz`).
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text: an optional headline line, then paragraphs.
    case text
    /// One web page (`.html` or `.htm`).
    case html
    /// One article per line, as JSON objects.
    case jsonl
    /// A web archive (WARC 1.0 or 1.1, `.warc` or `.warc.gz`): every HTML response record is one page.
    case warc
}

/// One input file found by `InputCollector`, classified by its extension.
///
/// The id of an article read from a `.txt` or `.html` file is `baseName`: the file name without its known
/// extensions, so `000_d7e9f2fa33406a43.txt.gz` gives `000_d7e9f2fa33406a43` (and `news.2023-10-11.txt` keeps its
/// inner dots: `news.2023-10-11`).
public struct InputItem: Sendable, Hashable, Codable {
    public var path: String
    public var format: InputFormat
    /// True for `.gz` files, which are decompressed before reading.
    public var isCompressed: Bool

    public init(path: String, format: InputFormat, isCompressed: Bool) {
        self.path = path
        self.format = format
        self.isCompressed = isCompressed
    }

    /// The last path component (`000_d7e9f2fa33406a43.txt.gz`).
    public var fileName: String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The folder that holds the file, as written in `path` ("." when there is none).
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The file name without `.gz` and the format extension.
    public var baseName: String { InputItem.stripExtensions(fileName) }

    /// Classifies a file name by extension; nil when it is not one crosscheck reads.
    ///
    ///     InputItem.classify("a.html.gz")  // (.html, true)
    ///     InputItem.classify("a.pdf")      // nil
    public static func classify(_ fileName: String) -> (format: InputFormat, compressed: Bool)? {
        var lower = fileName.lowercased()
        var compressed = false
        if lower.hasSuffix(".gz") {
            compressed = true
            lower.removeLast(3)
        }
        for (suffix, format) in suffixes where lower.hasSuffix(suffix) && lower.count > suffix.count {
            return (format, compressed)
        }
        return nil
    }

    static func stripExtensions(_ fileName: String) -> String {
        var name = fileName
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        for (suffix, _) in suffixes where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
            break
        }
        return name
    }

    private static let suffixes: [(String, InputFormat)] = [
        (".txt", .text), (".html", .html), (".htm", .html), (".jsonl", .jsonl), (".warc", .warc),
    ]
}
