/// The slots of an open-addressing table whose entries are keyed by byte strings: an FNV-1a hash of the bytes, and
/// a byte comparison that the owner does (it keeps the entries and their bytes).
///
/// Two per-page memos use it: the class names the pre-pass judges (`ClassNameFeatures`) and the class and id
/// values whose evidence `ClassEvidence.Cache` reads. A page repeats a few dozen values thousands of times, and the
/// table answers without making a `String`. Slots hold entry index + 1 (0 when free); there are a power of two of
/// them, at most half full.
///
///     var slots = ByteKeySlots(count: 256)
///     let hash = ByteKeySlots.hash(name)
///     let (slot, found) = slots.probe(hash: hash) { entries[$0].equals(name) }
///     if found == nil { entries.append(entry); slots.insert(entries.count - 1, at: slot) { entries[$0].hash } }
struct ByteKeySlots {
    private var slots: [Int32]

    init(count: Int) { slots = [Int32](repeating: 0, count: count) }

    /// FNV-1a over the bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The entry whose hash is `hash` and for which `matches` holds, or the free slot where such an entry would go.
    func probe(hash: UInt64, matches: (Int) -> Bool) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Self.start(hash, mask)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if matches(entry) { return (slot, entry) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// Records `entry` (the newest, numbered 0… in the order added) in the free `slot` that ``probe(hash:matches:)``
    /// gave, and doubles the slots once half are taken, placing every entry again by `hashOf`.
    mutating func insert(_ entry: Int, at slot: Int, hashOf: (Int) -> UInt64) {
        slots[slot] = Int32(entry + 1)
        guard (entry + 1) * 2 > slots.count else { return }
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for index in 0...entry {
            var slot = Self.start(hashOf(index), mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    private static func start(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }
}
