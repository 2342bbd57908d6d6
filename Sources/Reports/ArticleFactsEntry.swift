import Facts

/// Everything the extractor read from one article of a group, for the page's per-article list.
public struct ArticleFactsEntry: Hashable, Codable, Sendable {
    public var articleID: String
    public var facts: ArticleFacts

    public init(articleID: String, facts: ArticleFacts) {
        self.articleID = articleID
        self.facts = facts
    }
}
