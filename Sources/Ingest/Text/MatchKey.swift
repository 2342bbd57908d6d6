import Foundation

/// A loose spelling of a line used only to compare it with cue phrases, never shown or stored.
///
/// Scraped pages spell the same cue many ways: `اقرأ أيضا`, `إقرأ أيضاً`, `اقرا ايضا`, `À lire aussi`,
/// `A LIRE AUSSI`. The key lower-cases and removes Latin accents, removes Arabic harakat, tanween and tatweel, and
/// writes every alef with hamza or madda as a bare alef and alef maqsura as ya.
///
///     MatchKey.make("إقرأ أيضاً:")  // "اقرا ايضا:"
enum MatchKey {
    static func make(_ text: String) -> String {
        // Foundation's folding is slow; only letters beyond ASCII of cased scripts need it, and the accented Latin
        // letters of French and English text and the Cyrillic alphabet are folded from a table made by it once.
        var folding = Folding.none
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                guard bytes[index] >= 0x80 else {
                    index += 1
                    continue
                }
                let (value, length) = decode(bytes, at: index)
                index += length
                guard !foldsToItself(value) else { continue }
                guard tableIndex(value) != nil else {
                    folding = .foundation
                    return
                }
                folding = .table
            }
        }
        var folded: String
        switch folding {
        case .none: folded = text
        case .table: folded = foldedByTable(text)
        case .foundation: folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        let lowersASCII = folding != .foundation
        // Written as UTF-8 into a string of the input's size: no mapping below lengthens a scalar, and a space is
        // written only for white space read before it.
        return folded.withUTF8 { input in
            String(unsafeUninitializedCapacity: input.count) { output in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    if byte < 0x80 {
                        index += 1
                        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                            pendingSpace = count > 0
                            continue
                        }
                        if pendingSpace {
                            output[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        output[count] = lowersASCII && byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        count += 1
                        continue
                    }
                    let (value, length) = decode(input, at: index)
                    let mapped: UInt32
                    switch value {
                    case 0x064B...0x065F, 0x0670, 0x0640:
                        index += length
                        continue
                    case 0x0622, 0x0623, 0x0625, 0x0671: mapped = 0x0627
                    case 0x0649: mapped = 0x064A
                    case 0x2019, 0x2018: mapped = 0x27
                    default:
                        if isWhitespace(Unicode.Scalar(value) ?? "x") {
                            index += length
                            pendingSpace = count > 0
                            continue
                        }
                        mapped = value
                    }
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    if mapped == value {
                        for offset in 0..<length { output[count + offset] = input[index + offset] }
                        count += length
                    } else {
                        count += writeUTF8(mapped, to: output, at: count)
                    }
                    index += length
                }
                return count
            }
        }
    }

    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// Writes a scalar's UTF-8 encoding at `offset` and returns its length.
    @inline(__always)
    private static func writeUTF8(_ value: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int
    {
        switch value {
        case 0..<0x80:
            output[offset] = UInt8(value)
            return 1
        case 0x80..<0x800:
            output[offset] = UInt8(0xC0 | value >> 6)
            output[offset + 1] = UInt8(0x80 | value & 0x3F)
            return 2
        case 0x800..<0x10000:
            output[offset] = UInt8(0xE0 | value >> 12)
            output[offset + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
            output[offset + 2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            output[offset] = UInt8(0xF0 | value >> 18)
            output[offset + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
            output[offset + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
            output[offset + 3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }

    private enum Folding {
        /// Every scalar folds to itself (ASCII is lowered as it is read).
        case none
        /// Only scalars of the folding table need folding.
        case table
        /// Anything else: Foundation folds the whole line.
        case foundation
    }

    /// Latin-1 Supplement, Latin Extended-A and -B (French, English, Portuguese…), and Cyrillic.
    static let latinRange: ClosedRange<UInt32> = 0xC0...0x24F
    static let cyrillicRange: ClosedRange<UInt32> = 0x400...0x4FF

    @inline(__always)
    static func tableIndex(_ value: UInt32) -> Int? {
        if latinRange.contains(value) { return Int(value - latinRange.lowerBound) }
        // Cyrillic combining marks (U+0483–U+0489) fold away after a letter but not alone: Foundation reads them.
        if cyrillicRange.contains(value), !(0x483...0x489).contains(value) {
            return latinRange.count + Int(value - cyrillicRange.lowerBound)
        }
        return nil
    }

    /// Foundation's case and diacritic folding of each scalar of the two ranges as UTF-8, asked once per process, so a
    /// line folded through the table is what Foundation gives for the whole line (`MatchKeyTests` checks that).
    /// Scalar `i` of the table folds to `foldBytes[foldStarts[i]..<foldStarts[i + 1]]`.
    private static let foldTable: (bytes: [UInt8], starts: [Int]) = {
        var bytes: [UInt8] = []
        var starts = [0]
        for value in Array(latinRange) + Array(cyrillicRange) {
            let folded = String(Unicode.Scalar(value)!).folding(
                options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            bytes.append(contentsOf: folded.utf8)
            starts.append(bytes.count)
        }
        return (bytes, starts)
    }()

    /// The line with each table scalar replaced by its folding (other scalars fold to themselves but ASCII capitals,
    /// which `make` lowers).
    static func foldedByTable(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        let table = foldTable
        table.bytes.withUnsafeBufferPointer { folds in
            for scalar in text.unicodeScalars {
                if let index = tableIndex(scalar.value) {
                    bytes.append(
                        contentsOf: UnsafeBufferPointer(rebasing: folds[table.starts[index]..<table.starts[index + 1]]))
                } else {
                    appendUTF8(scalar, to: &bytes)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True for scalars that case and diacritic folding leave as they are (checked against Foundation): ASCII is only
    /// lower-cased, Arabic has no case, and typographic punctuation (quotes, dashes, spaces, «») is kept, except the
    /// zero-width non-joiner that folding drops. English and French text is full of curly quotes and dashes, and
    /// folding a line costs far more than reading it.
    @inline(__always)
    static func foldsToItself(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80, 0x0600...0x06FF, 0xA0, 0xAB, 0xBB, 0x2000...0x200B, 0x200D...0x206F: return true
        default: return false
        }
    }

    /// Unicode's White_Space property without the property-table look-up.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Appends a scalar's UTF-8 encoding.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { h in needle.withUTF8 { n in contains(h, n) } }
    }

    /// Byte-substring search without copying either side.
    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !n.isEmpty else { return true }
        guard n.count <= h.count else { return false }
        let first = n[0]
        var index = 0
        let last = h.count - n.count
        while index <= last {
            if h[index] == first {
                var matched = 1
                while matched < n.count && h[index + matched] == n[matched] { matched += 1 }
                if matched == n.count { return true }
            }
            index += 1
        }
        return false
    }
}
