/// The stored groups that tonight's clusters join, as stories: a stored group on its own, or several merged tonight.
///
/// A merge is decided on the stories as they stand when a cluster offers it, not on the two stored groups alone:
/// when an earlier cluster has merged A and B and a later one reaches B and C, C is weighed against all of A and B,
/// as average linkage over one batch would weigh it, so that two strong links do not chain three stories unchecked.
///
///     var stories = StoredStories(size: { sizes[$0] ?? 1 })
///     stories.merge(8, into: 7) { taken, takenSize, offered, offeredSize in linkage(...) >= bar }
///     stories.root(of: 8) == stories.root(of: 7)  // true when the merge was accepted
struct StoredStories {
    private var sets = DisjointSets<Int64>()
    /// Per story (by its root): its stored groups, and their members counted whole.
    private var groups: [Int64: [Int64]] = [:]
    private var sizes: [Int64: Int] = [:]
    /// The members of a stored group in the index.
    private let size: (Int64) -> Int

    init(size: @escaping (Int64) -> Int) {
        self.size = size
    }

    /// The story a stored group belongs to: its own label until it is merged.
    mutating func root(of label: Int64) -> Int64 {
        note(label)
        return sets.find(label)
    }

    /// Merges the story of `label` into the story of `first` when `accept` says so, given the stored groups and
    /// size of the story taken (first's) and of the one offered; nothing when they are one story already.
    mutating func merge(
        _ label: Int64, into first: Int64, if accept: (_ taken: [Int64], Int, _ offered: [Int64], Int) -> Bool
    ) {
        let (root, other) = (root(of: first), root(of: label))
        guard root != other, let taken = groups[root], let offered = groups[other],
            let takenSize = sizes[root], let offeredSize = sizes[other],
            accept(taken, takenSize, offered, offeredSize)
        else { return }
        sets.union(root, other)  // `union(a, b)` keeps a's root: `root` stays the story's key below
        groups[root] = taken + offered
        sizes[root] = takenSize + offeredSize
        (groups[other], sizes[other]) = (nil, nil)
    }

    /// Every stored group merged into another story, with that story's root.
    func merged() -> [Int64: Int64] {
        var found: [Int64: Int64] = [:]
        for (root, members) in groups {
            for label in members where label != root { found[label] = root }
        }
        return found
    }

    private mutating func note(_ label: Int64) {
        guard groups[label] == nil, sets.find(label) == label else { return }
        sets.add(label)
        groups[label] = [label]
        sizes[label] = size(label)
    }
}
