/// Scalar-level folding that lets the extractor match a word however it was spelled.
///
/// Arabic news writes the same word with or without harakat, tatweel and hamza ("أمريكيًا", "امريكيا"), with
/// Arabic-Indic or Persian digits, and Latin text in any case and with or without accents. The fact tables are keyed
/// by folded words, so folding must be cheap: it works on single scalar values with no allocation.
///
///     ScalarFolding.fold(0x0623)  // أ → ا (0x0627)
///     ScalarFolding.isIgnorable(0x064B)  // tanween fatha: dropped inside words
enum ScalarFolding {
    /// The folded form of a scalar value: lower case, hamza seats on alef, alef maqsura, taa marbuta and accents folded.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627
        case 0x0649, 0x06CC: return 0x064A
        case 0x0629: return 0x0647
        case 0x06A9: return 0x0643
        case 0xC0...0xFF: return foldLatin1(value)
        case 0x0152, 0x0153: return 0x6F  // œ: "cœur" matches "coeur" closely enough
        default: return value
        }
    }

    private static func foldLatin1(_ value: UInt32) -> UInt32 {
        let lower = (value >= 0xC0 && value <= 0xDE && value != 0xD7) ? value + 0x20 : value
        switch lower {
        case 0xE0...0xE5: return 0x61
        case 0xE7: return 0x63
        case 0xE8...0xEB: return 0x65
        case 0xEC...0xEF: return 0x69
        case 0xF2...0xF6: return 0x6F
        case 0xF9...0xFC: return 0x75
        default: return lower
        }
    }

    /// True for scalars that are dropped inside a word: harakat, Quranic marks, tatweel, joiners, Latin combining marks.
    @inline(__always)
    static func isIgnorable(_ value: UInt32) -> Bool {
        switch value {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x0640, 0x200C, 0x200D, 0x0300...0x036F:
            return true
        default:
            return false
        }
    }

    /// The value of an ASCII, Arabic-Indic or Persian digit, or nil.
    @inline(__always)
    static func digit(_ value: UInt32) -> Int? {
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0x0660...0x0669: return Int(value - 0x0660)
        case 0x06F0...0x06F9: return Int(value - 0x06F0)
        default: return nil
        }
    }

    /// True for Arabic-script letters (the scalars Arabic words are made of, harakat excluded).
    @inline(__always)
    static func isArabicLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0621...0x063A, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06FA...0x06FC,
            0x0750...0x077F:
            return true
        default:
            return false
        }
    }

    /// True for scalars that belong to a word: letters of any script (digits are tokens of their own).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if isArabicLetter(value) { return true }
        if value >= 0x0600 && value <= 0x06FF { return false }
        return scalar.properties.isAlphabetic
    }

    /// True for apostrophes, which split French and English words ("jusqu'à", "aujourd'hui") without a token.
    @inline(__always)
    static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x2019 || value == 0x02BC
    }

    /// True for spaces inside a number that group thousands ("1 200" with a no-break or thin space).
    @inline(__always)
    static func isGroupSpace(_ value: UInt32) -> Bool {
        value == 0xA0 || value == 0x202F || value == 0x2009
    }

    /// FNV-1a over folded scalar values: the key of a word in every table.
    @inline(__always)
    static func hash(_ values: [UInt32], from start: Int = 0) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < values.count {
            hash = (hash ^ UInt64(values[index])) &* 0x0000_0100_0000_01B3
            index += 1
        }
        return hash
    }

    /// The Unicode scalars of a string decoded from its UTF-8 storage in one pass, with the UTF-8 bytes and the
    /// byte offset of every scalar (one more at the end), so that any scalar range can be cut back out as a string
    /// with a copy of bytes.
    ///
    /// `Array(text.unicodeScalars)` walks the string twice (count, then copy) through generic iterators, and
    /// building strings back from scalars is slower still; this is several times faster on Arabic text.
    static func decode(_ text: String) -> (scalars: [Unicode.Scalar], utf8: [UInt8], offsets: [Int32]) {
        var text = text
        return text.withUTF8 { bytes in
            var scalars = [Unicode.Scalar]()
            var offsets = [Int32]()
            scalars.reserveCapacity(bytes.count)
            offsets.reserveCapacity(bytes.count + 1)
            var index = 0
            let count = bytes.count
            while index < count {
                offsets.append(Int32(index))
                let lead = UInt32(bytes[index])
                var value: UInt32
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead < 0xE0, index + 1 < count {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0, index + 2 < count {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else if index + 3 < count {
                    value =
                        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                } else {
                    value = 0xFFFD
                    index = count
                }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            offsets.append(Int32(count))
            return (scalars, Array(bytes), offsets)
        }
    }
}
