import CrossCheckModel

/// An article read tonight, with the content hash that decides whether the index already has it.
public struct IncomingArticle: Sendable, Hashable {
    public var article: Article
    /// A 64-bit hash of the article's text; the same text is never stored twice.
    public var contentHash: UInt64

    public init(article: Article, contentHash: UInt64) {
        self.article = article
        self.contentHash = contentHash
    }
}

/// What adding tonight's articles did: how many were new and why the others were not stored.
public struct AdmissionResult: Sendable, Hashable {
    /// Articles stored by this call.
    public var added: Int = 0
    /// Articles whose content hash or URL the index already had.
    public var alreadyIndexed: Int = 0
    /// Articles stored under another id because a different article had theirs, as "old → new".
    public var renamed: [String] = []
    /// The articles stored by this call, in input order.
    public var stored: [AdmittedArticle] = []

    public init() {}
}
