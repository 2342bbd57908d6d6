/// A read-only hash table from word keys to a bit set of the tables that know the word.
///
/// Every article word is looked up here once while tokenizing (twice or three times for Arabic words with clitics),
/// so it is an open-addressing table with a multiplicative hash instead of a `Set` with SipHash: the keys are
/// already FNV hashes, and nothing here is exposed to untrusted collisions that matter.
///
///     let index = WordIndex([key: 0b101])
///     index.mask(of: key)  // 0b101
struct WordIndex: Sendable {
    private var keys: [UInt64]
    private var masks: [UInt16]
    private let shift: UInt64

    init(_ entries: [UInt64: UInt16]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 3 { bits += 1 }
        let capacity = 1 << Int(bits)
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: capacity)
        masks = [UInt16](repeating: 0, count: capacity)
        for (key, mask) in entries.sorted(by: { $0.key < $1.key }) where key != 0 {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            masks[slot] = mask
        }
    }

    /// The table bits of a word, or nil when no table knows it.
    @inline(__always)
    func mask(of key: UInt64) -> UInt16? {
        let limit = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return masks[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & limit
        }
    }
}
