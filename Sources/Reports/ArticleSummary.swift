import CrossCheckModel

/// The metadata of one article that a report shows; the body text is not repeated.
public struct ArticleSummary: Hashable, Codable, Sendable {
    public var id: String
    public var title: String?
    public var outlet: String?
    /// As given by the input; rendered as a link only when its scheme is http or https.
    public var url: String?
    public var published: CivilDate?
    public var language: Language
    public var origin: String

    public init(
        id: String, title: String? = nil, outlet: String? = nil, url: String? = nil, published: CivilDate? = nil,
        language: Language = .unknown, origin: String = ""
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.language = language
        self.origin = origin
    }

    /// The summary of an ingested article.
    public init(_ article: Article) {
        self.init(
            id: article.id, title: article.title, outlet: article.outlet, url: article.url,
            published: article.published, language: article.language, origin: article.origin)
    }
}
