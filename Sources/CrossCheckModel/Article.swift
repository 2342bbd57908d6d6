/// One news article after ingestion: the extracted body with its metadata.
///
/// `text` is the article body with boilerplate already cut ("read also" blocks, tag lines, source lines); every later
/// stage (shingles, facts, reports) reads only this text, so anything that leaks in here would become a fact.
public struct Article: Codable, Sendable, Hashable {
    /// Stable identifier: the file name without its extensions, or the `id` field of a JSONL line.
    public var id: String
    public var title: String?
    /// The body text, boilerplate removed. The title is not repeated here.
    public var text: String
    public var url: String?
    public var outlet: String?
    /// The publication date when the input or its manifest gives one.
    public var published: CivilDate?
    public var language: Language
    /// Where the article came from: a path, or `path:line` for a JSONL record. For messages, not for identity.
    public var origin: String
    /// Text that extraction cut as boilerplate, kept so that reports can show what was left out and tests can check it.
    public var removed: [String]

    public init(
        id: String, title: String? = nil, text: String, url: String? = nil, outlet: String? = nil,
        published: CivilDate? = nil, language: Language = .unknown, origin: String = "", removed: [String] = []
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.url = url
        self.outlet = outlet
        self.published = published
        self.language = language
        self.origin = origin
        self.removed = removed
    }
}
