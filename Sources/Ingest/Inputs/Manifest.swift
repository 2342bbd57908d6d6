import CrossCheckModel
import Foundation

/// Per-folder metadata for article files: a `manifest.jsonl` beside them, one JSON object per line.
///
/// Scraped text files carry no date, URL or outlet; a newsroom that has them lists them here rather than renaming
/// files. The manifest's values win over what extraction found, because a person wrote them.
///
///     {"file": "000_d7e9f2fa33406a43.txt", "outlet": "فاس نيوز ميديا", "published": "2023-10-12", "language": "ar"}
///
/// `published` may be an ISO date or timestamp, or a Unix timestamp. A malformed line is recorded in `problems`
/// (`folder/manifest.jsonl:3: …`) and the other lines still apply.
public struct Manifest: Sendable, Hashable {
    /// The file name that marks a folder's manifest.
    public static let fileName = "manifest.jsonl"

    /// The metadata of one file.
    public struct Entry: Sendable, Hashable {
        public var file: String
        public var id: String?
        public var title: String?
        public var url: String?
        public var outlet: String?
        public var published: CivilDate?
        public var language: Language?

        public init(
            file: String, id: String? = nil, title: String? = nil, url: String? = nil, outlet: String? = nil,
            published: CivilDate? = nil, language: Language? = nil
        ) {
            self.file = file
            self.id = id
            self.title = title
            self.url = url
            self.outlet = outlet
            self.published = published
            self.language = language
        }
    }

    /// The manifest's own path.
    public var path: String
    /// Entries by their `file` value.
    public var entries: [String: Entry]
    /// One message per unusable line, `path:line: reason`, in line order.
    public var problems: [String]

    public init(path: String, entries: [Entry], problems: [String] = []) {
        self.path = path
        self.entries = Dictionary(entries.map { ($0.file, $0) }, uniquingKeysWith: { _, last in last })
        self.problems = problems
    }

    /// Reads a manifest file; an unreadable file gives an empty manifest with one problem.
    public static func load(path: String) -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Manifest(
                path: path, entries: [], problems: [IngestError.unreadable(path: path, reason: "I/O error").description]
            )
        }
        return parse(data, path: path)
    }

    /// Parses manifest lines; blank lines are ignored.
    public static func parse(_ data: Data, path: String) -> Manifest {
        var entries: [Entry] = []
        var problems: [String] = []
        for (number, line) in JSONLines.split(data) {
            let origin = "\(path):\(number)"
            switch JSONLines.object(line) {
            case .failure(let reason):
                problems.append(IngestError.malformedRecord(origin: origin, reason: reason.description).description)
            case .success(let object):
                guard let file = object["file"] as? String, !file.isEmpty else {
                    let reason = "manifest line has no \"file\" name; add \"file\": \"name.txt\""
                    problems.append(IngestError.malformedRecord(origin: origin, reason: reason).description)
                    continue
                }
                var entry = Entry(file: file)
                entry.id = JSONLines.string(object["id"])
                entry.title = JSONLines.string(object["title"])
                entry.url = JSONLines.string(object["url"])
                entry.outlet = JSONLines.string(object["outlet"])
                entry.language = JSONLines.string(object["language"]).map(Language.init(code:))
                if let value = object["published"], !(value is NSNull) {
                    entry.published = PublishedDate.parse(value)
                    if entry.published == nil {
                        let reason = "\"published\" is not an ISO date or a Unix timestamp; the date is ignored"
                        problems.append(IngestError.malformedRecord(origin: origin, reason: reason).description)
                    }
                }
                entries.append(entry)
            }
        }
        return Manifest(path: path, entries: entries, problems: problems)
    }

    /// The entry for a file: by exact name, then without `.gz`, then by name without extensions.
    public func entry(forFile fileName: String) -> Entry? {
        if let entry = entries[fileName] { return entry }
        if fileName.lowercased().hasSuffix(".gz"), let entry = entries[String(fileName.dropLast(3))] { return entry }
        let base = InputItem.stripExtensions(fileName)
        return entries.values.filter { InputItem.stripExtensions($0.file) == base }.min { $0.file < $1.file }
    }

    /// Applies a file's entry to an article read from it; the manifest's values win.
    /// - Parameter includeIdentity: false for JSONL records, whose ids come from each line.
    public func apply(to article: inout Article, fileName: String, includeIdentity: Bool = true) {
        guard let entry = entry(forFile: fileName) else { return }
        if includeIdentity {
            if let id = entry.id { article.id = id }
            if let title = entry.title { article.title = title }
            if let url = entry.url { article.url = url }
            if let outlet = entry.outlet { article.outlet = outlet }
            if let published = entry.published { article.published = published }
            if let language = entry.language { article.language = language }
        } else {
            article.outlet = article.outlet ?? entry.outlet
            article.published = article.published ?? entry.published
            if article.language == .unknown, let language = entry.language { article.language = language }
        }
    }
}
