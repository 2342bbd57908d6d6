/// Which member of a group has each word gram, and whether a second member has it too: the passage finder's test
/// for "shared", one open-addressing table per group.
///
/// The grams are uniform 64-bit hashes, so a slot is taken from a key's high bits with linear probing, as
/// ``HashCounter`` does for a batch. This replaced one sort of every (gram, member, position) of the group, which with
/// the stored members of a night's groups was a tenth of the reports' time; a `Set` of grams, hashed again with
/// SipHash, had cost more than the sort.
///
///     var owners = GramOwners(expected: 3)
///     owners.add(7, member: 0); owners.add(7, member: 1); owners.add(9, member: 1)
///     owners.isShared(7)  // true; owners.isShared(9) == false
struct GramOwners {
    private var keys: [UInt64]
    /// The first member seen with the slot's key, `shared` once another has it, `empty` for a free slot.
    private var owners: [Int32]
    private let shift: UInt64
    private var count = 0
    private static let empty: Int32 = -1
    private static let shared: Int32 = -2

    /// A table for up to `expected` distinct grams, at most half full (it does not grow: the passage finder knows
    /// how many grams a group has).
    init(expected: Int) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * max(expected, 1) { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        owners = Array(repeating: Self.empty, count: 1 << bits)
        shift = 64 - bits
    }

    /// Records that `member` has the gram `key`.
    mutating func add(_ key: UInt64, member: Int32) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> shift)
        while owners[slot] != Self.empty {
            if keys[slot] == key {
                if owners[slot] != member { owners[slot] = Self.shared }
                return
            }
            slot = (slot + 1) & mask
        }
        precondition(count < keys.count / 2, "GramOwners holds more grams than it was made for")
        keys[slot] = key
        owners[slot] = member
        count += 1
    }

    /// Whether two or more members have the gram `key`.
    func isShared(_ key: UInt64) -> Bool { sharedSlot(key) >= 0 }

    /// The slot of the gram `key` when two or more members have it, else -1: a number below ``capacity`` that no other
    /// gram has, so that the passage finder joins shared grams in flat arrays rather than in dictionaries of hashes.
    func sharedSlot(_ key: UInt64) -> Int32 {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> shift)
        while owners[slot] != Self.empty {
            if keys[slot] == key { return owners[slot] == Self.shared ? Int32(truncatingIfNeeded: slot) : -1 }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// The table's slots: every ``sharedSlot(_:)`` is below it.
    var capacity: Int { keys.count }
}
