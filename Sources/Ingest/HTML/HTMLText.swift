/// Whitespace handling on UTF-8 bytes, for text runs of `HTMLTree`.
///
/// The same rules as `HTMLBlockScanner.isSpace` on scalars (ASCII spaces, no-break and typographic spaces, line
/// separators, zero-width space, BOM), without building a `String` first: a page's text is collapsed once, as bytes,
/// and only the kept blocks become strings.
///
///     HTMLText.collapse(Array(" a \u{00A0} b ".utf8))  // "a b" as UTF-8
enum HTMLText {
    /// The length of the scalar starting at `index` and whether it is whitespace.
    @inline(__always)
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, isSpace: Bool) {
        let lead = bytes[index]
        switch lead {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return (1, true)
        case 0..<0x80: return (1, false)
        case 0xC2:
            guard index + 1 < bytes.count else { return (1, false) }
            let next = bytes[index + 1]
            return (2, next == 0xA0 || next == 0x85)
        case 0xE1, 0xE2, 0xE3, 0xEF:
            guard index + 2 < bytes.count else { return (1, false) }
            let value =
                (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                | UInt32(bytes[index + 2] & 0x3F)
            return (3, HTMLBlockScanner.isSpace(Unicode.Scalar(value) ?? "x"))
        case 0xC0..<0xE0: return (2, false)
        case 0xE0..<0xF0: return (3, false)
        case 0xF0...: return (4, false)
        default: return (1, false)
        }
    }

    /// Joins runs of whitespace into one space and trims the ends.
    static func collapse(_ text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { bytes in
            var index = 0
            var pendingSpace = false
            while index < bytes.count {
                let (length, isSpace) = scalar(at: index, in: bytes)
                let end = min(index + length, bytes.count)
                if isSpace {
                    pendingSpace = !result.isEmpty
                } else {
                    if pendingSpace { result.append(0x20) }
                    pendingSpace = false
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                }
                index = end
            }
        }
        return result
    }

    /// `collapse(text)` as a `String` with its scalar count and its commas ("," and the Arabic "،"), in one pass
    /// written straight into the string (one allocation), for text blocks.
    static func collapsedString(_ text: UnsafeBufferPointer<UInt8>) -> (text: String, scalars: Int, commas: Int) {
        var scalars = 0
        var commas = 0
        let result = String(unsafeUninitializedCapacity: text.count) { output in
            let counted = collapseCounting(text, into: output)
            scalars = counted.scalars
            commas = counted.commas
            return counted.count
        }
        return (result, scalars, commas)
    }

    /// Collapses `bytes` into `output` (at least as long); returns the bytes written, scalars and commas.
    private static func collapseCounting(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> (count: Int, scalars: Int, commas: Int) {
        var scalars = 0
        var commas = 0
        var count = 0
        var index = 0
        var pendingSpace = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x80 {
                // ASCII other than space and controls: the common case, copied as it is.
                if pendingSpace {
                    output[count] = 0x20
                    count += 1
                    scalars += 1
                    pendingSpace = false
                }
                output[count] = byte
                count += 1
                scalars += 1
                if byte == 0x2C { commas += 1 }
                index += 1
                continue
            }
            if byte == 0x20 {
                // The plain space between words, without the scalar decoding below.
                pendingSpace = count > 0
                index += 1
                continue
            }
            let (length, isSpace) = scalar(at: index, in: bytes)
            let end = min(index + length, bytes.count)
            if isSpace {
                pendingSpace = count > 0
            } else {
                if pendingSpace {
                    output[count] = 0x20
                    count += 1
                    scalars += 1
                }
                pendingSpace = false
                // Counted on the collapsed bytes exactly as `HTMLBlockScanner` counted them on its string.
                for offset in index..<end {
                    let byte = bytes[offset]
                    output[count] = byte
                    count += 1
                    if byte & 0xC0 != 0x80 { scalars += 1 }
                    if byte == 0x2C || (byte == 0x8C && count >= 2 && output[count - 2] == 0xD8) {
                        commas += 1
                    }
                }
            }
            index = end
        }
        return (count, scalars, commas)
    }

    /// True when the bytes hold a scalar that is not whitespace.
    static func hasNonSpace(_ text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { hasNonSpace($0) }
    }

    static func hasNonSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let (length, isSpace) = scalar(at: index, in: bytes)
            if !isSpace { return true }
            index += length
        }
        return false
    }

    /// Counts the scalars that are not whitespace (for link-cluster sizes).
    static func nonSpaceScalars(_ text: ArraySlice<UInt8>) -> Int {
        text.withUnsafeBufferPointer { bytes in
            var index = 0
            var count = 0
            while index < bytes.count {
                let (length, isSpace) = scalar(at: index, in: bytes)
                if !isSpace { count += 1 }
                index += length
            }
            return count
        }
    }

    /// The scalar count of `collapse(text)`, without building it.
    static func collapsedScalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        var count = 0
        var pendingSpace = false
        while index < bytes.count {
            let (length, isSpace) = scalar(at: index, in: bytes)
            if isSpace {
                pendingSpace = count > 0
            } else {
                if pendingSpace { count += 1 }
                pendingSpace = false
                count += 1
            }
            index += length
        }
        return count
    }

    /// The number of scalars in valid UTF-8 (bytes that do not continue a sequence).
    static func scalarCount(_ text: [UInt8]) -> Int {
        var count = 0
        for byte in text where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// True when the lower-cased ASCII of `text` contains `needle` (given in lower case).
    static func containsLowercased<Bytes: Collection<UInt8>>(_ text: Bytes, _ needle: [UInt8]) -> Bool
    where Bytes.Index == Int {
        guard needle.count <= text.count, let first = needle.first else { return needle.isEmpty }
        let base = text.startIndex
        for offset in 0...(text.count - needle.count) {
            guard lower(text[base + offset]) == first else { continue }
            var matched = true
            for index in 1..<needle.count where lower(text[base + offset + index]) != needle[index] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }

    /// True when the lower-cased ASCII of `text` is `word` (given in lower case).
    static func equalsLowercased<Bytes: Collection<UInt8>>(_ text: Bytes, _ word: [UInt8]) -> Bool
    where Bytes.Index == Int {
        text.count == word.count && containsLowercased(text, word)
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
