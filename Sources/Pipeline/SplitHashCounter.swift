import CrossCheckModel

/// Document frequencies counted on two cores: each half of the hash space (split by the lowest bit) has a
/// ``HashCounter`` of its own, filled by its own worker reading every document.
///
/// Counting a batch's passages and terms was the one serial stretch of building the verifier: tens of millions of
/// inserts into one table, twice as many in a night that reads back as many indexed articles as it adds. Two
/// disjoint tables need no merge, and a look-up goes to the table its key's bit names.
///
///     let counts = SplitHashCounter(documents: articles.count, expected: total) { index, add in
///         for hash in articles[index].passageShingles.hashes { add(hash) }
///     }
///     counts.frequency(hash)
struct SplitHashCounter: Sendable {
    private let halves: [HashCounter]

    /// - Parameters:
    ///   - documents: how many documents `keys` enumerates (by index).
    ///   - expected: about how many distinct keys there are in all.
    ///   - keys: calls its second argument with each key of document `index`.
    init(
        documents: Int, expected: Int, keys: @Sendable (_ index: Int, _ add: (UInt64) -> Void) -> Void
    ) {
        halves = ParallelMap.map([UInt64(0), 1]) { half in
            var counter = HashCounter(expected: expected / 2)
            for index in 0..<documents {
                keys(index) { key in if key & 1 == half { counter.add(key) } }
            }
            return counter
        }
    }

    func frequency(_ key: UInt64) -> Int { halves[Int(key & 1)].frequency(key) }
}
