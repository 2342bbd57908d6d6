/// Dense numbers for a set of 64-bit band keys, in an open-addressing table.
///
/// The window lookup asks, for each of the ~89 keys of each of hundreds of thousands of indexed articles, whether
/// tonight has that key; most answers are no. The keys are already uniform hashes, so linear probing on a
/// power-of-two table indexed by their high bits answers without hashing them again, where a `Dictionary` ran
/// SipHash on every one (a quarter of the lookup's time). The table is far larger than the caches, so each question
/// costs a memory access: an empty place is a zero key, so a "no" reads only the key array, and the number array is
/// read for a "yes". The key zero itself is kept apart.
///
/// A bit per key, set at a place picked by the key's low bits in an array of at least eight bits per place the
/// table may fill, answers most "no"s before the key array is read: about 31 million questions a night, nine in ten
/// of them "no", went to a 134 MB key array (a cache and TLB miss each); the bits take 8 MB.
struct KeySlotTable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private let mask: Int
    /// One bit per place, set for every key held (low bits of the key pick the bit; the places use its high bits).
    private var present: [UInt64]
    private let presentMask: Int
    /// The number of the key zero, when the table holds it.
    private var zeroSlot: Int32 = -1
    /// How many distinct keys the table holds; they are numbered 0..<count in insertion order.
    private(set) var count = 0

    /// A table for up to `capacity` distinct keys, at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        // At least 8 bits per key the table may hold (size / 2): a "no" passes the bit test at most about 1 time in 8.
        present = Array(repeating: 0, count: max(1, size * 4 / 64))
        presentMask = present.count * 64 - 1
    }

    /// The number of `key`, given the next free number when it is new.
    mutating func insert(_ key: UInt64) {
        if key == 0 {
            if zeroSlot < 0 {
                zeroSlot = Int32(count)
                count += 1
            }
            return
        }
        var index = Int(truncatingIfNeeded: key >> 20) & mask
        while keys[index] != 0 {
            if keys[index] == key { return }
            index = (index + 1) & mask
        }
        precondition(count * 2 < keys.count, "KeySlotTable is full; give a larger capacity")
        let bit = Int(truncatingIfNeeded: key) & presentMask
        present[bit >> 6] |= 1 << UInt64(bit & 63)
        keys[index] = key
        slots[index] = Int32(count)
        count += 1
    }

    /// The number of `key`, or nil when the table does not hold it.
    @inline(__always)
    func slot(of key: UInt64) -> Int? {
        if key == 0 { return zeroSlot < 0 ? nil : Int(zeroSlot) }
        let bit = Int(truncatingIfNeeded: key) & presentMask
        guard present.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return keys.withUnsafeBufferPointer { keys -> Int? in
            var index = Int(truncatingIfNeeded: key >> 20) & mask
            while true {
                let found = keys[index]
                if found == key { return Int(slots[index]) }
                if found == 0 { return nil }
                index = (index + 1) & mask
            }
        }
    }
}
