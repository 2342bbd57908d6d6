import Facts

/// What a casualty figure counts, so that only like figures are compared.
///
/// "Killed" is compared with "killed", and "Americans among the killed" with the same subset in another source;
/// a subset figure is never compared with a total. `subjectKey` is the extractor's language-neutral key
/// ("american" for both "أمريكيا" and "Americans").
public struct FactKey: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var kind: CasualtyKind
    public var subjectKey: String?
    public var relation: CasualtyFact.SubjectRelation

    public init(kind: CasualtyKind, subjectKey: String? = nil, relation: CasualtyFact.SubjectRelation = .whole) {
        self.kind = kind
        self.subjectKey = subjectKey
        self.relation = relation
    }

    /// The key a fact is aligned by.
    public init(_ fact: CasualtyFact) {
        self.init(kind: fact.kind, subjectKey: fact.subjectKey, relation: fact.relation)
    }

    /// Orders totals before subsets and people in general before named subjects, kind by kind.
    public static func < (lhs: FactKey, rhs: FactKey) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.relation != rhs.relation { return lhs.relation == .whole }
        switch (lhs.subjectKey, rhs.subjectKey) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let left?, let right?): return left < right
        }
    }

    /// A short English label: "killed", "killed (american)", "killed, among them american".
    public var description: String {
        guard let subjectKey else { return kind.rawValue }
        switch relation {
        case .whole: return "\(kind.rawValue) (\(subjectKey))"
        case .among: return "\(kind.rawValue), among them \(subjectKey)"
        }
    }
}
