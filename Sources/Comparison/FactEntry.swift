import CrossCheckModel
import Facts

/// One source's figure in a comparison row: the fact that was compared, and the article it came from.
///
/// The whole fact is kept (qualifier, subject as written, attribution, evidence sentence) because a report must
/// show the reader the words behind each figure, not only the number.
public struct FactEntry: Hashable, Codable, Sendable {
    public var articleID: String
    public var outlet: String?
    public var published: CivilDate?
    public var fact: CasualtyFact

    public init(articleID: String, outlet: String? = nil, published: CivilDate? = nil, fact: CasualtyFact) {
        self.articleID = articleID
        self.outlet = outlet
        self.published = published
        self.fact = fact
    }
}
