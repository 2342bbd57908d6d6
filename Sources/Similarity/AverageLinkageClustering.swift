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

/// Sum, count and minimum of the edges between two groups.
struct Link {
    var sum: Double
    var count: Int
    var minimum: Double

    mutating func absorb(_ other: Link) {
        sum += other.sum
        count += other.count
        minimum = Swift.min(minimum, other.minimum)
    }
}

/// The groups during clustering, indexed by a representative document.
struct MergeState {
    var links: [[Int: Link]]
    var members: [[Int]]
    var withinLinks: [Link]
    var versions: [Int]
    var alive: [Bool]

    init(count: Int) {
        links = Array(repeating: [:], count: count)
        members = (0..<count).map { [$0] }
        withinLinks = Array(repeating: Link(sum: 0, count: 0, minimum: 1), count: count)
        versions = Array(repeating: 0, count: count)
        alive = Array(repeating: true, count: count)
    }

    mutating func addEdge(_ first: Int, _ second: Int, _ similarity: Double) {
        let value = Swift.max(links[first][second]?.sum ?? 0, similarity)
        let link = Link(sum: value, count: 1, minimum: value)
        links[first][second] = link
        links[second][first] = link
    }

    /// Merges two groups; the one with more neighbours absorbs the other (small-to-large). Returns the survivor.
    mutating func merge(_ first: Int, _ second: Int) -> Int {
        let firstLarger =
            links[first].count > links[second].count
            || (links[first].count == links[second].count && first < second)
        let (kept, absorbed) = firstLarger ? (first, second) : (second, first)
        var merged = withinLinks[kept]
        merged.absorb(withinLinks[absorbed])
        if let cross = links[kept].removeValue(forKey: absorbed) { merged.absorb(cross) }
        withinLinks[kept] = merged
        let absorbedLinks = links[absorbed]
        links[absorbed] = [:]
        for (other, link) in absorbedLinks where other != kept {
            links[other][absorbed] = nil
            var combined = links[kept][other] ?? Link(sum: 0, count: 0, minimum: 1)
            combined.absorb(link)
            links[kept][other] = combined
            links[other][kept] = combined
        }
        members[kept].append(contentsOf: members[absorbed])
        members[absorbed] = []
        alive[absorbed] = false
        versions[kept] += 1
        versions[absorbed] += 1
        return kept
    }

    func result() -> [Cluster] {
        var clusters: [Cluster] = []
        for node in members.indices where alive[node] {
            let sorted = members[node].sorted()
            let size = sorted.count
            if size == 1 {
                clusters.append(Cluster(members: sorted, minPairwiseSimilarity: 1, averageSimilarity: 1))
                continue
            }
            let pairs = size * (size - 1) / 2
            let link = withinLinks[node]
            clusters.append(
                Cluster(
                    members: sorted, minPairwiseSimilarity: link.count == pairs ? link.minimum : 0,
                    averageSimilarity: link.sum / Double(pairs)))
        }
        clusters.sort { $0.members[0] < $1.members[0] }
        return clusters
    }
}

/// A possible merge, valid while both groups still have the versions it was computed at.
struct MergeCandidate {
    var score: Double
    var first: Int
    var second: Int
    var firstVersion: Int
    var secondVersion: Int

    /// Higher score first; ties broken by the smaller pair so that the order never depends on insertion order.
    func precedes(_ other: MergeCandidate) -> Bool {
        if score != other.score { return score > other.score }
        if first != other.first { return first < other.first }
        return second < other.second
    }
}

/// A binary max-heap of merge candidates.
struct MergeHeap {
    private var items: [MergeCandidate] = []

    mutating func push(_ item: MergeCandidate) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].precedes(items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> MergeCandidate? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < items.count && items[left].precedes(items[best]) { best = left }
            if right < items.count && items[right].precedes(items[best]) { best = right }
            if best == parent { break }
            items.swapAt(parent, best)
            parent = best
        }
        return top
    }
}
