/// Agglomerative clustering with average linkage on a sparse similarity graph.
///
/// Two groups merge only when the *average* similarity over all their cross pairs reaches ``threshold``, a missing
/// pair counting as 0. So a single loose pair can never chain two groups (single linkage's failure: A~B and B~C put
/// A and C together even when they share nothing); here A–B 0.9, B–C 0.9, A–C absent gives {A, B} then an average of
/// 0.45 to C, below a 0.5 threshold.
///
/// Because missing pairs count as 0, two groups with no edge between them have average 0 and never merge; the
/// algorithm only looks across existing edges. It keeps, per group, a map from neighbouring groups to the sum,
/// count and minimum of the edges between them, and a max-heap of candidate merges with lazy invalidation (a version
/// per group). Average linkage is reducible, so merging the globally best pair first gives the exact result.
///
/// - Complexity: O(E log E) for E edges with small-to-large merging of neighbour maps; memory O(N + E).
///
///     let clustering = AverageLinkageClustering(threshold: 0.5)
///     clustering.clusters(count: 3, edges: [(0, 1, 0.9), (1, 2, 0.9)])  // [[0, 1], [2]]
public struct AverageLinkageClustering: Hashable, Sendable {
    /// The lowest average similarity at which two groups merge, in (0, 1].
    public let threshold: Double

    public init(threshold: Double) {
        precondition(threshold > 0 && threshold <= 1, "the clustering threshold must be in (0, 1]")
        self.threshold = threshold
    }

    /// Clusters documents `0..<count` given similarity edges `(i, j, similarity)`.
    ///
    /// Self-loops are ignored, similarities are clamped to [0, 1] and a pair given twice keeps its highest value.
    /// Every document appears in exactly one cluster (singletons included); clusters are sorted by first member.
    public func clusters(count: Int, edges: [(Int, Int, Double)]) -> [Cluster] {
        var state = MergeState(count: count)
        for (first, second, similarity) in edges where first != second {
            precondition(first >= 0 && first < count && second >= 0 && second < count, "edge outside 0..<\(count)")
            state.addEdge(first, second, min(1, max(0, similarity)))
        }
        var heap = MergeHeap()
        for node in 0..<count {
            for (other, link) in state.links[node] where node < other && link.sum >= threshold {
                heap.push(
                    MergeCandidate(score: link.sum, first: node, second: other, firstVersion: 0, secondVersion: 0))
            }
        }
        while let best = heap.pop() {
            guard state.versions[best.first] == best.firstVersion, state.versions[best.second] == best.secondVersion,
                state.alive[best.first], state.alive[best.second]
            else { continue }
            let kept = state.merge(best.first, best.second)
            for (other, link) in state.links[kept] {
                let average = link.sum / Double(state.members[kept].count * state.members[other].count)
                guard average >= threshold else { continue }
                let (first, second) = kept < other ? (kept, other) : (other, kept)
                heap.push(
                    MergeCandidate(
                        score: average, first: first, second: second, firstVersion: state.versions[first],
                        secondVersion: state.versions[second]))
            }
        }
        return state.result()
    }
}
