import CrossCheckModel

/// Document frequencies counted on two cores: each half of the hash space (split by the lowest bit) has a
/// ``HashCounter`` of its own, filled by its own worker reading every document.
///
/// Counting a batch's passages and terms was the one serial stretch of building the verifier: tens of millions of
/// inserts into one table, twice as many in a night that reads back as many indexed articles as it adds. Two
/// disjoint tables need no merge, and a look-up goes to the table its key's bit names.
///
///     let counts = SplitHashCounter(documents: articles.count) { articles[$0].passageShingles.hashes }
///     counts.frequency(hash)
struct SplitHashCounter: Sendable {
    private let halves: [HashCounter]

    /// Each worker first estimates how many distinct keys its half has (``DistinctEstimate``), then counts them in
    /// a table of that size: a pass over the keys costs less than a table twice too large, or one that grows.
    ///
    /// - Parameters:
    ///   - documents: how many documents `keys` gives (by index).
    ///   - keys: the keys of document `index` (an array the document holds, so no copy is made); asked twice per
    ///     document and worker. An array rather than a callback per key: the loops over it are compiled inline, where
    ///     a call per key cost as much as the estimate itself.
    init(documents: Int, keys: @Sendable (_ index: Int) -> [UInt64]) {
        halves = ParallelMap.map([UInt64(0), 1]) { half in
            var estimate = DistinctEstimate()
            for index in 0..<documents {
                for key in keys(index) where key & 1 == half { estimate.add(key) }
            }
            // 3 % above the estimate (about four standard errors): a table that is still too small grows.
            var counter = HashCounter(expected: estimate.count + estimate.count / 32)
            for index in 0..<documents { counter.add(keys(index), lowBit: half) }
            return counter
        }
    }

    func frequency(_ key: UInt64) -> Int { halves[Int(key & 1)].frequency(key) }

    /// Runs `body` with a view of both tables for a loop of look-ups (``HashCounter/withReader(_:)``).
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        halves[0].withReader { even in halves[1].withReader { odd in body(Reader(even: even, odd: odd)) } }
    }

    /// Both tables, read through pointers: a key's table is picked by its lowest bit.
    struct Reader {
        let even: HashCounter.Reader
        let odd: HashCounter.Reader

        @inline(__always)
        func frequency(_ key: UInt64) -> Int { (key & 1 == 0 ? even : odd).frequency(key) }

        /// Asks for `key`'s slot ahead of its ``frequency(_:)``.
        @inline(__always)
        func prefetch(_ key: UInt64) { (key & 1 == 0 ? even : odd).prefetch(key) }
    }

    /// How many distinct keys were counted, and the slots of the two tables together.
    var size: (keys: Int, slots: Int) { (halves.reduce(0) { $0 + $1.count }, halves.reduce(0) { $0 + $1.capacity }) }
}
