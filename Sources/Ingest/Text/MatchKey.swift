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
        // Foundation's folding is slow; only Latin letters beyond ASCII (and other cased scripts) need it.
        let needsFolding = text.unicodeScalars.contains { !foldsToItself($0.value) }
        // Without folding, ASCII capitals are lowered below, as the scalars are read (no lowered copy first).
        let folded =
            needsFolding ? text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) : text
        // Built as UTF-8 bytes: appending to a `String.UnicodeScalarView` one scalar at a time is slow.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640:
                continue
            case 0x0622, 0x0623, 0x0625, 0x0671:
                mapped = "\u{0627}"
            case 0x0649:
                mapped = "\u{064A}"
            case 0x2019, 0x2018:
                mapped = "'"
            default:
                if isWhitespace(scalar) {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                mapped =
                    !needsFolding && scalar.value >= 0x41 && scalar.value <= 0x5A
                    ? Unicode.Scalar(UInt8(scalar.value) + 0x20) : scalar
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            appendUTF8(mapped, to: &bytes)
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
