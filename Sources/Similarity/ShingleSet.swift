import TextCore

/// A set of shingle hashes as a sorted array without duplicates: exact set measures in one merge pass.
///
/// MinHash estimates Jaccard; the exact value is needed to verify LSH candidates and for ``containment(in:)``, the
/// asymmetric measure that finds a wire story copied inside a longer article (Jaccard is low there because the long
/// article has many shingles of its own, but almost all of the wire copy's shingles are inside it).
///
///     let wire = ShingleSet([1, 2, 3])
///     let article = ShingleSet([1, 2, 3, 4, 5, 6])
///     wire.jaccard(article)        // 0.5
///     wire.containment(in: article) // 1.0
public struct ShingleSet: Hashable, Sendable {
    /// The hashes, ascending and unique.
    public let hashes: [UInt64]

    public init(_ hashes: [UInt64]) {
        var sorted = hashes
        HashSort.sort(&sorted)
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        self.hashes = sorted
    }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    /// |A ∩ B|, by merging the two sorted arrays.
    public func intersectionCount(_ other: ShingleSet) -> Int {
        var i = 0
        var j = 0
        var common = 0
        let a = hashes
        let b = other.hashes
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                common += 1
                i += 1
                j += 1
            }
        }
        return common
    }

    /// |A ∩ B| / |A ∪ B|; 0 when both are empty (two empty texts are not duplicates of each other).
    public func jaccard(_ other: ShingleSet) -> Double {
        let common = intersectionCount(other)
        let union = count + other.count - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    /// |A ∩ B| / |A|: how much of this set lies inside `other`; 0 when this set is empty.
    public func containment(in other: ShingleSet) -> Double {
        isEmpty ? 0 : Double(intersectionCount(other)) / Double(count)
    }
}
