/// FNV-1a over every value, 64 bits: enough to tell two index states apart in tests and scripts. A value counts by
/// its text, a blob by its bytes (its description would give only its length).
struct RowChecksum {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        add(bytes: text.utf8)
    }

    /// Adds a value's bytes (a blob's, or a text's UTF-8), then a separator that no UTF-8 text contains.
    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state &*= 0x0000_0100_0000_01b3
        }
        state ^= 0xff
        state &*= 0x0000_0100_0000_01b3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
