import CrossCheckModel

/// Why a candidate pair was or was not put in the same group: `run --explain` writes one JSON line per pair.
public struct PairExplanation: Codable, Sendable, Hashable {
    public var a: String
    public var b: String
    /// `grouped` (same group), `apart` (assessed, but the pair score or the groups' average linkage kept them
    /// apart), or `vetoed` (time ruled the pair out: see the reasons).
    public var verdict: String
    public var score: Double
    public var cosine: Double
    public var passageEvidence: Double
    public var jaccard: Double
    public var nearCopy: Bool
    public var reasons: [String]

    /// The heaviest terms both articles share (names, rare words), as normalised words.
    public var sharedTerms: [String]

    init(_ assessment: PairAssessment, articles: [PreparedArticle], clusterOf: [Int], verifier: PairVerifier) {
        a = articles[assessment.first].article.id
        b = articles[assessment.second].article.id
        let together = clusterOf[assessment.first] == clusterOf[assessment.second]
        sharedTerms = verifier.sharedTerms(assessment.first, assessment.second, limit: 8)
        verdict = together ? "grouped" : assessment.veto != nil ? "vetoed" : "apart"
        score = assessment.score
        cosine = assessment.cosine
        passageEvidence = assessment.passageEvidence
        jaccard = assessment.jaccard
        nearCopy = assessment.nearCopy
        reasons = verifier.reasons(for: assessment)
    }

    /// One JSON object per line, keys sorted, for `explain.jsonl`.
    public static func jsonLines(_ explanations: [PairExplanation]) throws -> String {
        let encoder = JSONTextEncoder(sortedKeys: true, style: .jsonEncoderKeepingSlashes)
        return try explanations.map { try encoder.encode($0) + "\n" }.joined()
    }
}
