/// How many rows of a comparison got each verdict, the event-date row included.
public struct VerdictCounts: Hashable, Codable, Sendable {
    public var conflicts: Int
    public var updates: Int
    public var agreements: Int
    public var singles: Int

    public init(conflicts: Int = 0, updates: Int = 0, agreements: Int = 0, singles: Int = 0) {
        self.conflicts = conflicts
        self.updates = updates
        self.agreements = agreements
        self.singles = singles
    }

    /// Counts one more row with `verdict`.
    public mutating func add(_ verdict: Verdict) {
        switch verdict {
        case .conflict: conflicts += 1
        case .update: updates += 1
        case .agree: agreements += 1
        case .single: singles += 1
        }
    }
}
