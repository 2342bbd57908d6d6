/// Counts 64-bit hashes in an open-addressing table: document frequencies for a whole batch.
///
/// A batch of 100,000 articles has tens of millions of (article, term) and (article, passage) entries; a Swift
/// `Dictionary` hashes every key again with SipHash and allocates as it grows, where these keys are already uniform
/// hashes. Linear probing, indexed by the key's high bits, is several times faster.
///
/// Each slot holds its key and its count side by side, so that a count costs one cache miss rather than two (the
/// tables are hundreds of megabytes, and nearly every access misses). The table is 7/4 of the keys expected rather
/// than the next power of two above twice as many: a slot is found by scaling the key's high bits to the table's
/// size (`(key × capacity) >> 64`), which needs no power of two, and a power of two doubled the table, with the
/// pages the kernel clears for it, each time the batch crossed one (a night's passage counts grew from 0.4 to
/// 0.8 GB a half for 1.8 times the articles).
struct HashCounter: Sendable {
    private struct Slot {
        var key: UInt64
        var count: Int32
    }

    private var slots: [Slot]
    private(set) var count = 0
    /// The table's slots: 7/4 of the keys expected, at least 16, and more than 4/3 of ``count``.
    var capacity: Int { slots.count }

    /// A table for about `expected` distinct keys; it doubles once it is three quarters full.
    init(expected: Int) {
        slots = Self.emptySlots(max(16, expected + expected * 3 / 4))
    }

    /// `count` empty slots, in huge pages where the kernel gives them on request (Linux's transparent huge pages in
    /// `madvise` mode): asked before the first touch, so that the table is faulted in 2 MB pages.
    private static func emptySlots(_ count: Int) -> [Slot] {
        [Slot](unsafeUninitializedCapacity: count) { buffer, initialized in
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: Slot(key: 0, count: 0))
            initialized = count
        }
    }

    /// Key 0 marks an empty slot, so hash 0 is stored as 1; one collision in 2⁶⁴ changes nothing measurable.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The key's first slot: its high bits scaled to the table.
    @inline(__always)
    private static func home(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: key.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    mutating func add(_ key: UInt64) {
        let key = Self.stored(key)
        if count * 4 >= slots.count * 3 { grow() }
        let capacity = slots.count
        let inserted = slots.withUnsafeMutableBufferPointer { slots in
            var slot = Self.home(key, capacity)
            while true {
                if slots[slot].key == key {
                    slots[slot].count += 1
                    return false
                }
                if slots[slot].key == 0 {
                    slots[slot] = Slot(key: key, count: 1)
                    return true
                }
                slot += 1
                if slot == capacity { slot = 0 }
            }
        }
        if inserted { count += 1 }
    }

    /// How many times `key` was added (0 if never).
    func frequency(_ key: UInt64) -> Int {
        let key = Self.stored(key)
        let capacity = slots.count
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.home(key, capacity)
            while true {
                if slots[slot].key == key { return Int(slots[slot].count) }
                if slots[slot].key == 0 { return 0 }
                slot += 1
                if slot == capacity { slot = 0 }
            }
        }
    }

    private mutating func grow() {
        let old = slots
        let capacity = old.count * 2
        slots = Self.emptySlots(capacity)
        slots.withUnsafeMutableBufferPointer { slots in
            for entry in old where entry.key != 0 {
                var slot = Self.home(entry.key, capacity)
                while slots[slot].key != 0 {
                    slot += 1
                    if slot == capacity { slot = 0 }
                }
                slots[slot] = entry
            }
        }
    }
}
