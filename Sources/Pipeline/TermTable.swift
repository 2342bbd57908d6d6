import TextCore

/// Counts an article's term hashes with their kind, in an open-addressing table.
///
/// An article has a few hundred distinct terms and word pairs; a `Dictionary` ran SipHash on each of its thousands
/// of lookups, though the keys are uniform hashes already. Linear probing on a power-of-two table indexed by their
/// high bits, as ``HashCounter`` does for a batch, made reading an article's terms about a third faster.
struct TermTable {
    private var keys: [UInt64]
    /// 0 marks an empty slot (a stored term has been counted at least once), so any key value can be stored.
    private var counts: [Int32]
    private var kinds: [EventTerms.Kind]
    private var mask: Int
    private(set) var count = 0

    init(expected: Int) {
        var size = 16
        while size < expected * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        counts = Array(repeating: 0, count: size)
        kinds = Array(repeating: .word, count: size)
        mask = size - 1
    }

    /// Counts one occurrence of `key`; its kind becomes the larger of those seen (a pair over a name over a word).
    mutating func add(_ key: UInt64, _ kind: EventTerms.Kind) {
        if count * 2 >= keys.count { grow() }
        var index = Int(truncatingIfNeeded: key >> 20) & mask
        while counts[index] > 0 {
            if keys[index] == key {
                counts[index] += 1
                if kinds[index] < kind { kinds[index] = kind }
                return
            }
            index = (index + 1) & mask
        }
        keys[index] = key
        counts[index] = 1
        kinds[index] = kind
        count += 1
    }

    /// The terms ascending, with their counts and kinds.
    func sorted() -> (terms: [UInt64], counts: [Int], kinds: [EventTerms.Kind]) {
        var terms: [UInt64] = []
        terms.reserveCapacity(count)
        for index in keys.indices where counts[index] > 0 { terms.append(keys[index]) }
        HashSort.sort(&terms)
        var sortedCounts: [Int] = []
        var sortedKinds: [EventTerms.Kind] = []
        sortedCounts.reserveCapacity(count)
        sortedKinds.reserveCapacity(count)
        for term in terms {
            let index = slot(of: term)
            sortedCounts.append(Int(counts[index]))
            sortedKinds.append(kinds[index])
        }
        return (terms, sortedCounts, sortedKinds)
    }

    private func slot(of key: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: key >> 20) & mask
        while keys[index] != key || counts[index] == 0 { index = (index + 1) & mask }
        return index
    }

    private mutating func grow() {
        let old = (keys, counts, kinds)
        keys = Array(repeating: 0, count: old.0.count * 2)
        counts = Array(repeating: 0, count: old.0.count * 2)
        kinds = Array(repeating: .word, count: old.0.count * 2)
        mask = keys.count - 1
        for position in old.0.indices where old.1[position] > 0 {
            var index = Int(truncatingIfNeeded: old.0[position] >> 20) & mask
            while counts[index] > 0 { index = (index + 1) & mask }
            keys[index] = old.0[position]
            counts[index] = old.1[position]
            kinds[index] = old.2[position]
        }
    }
}
