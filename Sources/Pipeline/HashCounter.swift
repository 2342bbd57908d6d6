import CPrefetch

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
///
/// Counting a document's keys asks for the slot of a key a few places ahead before it takes the current one
/// (``add(_:lowBit:)``), and so does a reader of frequencies (``Reader/prefetch(_:)``): the misses of several keys
/// then overlap instead of coming one after another.
struct HashCounter: Sendable {
    fileprivate struct Slot {
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
    fileprivate static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The key's first slot: its high bits scaled to the table.
    @inline(__always)
    fileprivate static func home(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: key.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    /// Where the first slot of `key` (already ``stored(_:)``) lies in a table of `capacity` slots at `base`: what a
    /// loop asks the processor for ahead of the key.
    @inline(__always)
    fileprivate static func address(of key: UInt64, in base: UnsafeRawPointer, _ capacity: Int) -> UnsafeRawPointer {
        base + home(key, capacity) * MemoryLayout<Slot>.stride
    }

    /// How many keys ahead a counting or reading loop asks for a slot: far enough for the slot to arrive before the
    /// key is taken, near enough for it to be still in the cache then.
    static let lookahead = 16

    /// Adds every key of `keys` whose lowest bit is `lowBit` (the others belong to the other half of a
    /// ``SplitHashCounter``), asking for each one's slot ``lookahead`` keys before counting it.
    ///
    /// A stretch of the keys at a time: its keys of this half are first copied out without a branch (the lowest
    /// bit is a coin toss, which the processor cannot predict), and the table is grown beforehand for the worst
    /// case, every one of them new, so that it does not move while they are counted.
    mutating func add(_ keys: [UInt64], lowBit: UInt64) {
        let stretch = 1_024
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: stretch) { mine in
            keys.withUnsafeBufferPointer { keys in
                for start in stride(from: 0, to: keys.count, by: stretch) {
                    var taken = 0
                    for key in keys[start..<min(keys.count, start + stretch)] {
                        mine[taken] = Self.stored(key)
                        taken &+= Int(truncatingIfNeeded: (key ^ lowBit ^ 1) & 1)
                    }
                    while (count + taken) * 4 >= slots.count * 3 { grow() }
                    let capacity = slots.count
                    var added = 0
                    slots.withUnsafeMutableBufferPointer { slots in
                        let base = UnsafeRawPointer(slots.baseAddress!)
                        for index in 0..<taken {
                            if index + Self.lookahead < taken {
                                cc_prefetch_write(Self.address(of: mine[index + Self.lookahead], in: base, capacity))
                            }
                            if Self.insert(mine[index], into: slots, capacity: capacity) { added += 1 }
                        }
                    }
                    count += added
                }
            }
        }
    }

    /// Counts `key` (already ``stored(_:)``) in a table with room for it: whether it was new.
    @inline(__always)
    private static func insert(_ key: UInt64, into slots: UnsafeMutableBufferPointer<Slot>, capacity: Int) -> Bool {
        var slot = home(key, capacity)
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

    /// How many times `key` was added (0 if never).
    func frequency(_ key: UInt64) -> Int { withReader { $0.frequency(key) } }

    /// Runs `body` with a view of the table for a loop of look-ups: the table is reached once for the loop rather
    /// than once (a reference count up and down) per key.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        slots.withUnsafeBufferPointer { body(Reader(slots: $0)) }
    }

    /// The table, read through a pointer, for the length of a ``withReader(_:)``.
    struct Reader {
        fileprivate let slots: UnsafeBufferPointer<Slot>

        /// How many times `key` was added (0 if never).
        @inline(__always)
        func frequency(_ key: UInt64) -> Int {
            let key = HashCounter.stored(key)
            let capacity = slots.count
            var slot = HashCounter.home(key, capacity)
            while true {
                if slots[slot].key == key { return Int(slots[slot].count) }
                if slots[slot].key == 0 { return 0 }
                slot += 1
                if slot == capacity { slot = 0 }
            }
        }

        /// Asks for the cache line of `key`'s slot, ahead of its ``frequency(_:)``.
        @inline(__always)
        func prefetch(_ key: UInt64) {
            cc_prefetch_read(
                HashCounter.address(of: HashCounter.stored(key), in: UnsafeRawPointer(slots.baseAddress!), slots.count))
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
