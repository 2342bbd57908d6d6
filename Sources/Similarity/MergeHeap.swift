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
