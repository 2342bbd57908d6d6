/// Counts 64-bit hashes in an open-addressing table: document frequencies for a whole batch.
///
/// A batch of 100,000 articles has tens of millions of (article, term) and (article, passage) entries; a Swift
/// `Dictionary` hashes every key again with SipHash and allocates as it grows, where these keys are already uniform
/// hashes. Linear probing on a power-of-two table, indexed by the key's high bits, is several times faster.
struct HashCounter: Sendable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var mask: Int
    private(set) var count = 0
    /// The table's slots: a power of two, at least twice ``count``.
    var capacity: Int { keys.count }

    /// A table for about `expected` distinct keys, kept at most half full; it doubles when that is passed.
    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        counts = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Key 0 marks an empty slot, so hash 0 is stored as 1; one collision in 2⁶⁴ changes nothing measurable.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    mutating func add(_ key: UInt64) {
        let key = Self.stored(key)
        if count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key >> 20) & mask
        while true {
            if keys[slot] == key {
                counts[slot] += 1
                return
            }
            if keys[slot] == 0 {
                keys[slot] = key
                counts[slot] = 1
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// How many times `key` was added (0 if never).
    func frequency(_ key: UInt64) -> Int {
        let key = Self.stored(key)
        var slot = Int(truncatingIfNeeded: key >> 20) & mask
        while true {
            if keys[slot] == key { return Int(counts[slot]) }
            if keys[slot] == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldCounts = counts
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        counts = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key >> 20) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            counts[slot] = oldCounts[index]
        }
    }
}
