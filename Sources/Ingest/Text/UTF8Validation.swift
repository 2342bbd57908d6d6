import Foundation

/// Finds the first byte that is not part of a well-formed UTF-8 sequence, so a failure can say where to look.
///
/// Follows the Unicode table of well-formed sequences (no overlongs, no surrogates, nothing above U+10FFFF).
///
///     UTF8Validation.firstInvalidOffset(Data([0x61, 0xC3, 0x28]))  // 1
enum UTF8Validation {
    static func firstInvalidOffset(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            let count = bytes.count
            while index < count {
                // Markup is mostly ASCII: skip 32 ASCII bytes at a time, then eight.
                let base = UnsafeRawPointer(bytes.baseAddress!)
                while index + 32 <= count {
                    let any =
                        base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                        | base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                        | base.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                        | base.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
                    if any & 0x8080_8080_8080_8080 != 0 { break }
                    index += 32
                }
                while index + 8 <= count,
                    UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    high = 0x9F
                case 0xF0:
                    length = 4
                    low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    high = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                guard bytes[index + 1] >= low && bytes[index + 1] <= high else { return index }
                for next in 2..<length where bytes[index + next] & 0xC0 != 0x80 {
                    return index
                }
                index += length
            }
            return nil
        }
    }
}
