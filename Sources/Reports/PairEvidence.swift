/// Why two articles of a group were put together.
///
/// Containment tells a near-copy's direction: an agency wire reprinted inside a longer article has a high
/// `containmentAInB` and a lower `containmentBInA`.
public struct PairEvidence: Hashable, Codable, Sendable {
    public var a: String
    public var b: String
    /// Estimated Jaccard similarity of the two articles' shingle sets, 0…1.
    public var similarity: Double
    /// True when one article is (almost) a copy of the other.
    public var nearCopy: Bool
    /// Share of `a`'s shingles found in `b`, 0…1.
    public var containmentAInB: Double
    /// Share of `b`'s shingles found in `a`, 0…1.
    public var containmentBInA: Double
    /// Human-readable reasons ("same event date 2023-10-11", "shared place: غزة").
    public var reasons: [String]

    public init(
        a: String, b: String, similarity: Double, nearCopy: Bool = false, containmentAInB: Double = 0,
        containmentBInA: Double = 0, reasons: [String] = []
    ) {
        self.a = a
        self.b = b
        self.similarity = similarity
        self.nearCopy = nearCopy
        self.containmentAInB = containmentAInB
        self.containmentBInA = containmentBInA
        self.reasons = reasons
    }
}
