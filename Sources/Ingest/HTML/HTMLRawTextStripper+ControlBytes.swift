extension HTMLRawTextStripper {
    /// A byte below 0x20 other than tab, line feed and carriage return.
    ///
    /// Script bodies are a third of a page's bytes and are all read here, eight bytes at a time with exact per-byte
    /// tests (line feeds are in almost every word of code, so "some byte below 0x20" alone would not skip much).
    static func hasControlByte(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= end {
            if controlBytes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) != 0 { return true }
            index += 8
        }
        while index < end {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            index += 1
        }
        return false
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of each byte of `word` that is a control byte (below 0x20, not tab, line feed or carriage
    /// return). Each test stays inside its byte (no carry crosses into the next), so the answer is exact.
    @inline(__always) private static func controlBytes(_ word: UInt64) -> UInt64 {
        // Below 0x20: the high bit clear, and the low seven bits plus 0x60 do not reach 0x80.
        let below = ~(((word & lowBits) &+ ones &* 0x60) | word) & highBits
        guard below != 0 else { return 0 }
        return below & ~equalBytes(word, 0x09) & ~equalBytes(word, 0x0A) & ~equalBytes(word, 0x0D)
    }

    /// The high bit of each byte of `word` equal to `byte`.
    @inline(__always) private static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return ~(((difference & lowBits) &+ lowBits) | difference) & highBits
    }
}
