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
    /// LSH threshold on keyword sets for event candidates: low, so that reports in other words are still found.
    public var eventCandidateThreshold: Double = 0.05
    /// Keywords per article (its heaviest TF-IDF terms) that event candidates are searched by.
    public var keywordsPerArticle: Int = 30
    /// Weighted shared-passage evidence (word 4-grams shared by the pair, each weighted by how few other articles
    /// share it) from which a pair reports the same event. Quoting the same statement is the common mark of two
    /// reports of one event; a lone shared name phrase ("وزير الخارجية المغربي ناصر بوريطة") weighs about 2.
    public var passageEvidence: Double = 4
    /// Weight of a name (a capitalised word inside a sentence) in the TF-IDF vectors, relative to other words.
    public var nameWeight: Double = 2
    /// Weight of a pair of adjacent content words in the TF-IDF vectors, relative to single words.
    public var bigramWeight: Double = 1
    /// Publication dates further apart than this many days never join (when both are known).
    public var windowDays: Int = 7
    /// Average-linkage threshold on pair scores (TF-IDF cosine, or the passage and near-copy scores): a group holds
    /// only while the average score over all its pairs, a missing pair counting 0, stays at or above it, so one loose
    /// pair cannot chain two stories. Chosen on the ECB+ dev half, where 0.125–0.175 all give ARI ≥ 0.89.
    public var linkageThreshold: Double = 0.15

    /// Keep every assessed candidate pair with its reasons (`run --explain`); off by default, as a large batch has
    /// millions of candidates. Not an analysis setting: reports are the same either way.
    public var collectExplanations = false

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
            "keywords_per_article": String(keywordsPerArticle),
            "passage_evidence": String(passageEvidence),
            "name_weight": String(nameWeight),
            "bigram_weight": String(bigramWeight),
            "window_days": String(windowDays),
            "linkage_threshold": String(linkageThreshold),
        ]
    }
}
