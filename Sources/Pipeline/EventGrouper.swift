import CrossCheckModel
import Similarity

/// Groups prepared articles into events: LSH candidates, verified pairs, then average-linkage clustering.
///
/// Two LSH passes feed one candidate list: 5-gram shingles at the near-copy threshold (reprints), and content
/// words at a low threshold (independent reports of one event share rare words, not phrasing). Every candidate is
/// then verified by ``PairVerifier``; only verified pairs become edges, and average linkage (a missing pair counts
/// as 0) decides the groups, so a chain A–B–C where A and C have nothing in common does not become one group.
struct EventGrouper: Sendable {
    let options: PipelineOptions

    struct Grouping: Sendable {
        var clusters: [Cluster]
        /// The assessed candidate pairs within a cluster, verified or not, keyed by (smaller index, larger index):
        /// those the group reports read.
        var assessments: [PairKey: PairAssessment]
        /// Every assessed candidate pair, in pair order, for explanations.
        var assessed: [PairAssessment] = []
        var timings = StageTimings()
        /// The verifier with the batch's TF-IDF vectors, for explanations; nil for a batch of one.
        var verifier: PairVerifier?

        /// The cluster index of each article.
        var clusterOf: [Int] { EventGrouper.clusterOf(clusters) }
    }

    /// The index in `clusters` of each article the clusters hold.
    static func clusterOf(_ clusters: [Cluster]) -> [Int] {
        var result = [Int](repeating: 0, count: clusters.reduce(0) { $0 + $1.members.count })
        for (index, cluster) in clusters.enumerated() {
            for member in cluster.members { result[member] = index }
        }
        return result
    }

    struct PairKey: Hashable, Sendable {
        var first: Int
        var second: Int
        init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }
    }

    func group(_ articles: [PreparedArticle]) -> Grouping {
        let count = articles.count
        guard count > 1 else {
            return Grouping(
                clusters: (0..<count).map { Cluster(members: [$0], minPairwiseSimilarity: 1, averageSimilarity: 1) },
                assessments: [:])
        }
        var timings = StageTimings()
        let verifier = timings.measure("tf-idf vectors") { PairVerifier(articles: articles, options: options) }
        let (clusters, assessed, _) = cluster(articles, verifier: verifier, from: 0, timings: &timings)
        // Keyed only within clusters, the pairs the reports look up (see `cluster`'s note).
        let clusterOf = Self.clusterOf(clusters)
        var assessments: [PairKey: PairAssessment] = [:]
        for assessment in assessed where clusterOf[assessment.first] == clusterOf[assessment.second] {
            assessments[PairKey(assessment.first, assessment.second)] = assessment
        }
        return Grouping(
            clusters: clusters, assessments: assessments, assessed: assessed, timings: timings, verifier: verifier)
    }

    /// Finds the candidate pairs of `articles` with at least one article from `first` on, verifies those among the
    /// articles from `first` on, and clusters those articles by their verified pairs.
    ///
    /// A batch clusters everything (`first` 0). A night puts the indexed articles it read back before tonight's:
    /// pairs of two indexed articles were settled on earlier nights and are not looked for, and tonight's pairs
    /// with indexed articles are scored by the same verifier, so average linkage compares like with like.
    ///
    /// The pairs of an earlier and a later article (a night's indexed article and one of tonight's) are returned
    /// unassessed: the clustering never reads them, and the night decides which of them to verify
    /// (``Pipeline/link(tonight:indexed:storedGroups:groupSizes:mergeStories:lookupLinks:timings:)``).
    ///
    /// - Returns: the clusters (member indices counted from `first`), the assessments of the pairs among the
    ///   articles from `first` on in pair order, with the pair's indices in `articles`, and the candidate pairs of an
    ///   article before `first` with one from `first` on, ascending (none when `first` is 0). Not keyed by pair here:
    ///   the reports read only the pairs within a group, and a table of all of them (1.6 million for 50,000
    ///   articles) cost a second of one core and 200 MB of fresh pages.
    ///
    /// - Parameters:
    ///   - crossPairs: false searches the articles from `first` on alone and returns no cross pairs (a night that
    ///     makes them from its lookup's pairs instead); their pairs are the same, as buckets hold what they hold.
    ///   - copySignatures: the copy-shingle signatures of the articles searched, when the caller has them already.
    func cluster(
        _ articles: [PreparedArticle], verifier: PairVerifier, from first: Int, crossPairs: Bool = true,
        copySignatures: SignatureMatrix? = nil, timings: inout StageTimings
    ) -> (clusters: [Cluster], assessed: [PairAssessment], cross: [PairKey]) {
        let ordered = timings.measure("minhash: LSH") {
            candidatePairs(
                articles, verifier: verifier, newFrom: first, alone: !crossPairs, copySignatures: copySignatures)
        }
        // Searched alone, the articles from `first` on gave their own pairs only: nothing to split (millions of pairs).
        let split = first > 0 && crossPairs
        let inner = split ? ordered.filter { $0.first >= first } : ordered
        let cross = split ? ordered.filter { $0.first < first } : []
        let assessed = timings.measure("verification (\(inner.count) pairs)") {
            ParallelMap.map(inner) { verifier.assess($0.first, $0.second) }
        }
        var edges: [(Int, Int, Double)] = []
        for assessment in assessed where assessment.verified {
            edges.append((assessment.first - first, assessment.second - first, assessment.score))
        }
        let clusters = timings.measure("clustering") {
            AverageLinkageClustering(threshold: options.linkageThreshold).clusters(
                count: articles.count - first, edges: edges)
        }
        return (clusters, assessed, cross)
    }

    /// Two assessment lists, each in pair order, merged into one in pair order.
    static func merged(_ a: [PairAssessment], _ b: [PairAssessment]) -> [PairAssessment] {
        var result: [PairAssessment] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && (a[i].first, a[i].second) < (b[j].first, b[j].second)) {
                result.append(a[i])
                i += 1
            } else {
                result.append(b[j])
                j += 1
            }
        }
        return result
    }

    /// The candidate pairs of a batch, ascending and without duplicates: near-copy LSH over 5-gram shingles, and
    /// keyword LSH over the heaviest terms of `verifier`'s TF-IDF vectors.
    ///
    /// - Parameters:
    ///   - boundary: the pairs of two articles before it are left out (a night's indexed articles, see
    ///     ``LSHIndex/candidatePairs(newFrom:)``); 0 keeps every pair.
    ///   - alone: true searches only the articles from `boundary` on (their pairs with each other, by their indices in
    ///     `articles`), signing none of the others.
    ///   - copySignatures: the MinHash signatures of the searched articles' copy shingles, one row each, when the
    ///     caller has them already (a night's, from its index keys); nil computes them.
    func candidatePairs(
        _ articles: [PreparedArticle], verifier: PairVerifier, newFrom boundary: Int = 0, alone: Bool = false,
        copySignatures: SignatureMatrix? = nil
    ) -> [PairKey] {
        let start = alone ? boundary : 0
        func pairs(_ index: LSHIndex) -> [(Int, Int)] {
            let found = boundary > start ? index.candidatePairs(newFrom: boundary) : index.candidatePairs()
            return start == 0 ? found : found.map { ($0.0 + start, $0.1 + start) }
        }
        let searched = articles[start...]
        precondition(copySignatures.map { $0.count == searched.count } ?? true, "a signature per article searched")
        let copySignatures = copySignatures ?? Self.copySignatures(of: searched, options: options)
        let copyParameters = LSHParameters.optimal(
            threshold: options.nearCopyJaccard, numPermutations: options.numPermutations)
        let copies = pairs(LSHIndex(signatures: copySignatures, parameters: copyParameters))
        let keywordParameters = LSHParameters.optimal(
            threshold: options.eventCandidateThreshold, numPermutations: options.numPermutations)
        let keywords = pairs(
            LSHIndex(signatures: keywordSignatures(Array(verifier.vectors[start...])), parameters: keywordParameters))
        return Self.union(copies, keywords)
    }

    /// The MinHash signatures of the articles' copy shingles, one row each, as the near-copy search bands them (and
    /// a night's index keys, ``Pipeline/bandKeys(_:)``).
    static func copySignatures(of articles: some Collection<PreparedArticle>, options: PipelineOptions)
        -> SignatureMatrix
    {
        MinHasher(numPermutations: options.numPermutations, seed: options.seed).signatures(
            of: articles.map { $0.copyShingles.hashes })
    }

    /// The union of two ascending pair lists without duplicates, ascending: a merge, where a hashed set of millions
    /// of pairs cost a tenth of the grouping.
    static func union(_ a: [(Int, Int)], _ b: [(Int, Int)]) -> [PairKey] {
        var result: [PairKey] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            let next: (Int, Int)
            if j == b.count || (i < a.count && a[i] <= b[j]) {
                next = a[i]
                if j < b.count && a[i] == b[j] { j += 1 }
                i += 1
            } else {
                next = b[j]
                j += 1
            }
            result.append(PairKey(next.0, next.1))
        }
        return result
    }

    /// Weighted MinHash signatures of each article's keywords (its heaviest TF-IDF terms), in parallel.
    private func keywordSignatures(_ vectors: [TermVector]) -> SignatureMatrix {
        let hasher = WeightedMinHasher(numPermutations: options.numPermutations, seed: options.seed)
        let keywords = options.keywordsPerArticle
        let rows = ParallelMap.map(vectors) { vector -> [UInt32] in
            let top = vector.heaviest(keywords)
            return hasher.signature(terms: top.terms, weights: top.weights)
        }
        return SignatureMatrix(
            numPermutations: options.numPermutations, values: rows.flatMap { $0 },
            emptyRows: vectors.map { $0.terms.isEmpty })
    }
}
