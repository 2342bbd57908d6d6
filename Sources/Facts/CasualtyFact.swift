/// A casualty figure: how many people were killed, injured, missing, held, detained or displaced.
///
/// "أدى إلى مقتل أكثر من 2500 شخص، من بينهم 22 أمريكيا" gives two facts: killed, more than 2500 (the whole), and
/// killed, 22, subject "أمريكي" with relation `among` (a subset of the whole).
public struct CasualtyFact: Hashable, Codable, Sendable {
    public enum SubjectRelation: String, Codable, Sendable {
        /// The figure is the total for its kind.
        case whole
        /// The figure counts a subset of a larger figure of the same kind ("of them 22 Americans").
        case among
    }

    public var kind: CasualtyKind
    public var count: CountInterval
    /// The number as written, before the qualifier widened it (2500 for "more than 2500"); nil for vague words.
    public var stated: Double?
    public var qualifier: Qualifier
    /// Who is counted, as written ("أمريكيا", "children", "civilians"); nil for people in general.
    public var subject: String?
    /// A normalised key for `subject`, used to match the same subject across sources and languages
    /// ("أمريكيا", "أمريكيين" and "Americans" all become "american").
    public var subjectKey: String?
    public var relation: SubjectRelation
    /// Who gave the figure ("وزارة الصحة", "the health ministry"), when the text says.
    public var attribution: String?
    public var modality: Modality
    public var evidence: Evidence
    /// The sentence speaks of a running toll ("since the war began", "منذ بداية الحرب"): the figure is asserted but
    /// rarely the reported incident's, so `ArticleFacts.totals` takes it only when nothing else is there. Not encoded.
    public var isCumulative = false
    /// "24 other people were killed", "six children were also killed", "another five": the figure adds to one
    /// given just before (see `ArticleFacts.headlines`). Not encoded.
    public var isAdditional = false
    /// The figure is introduced by a toll noun ("the death toll rose to 50", "ارتفعت حصيلة القتلى إلى 12"): it
    /// states the whole toll as known then. Not encoded.
    public var isToll = false
    /// "killed 15 civilians and 27 fighters": the figure is a further object of the verb that the figure before it
    /// took, so the two add up in `ArticleFacts.headlines`. Not encoded.
    public var continuesList = false
    /// "another 10 bodies yet to be identified": victims not yet known to be civilians or fighters. Not encoded.
    public var isUnidentified = false

    private enum CodingKeys: String, CodingKey {
        case kind, count, stated, qualifier, subject, subjectKey, relation, attribution, modality, evidence
    }

    public init(
        kind: CasualtyKind, count: CountInterval, stated: Double?, qualifier: Qualifier, subject: String? = nil,
        subjectKey: String? = nil, relation: SubjectRelation = .whole, attribution: String? = nil,
        modality: Modality = .asserted, evidence: Evidence
    ) {
        self.kind = kind
        self.count = count
        self.stated = stated
        self.qualifier = qualifier
        self.subject = subject
        self.subjectKey = subjectKey
        self.relation = relation
        self.attribution = attribution
        self.modality = modality
        self.evidence = evidence
    }
}
