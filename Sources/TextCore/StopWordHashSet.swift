/// An open-addressing set of 64-bit token hashes: the stop-word test of the hashing fast path.
///
/// Token hashes are already uniform, so the low bits index the table directly (no re-hashing) and a lookup is one
/// or two loads. Zero marks an empty slot; a real hash of zero is remembered in a separate flag.
public struct StopWordHashSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    private let containsZero: Bool

    public init(_ hashes: [UInt64]) {
        var size = 16
        while size < hashes.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var containsZero = false
        for hash in hashes {
            if hash == 0 {
                containsZero = true
                continue
            }
            var index = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[index] != 0 && slots[index] != hash { index = (index + 1) & (size - 1) }
            slots[index] = hash
        }
        self.slots = slots
        self.mask = size - 1
        self.containsZero = containsZero
    }

    @inline(__always)
    public func contains(_ hash: UInt64) -> Bool {
        if hash == 0 { return containsZero }
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot == hash { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}
