/// A position in the bytes of a JSON text, with the few reads the hand-written readers need: the near-copy
/// scanner's JSONL lines (`JSONLTextScanner`) and the nightly index's stored facts (`StoredFactsReader`). Both
/// know the shape they read, so neither builds a tree of values.
public struct JSONCursor {
    public let bytes: UnsafeBufferPointer<UInt8>
    public var offset = 0

    public init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next byte, nil at the end.
    public var next: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    public mutating func skipSpace() {
        while offset < bytes.count,
            bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0D || bytes[offset] == 0x0A
        {
            offset += 1
        }
    }

    /// Consumes `byte` when it is next.
    public mutating func take(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    /// A JSON string, unescaped; nil (cursor unchanged) when the next value is not a well-formed string.
    ///
    /// - Parameter strict: refuse, as `JSONDecoder` does, a control character written as is and a `\u` escape of a
    ///   lone surrogate; otherwise the first is kept and the second read as U+FFFD (a line of a crawl is read as
    ///   well as it can be).
    public mutating func string(strict: Bool = false) -> String? {
        guard offset < bytes.count, bytes[offset] == 0x22 else { return nil }
        let start = offset + 1
        var index = start
        while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x5C {
            if strict && bytes[index] < 0x20 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x22 {
            offset = index + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }
        var output = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                offset = index + 1
                return String(decoding: output, as: UTF8.self)
            }
            if byte != 0x5C {
                if strict && byte < 0x20 { return nil }
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case 0x22, 0x5C, 0x2F: output.append(escape)
            case 0x62: output.append(0x08)
            case 0x66: output.append(0x0C)
            case 0x6E: output.append(0x0A)
            case 0x72: output.append(0x0D)
            case 0x74: output.append(0x09)
            case 0x75:
                guard var unit = hex4(at: index) else { return nil }
                index += 4
                if unit >= 0xD800 && unit < 0xDC00, bytes.count > index + 1, bytes[index] == 0x5C,
                    bytes[index + 1] == 0x75, let low = hex4(at: index + 2), low >= 0xDC00 && low < 0xE000
                {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                if strict && Unicode.Scalar(unit) == nil { return nil }
                let scalar = Unicode.Scalar(unit) ?? "\u{FFFD}"
                output.append(contentsOf: String(scalar).utf8)
            default: return nil
            }
        }
        return nil
    }

    private func hex4(at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in start..<start + 4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// A JSON number as written.
    public mutating func number() -> String? {
        let start = offset
        while offset < bytes.count, (0x30...0x39).contains(bytes[offset]) || "+-.eE".utf8.contains(bytes[offset]) {
            offset += 1
        }
        guard offset > start else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// Skips any JSON value (string, number, literal, object or array); false when it is malformed.
    public mutating func skipValue() -> Bool {
        guard offset < bytes.count else { return false }
        if bytes[offset] == 0x22 { return string() != nil }
        var depth = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case 0x22:
                guard string() != nil else { return false }
                if depth == 0 { return true }
                continue
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                if depth == 0 { return true }
                depth -= 1
                if depth == 0 {
                    offset += 1
                    return true
                }
            case 0x2C:
                if depth == 0 { return true }
            default: break
            }
            offset += 1
        }
        return depth == 0
    }
}
