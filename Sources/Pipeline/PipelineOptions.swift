import CrossCheckModel

/// How a run groups articles and resolves dates; every field has a documented default chosen on the dev data.
///
/// The same options are written into each JSON report (`options`), so a report says how it was made.
public struct PipelineOptions: Sendable, Hashable {
    /// The day that stands for "today" when a date has no year and the article no publication date. A run option,
    /// not the clock, so that committed reports are reproducible.
    public var referenceDate: CivilDate
    /// Word shingle size for near-copy detection (reprints, rewrites of one wire story).
    public var shingleSize: Int = 5
    /// MinHash permutations; 128 keeps the Jaccard estimate's standard error under 0.045.
    public var numPermutations: Int = 128
    /// Seed of token hashes and permutations; a different seed gives different but equally good signatures.
    public var seed: UInt64 = 1
    /// Estimated Jaccard of 5-gram shingles from which two articles are near-copies.
    public var nearCopyJaccard: Double = 0.5
    /// Share of one article's shingles found in another from which it is a copy inside a longer article.
    public var nearCopyContainment: Double = 0.8
    /// LSH threshold on content words for event candidates: low, so that rewrites in other words are still found.
    public var eventCandidateThreshold: Double = 0.1
    /// Weighted shared-passage evidence (word 4-grams shared by the pair, each weighted by how few other articles
    /// share it) from which a pair reports the same event. Quoting the same statement is the common mark of two
    /// reports of one event; a lone shared name phrase ("وزير الخارجية المغربي ناصر بوريطة") weighs about 2.
    public var passageEvidence: Double = 4
    /// IDF-weighted Jaccard of content words from which a pair reports the same event on wording alone.
    public var weightedOverlap: Double = 0.3
    /// Publication dates further apart than this many days never join (when both are known).
    public var windowDays: Int = 7
    /// Average-linkage threshold: a group holds only while its average pair score stays at or above it, so one loose
    /// pair cannot chain two stories.
    public var linkageThreshold: Double = 0.5

    public init(referenceDate: CivilDate) {
        self.referenceDate = referenceDate
    }

    /// The options as report metadata, in a stable order.
    public var reportValues: [String: String] {
        [
            "reference_date": referenceDate.iso,
            "shingle_size": String(shingleSize),
            "num_permutations": String(numPermutations),
            "seed": String(seed),
            "near_copy_jaccard": String(nearCopyJaccard),
            "near_copy_containment": String(nearCopyContainment),
            "event_candidate_threshold": String(eventCandidateThreshold),
            "passage_evidence": String(passageEvidence),
            "weighted_overlap": String(weightedOverlap),
            "window_days": String(windowDays),
            "linkage_threshold": String(linkageThreshold),
        ]
    }
}
