/// Where one metadata value of an article was found, so a user can judge how far to trust it.
///
/// A title from `og:title` is the publisher's own; one from the first `<h1>` may be a section heading; a date found in
/// the URL has no time of day; a detected language or encoding is a guess. The raw value is the short name printed
/// by `crosscheck extract` in its `sources` object.
///
///     MetadataSource.openGraphTitle.rawValue  // "og:title"
public enum MetadataSource: String, Sendable, Hashable, Codable, CaseIterable {
    // Title.
    case openGraphTitle = "og:title"
    case twitterTitle = "twitter:title"
    case jsonLDHeadline = "json-ld:headline"
    case firstHeading = "h1"
    case titleElement = "title"
    // Publication date.
    case jsonLDDatePublished = "json-ld:datePublished"
    case publishedMeta = "meta:published_time"
    case timeElement = "time[datetime]"
    case urlPath = "url-path"
    case dateline = "dateline"
    case httpDate = "warc-date"
    // Outlet.
    case openGraphSiteName = "og:site_name"
    case jsonLDPublisher = "json-ld:publisher"
    case applicationName = "application-name"
    case domain = "domain"
    // URL.
    case canonicalLink = "link[rel=canonical]"
    case openGraphURL = "og:url"
    case pageURL = "page-url"
    // Language.
    case langAttribute = "html[lang]"
    case languageMeta = "meta:language"
    case scriptDetection = "script-detection"
    // Encoding.
    case byteOrderMark = "bom"
    case httpHeader = "http-header"
    case metaCharset = "meta-charset"
    case detected = "detected"
    case defaultUTF8 = "default-utf-8"
    // Any field.
    case manifest = "manifest"
}

/// Where each metadata field of one extracted article came from; nil where the field is absent.
///
///     sources.title      // .openGraphTitle
///     sources.published  // .jsonLDDatePublished
public struct MetadataSources: Sendable, Hashable, Codable {
    public var title: MetadataSource?
    public var published: MetadataSource?
    public var outlet: MetadataSource?
    public var url: MetadataSource?
    public var language: MetadataSource?
    /// How the page's character encoding was decided.
    public var encoding: MetadataSource?
    /// The encoding the page was decoded with (`UTF-8`, `windows-1256`, …).
    public var charset: String?
    /// A mismatch between the declared encoding and the bytes, when one was found (the page is still read).
    public var encodingProblem: String?

    public init(
        title: MetadataSource? = nil, published: MetadataSource? = nil, outlet: MetadataSource? = nil,
        url: MetadataSource? = nil, language: MetadataSource? = nil, encoding: MetadataSource? = nil,
        charset: String? = nil, encodingProblem: String? = nil
    ) {
        self.title = title
        self.published = published
        self.outlet = outlet
        self.url = url
        self.language = language
        self.encoding = encoding
        self.charset = charset
        self.encodingProblem = encodingProblem
    }
}
