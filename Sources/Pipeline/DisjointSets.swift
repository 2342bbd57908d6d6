/// Union–find over hashable values, with path halving: the stored stories a night merges (``StoredStories``), whose
/// ids are sparse row ids. (The passage finder numbers its grams densely and joins them in arrays of its own.)
///
///     var sets = DisjointSets<Int>(); sets.add(1); sets.add(2); sets.union(1, 2)
///     sets.find(2) == sets.find(1)  // true
struct DisjointSets<Element: Hashable> {
    private var parent: [Element: Element] = [:]

    mutating func add(_ element: Element) {
        if parent[element] == nil { parent[element] = element }
    }

    mutating func find(_ element: Element) -> Element {
        var current = element
        while let next = parent[current], next != current {
            let grand = parent[next] ?? next
            parent[current] = grand
            current = grand
        }
        return current
    }

    mutating func union(_ a: Element, _ b: Element) {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        parent[rootB] = rootA
    }
}
