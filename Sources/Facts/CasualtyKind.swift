/// What happened to the people a casualty figure counts.
public enum CasualtyKind: String, Codable, Sendable, CaseIterable, Comparable {
    case killed
    case injured
    case missing
    case hostages
    case detained
    case displaced

    public static func < (lhs: CasualtyKind, rhs: CasualtyKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
