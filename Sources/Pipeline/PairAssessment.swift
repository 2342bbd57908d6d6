import CrossCheckModel
import Facts
import Similarity

/// The evidence that two articles report the same event, or the reason they do not.
///
/// Shared words alone cannot tell one story from another on the same topic: the samples are all calls between the
/// same two ministers. So a pair is verified with evidence beyond topic: near-copy overlap, passages both quote,
/// rare words weighted by the batch, and time (two reports whose event dates or publication dates are too far apart
/// are never the same event, however alike they read).
struct PairAssessment: Sendable {
    var first: Int
    var second: Int
    /// Exact Jaccard of the 5-gram shingle sets.
    var jaccard: Double
    var containmentFirstInSecond: Double
    var containmentSecondInFirst: Double
    /// Sum over shared word 4-grams of 1 / (articles sharing it − 1).
    var passageEvidence: Double
    /// Cosine of the batch TF-IDF vectors (names and word pairs weighted up).
    var cosine: Double
    /// The pair's score for clustering, 0…1: the cosine, raised by shared passages or near-copy overlap; 0 when
    /// time rules the pair out.
    var score: Double
    // The two small fields last, so that they share the struct's last word.
    var nearCopy: Bool
    /// Why the pair cannot be one event, when time says so.
    var veto: TimeVeto?

    var verified: Bool { score > 0 }
}
