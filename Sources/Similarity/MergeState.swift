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
