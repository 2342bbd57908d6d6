/// What a row of the comparison says about its sources.
///
/// An `update` is not a contradiction: tolls rise as bodies are recovered, so a later report with a higher figure
/// is news, not an error. Only figures that cannot both be true on the same day are a `conflict`.
public enum Verdict: String, Codable, Sendable, CaseIterable, Comparable {
    /// Two or more sources give figures that cannot be reconciled, even allowing for rounding.
    case conflict
    /// Sources published on different days, and the later one reports a higher figure.
    case update
    /// Every source's figure fits every other's, allowing for rounding.
    case agree
    /// Only one source reports this fact.
    case single

    /// Orders verdicts as reports list them: conflicts first, singles last.
    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
