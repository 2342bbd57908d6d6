import CrossCheckModel
import Facts

/// The facts one article contributed to a group, with what the comparison needs to know about the article.
///
/// The publication date decides whether two different figures are an update (the later source saw more) or a
/// contradiction; the outlet is carried along so that every row can say who reported what.
///
///     let source = SourceFacts(articleID: "aljazeera-1", outlet: "Al Jazeera",
///                              published: CivilDate(year: 2023, month: 10, day: 12), facts: facts)
public struct SourceFacts: Hashable, Codable, Sendable {
    public var articleID: String
    public var outlet: String?
    public var published: CivilDate?
    public var facts: ArticleFacts

    public init(articleID: String, outlet: String? = nil, published: CivilDate? = nil, facts: ArticleFacts) {
        self.articleID = articleID
        self.outlet = outlet
        self.published = published
        self.facts = facts
    }
}
