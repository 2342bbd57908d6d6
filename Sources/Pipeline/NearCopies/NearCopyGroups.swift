import Dispatch
import Similarity

/// Near-copy groups of a signed corpus: LSH candidates, verified by estimated Jaccard, grouped without chaining.
///
/// This is the scale path (a million articles in a couple of minutes on two cores): only signatures are kept, so a
/// candidate is verified by its MinHash estimate (standard error ≤ √(J(1−J)/k), 0.044 at J = 0.5) instead of exact
/// shingle sets, and the groups come from ``AverageLinkageClustering`` at the same threshold, so a loose pair never
/// merges two groups and each group carries its smallest pairwise similarity.
public struct NearCopyGroups: Sendable {
    /// A verified or rejected candidate pair, by row (first < second).
    public struct Pair: Sendable, Hashable {
        public var first: Int
        public var second: Int
        public var estimate: Double
        public var verified: Bool
    }

    public var parameters: LSHParameters
    public var pairs: [Pair]
    /// Groups of two or more rows, sorted by first member.
    public var clusters: [Cluster]
    /// Building the band tables (the LSH insert).
    public var insertTime = StageTime()
    /// Collecting every pair that shares a bucket (the LSH query of all documents).
    public var queryTime = StageTime()
    /// Estimating the Jaccard of every candidate.
    public var verifyTime = StageTime()
    /// Average-linkage grouping of the verified pairs.
    public var clusterTime = StageTime()

    public var verifiedCount: Int { pairs.reduce(0) { $0 + ($1.verified ? 1 : 0) } }

    public init(corpus: SignedCorpus, options: NearCopyOptions) throws {
        parameters = try options.lshParameters()
        pairs = []
        clusters = []
        let signatures = corpus.signatures
        let parameters = parameters
        let index = insertTime.measure { LSHIndex(signatures: signatures, parameters: parameters) }
        let candidates = queryTime.measure { index.candidatePairs() }
        let threshold = options.threshold
        pairs = verifyTime.measure {
            [Pair](unsafeUninitializedCapacity: candidates.count) { buffer, initialized in
                let output = PairSlots(buffer: buffer)
                let blocks = max(1, min(256, candidates.count / 1024))
                DispatchQueue.concurrentPerform(iterations: blocks) { block in
                    let range = block * candidates.count / blocks..<(block + 1) * candidates.count / blocks
                    for position in range {
                        let (first, second) = candidates[position]
                        let estimate = signatures.estimatedJaccard(first, second)
                        (output.buffer.baseAddress! + position).initialize(
                            to: Pair(first: first, second: second, estimate: estimate, verified: estimate >= threshold))
                    }
                }
                initialized = candidates.count
            }
        }
        let verified = pairs.filter(\.verified)
        clusters = clusterTime.measure { Self.cluster(verified, threshold: threshold) }
    }
}

extension NearCopyGroups {
    /// Clusters only the rows that have a verified pair (a million singletons need no clustering), then maps the
    /// compact indices back to rows.
    static func cluster(_ verified: [Pair], threshold: Double) -> [Cluster] {
        var rows = verified.flatMap { [$0.first, $0.second] }
        rows.sort()
        var unique: [Int] = []
        unique.reserveCapacity(rows.count)
        for row in rows where unique.last != row { unique.append(row) }
        func compact(_ row: Int) -> Int {
            var low = 0
            var high = unique.count
            while low < high {
                let middle = (low + high) / 2
                if unique[middle] < row { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let edges = verified.map { (compact($0.first), compact($0.second), $0.estimate) }
        return AverageLinkageClustering(threshold: threshold).clusters(count: unique.count, edges: edges)
            .filter { $0.members.count > 1 }
            .map {
                Cluster(
                    members: $0.members.map { unique[$0] }, minPairwiseSimilarity: $0.minPairwiseSimilarity,
                    averageSimilarity: $0.averageSimilarity)
            }
    }
}

/// The output buffer of the parallel verification; each worker writes its own block of positions.
private struct PairSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<NearCopyGroups.Pair>
}
