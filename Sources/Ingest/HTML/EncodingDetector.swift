import Foundation

/// Guesses the encoding of bytes that are not UTF-8, among the legacy sets news pages still use.
///
/// Arabic text in a one-byte encoding is long runs of bytes above 0x80 between spaces, while Latin text has a few
/// accented bytes inside ASCII words; that tells Arabic from Latin. windows-1256 and ISO-8859-6 place letters
/// differently: the frequent yeh is 0xED in windows-1256 and 0xEA in ISO-8859-6 (where 0xED is a diacritic and 0xEA
/// in windows-1256 is "ê"), and waw is 0xE6 against 0xE8. Counting those bytes decides between the two.
///
///     EncodingDetector.legacy(Data([0xC7, 0xE1, 0xED, 0xE6, 0xE3]))  // "windows-1256" ("اليوم")
enum EncodingDetector {
    /// `windows-1256`, `ISO-8859-6` or `windows-1252`.
    static func legacy(_ data: Data) -> String {
        var high = 0
        var highAfterHigh = 0
        var windowsArabic = 0
        var isoArabic = 0
        var previousHigh = false
        for byte in data {
            let isHigh = byte >= 0x80
            if isHigh {
                high += 1
                if previousHigh { highAfterHigh += 1 }
                switch byte {
                case 0xED, 0xE6, 0xE1: windowsArabic += 1
                case 0xEA, 0xE8, 0xE4: isoArabic += 1
                default: break
                }
            }
            previousHigh = isHigh
        }
        // Latin text: accented letters mostly stand alone between ASCII letters.
        guard high > 0, Double(highAfterHigh) / Double(high) > 0.5 else { return "windows-1252" }
        return isoArabic > windowsArabic ? "ISO-8859-6" : "windows-1256"
    }

    /// True when most non-ASCII bytes form valid UTF-8 sequences: a UTF-8 page with a few damaged bytes (a
    /// truncated copy, one pasted Latin-1 character), which is best read as UTF-8 with those bytes replaced.
    static func isMostlyUTF8(_ data: Data) -> Bool {
        var valid = 0
        var invalid = 0
        var index = data.startIndex
        while index < data.endIndex {
            let lead = data[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length =
                lead >= 0xF0 && lead <= 0xF4
                ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0
            var ok = length > 0 && index + length <= data.endIndex
            if ok {
                for next in 1..<length where data[index + next] & 0xC0 != 0x80 { ok = false }
            }
            if ok {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return valid >= 4 * invalid
    }

    /// True when the data holds at least one multi-byte UTF-8 sequence (valid UTF-8 that is not plain ASCII).
    static func hasMultiByteUTF8(_ data: Data) -> Bool {
        // Read through a buffer pointer, eight bytes at a time: `Data`'s own iterator goes byte by byte.
        data.withUnsafeBytes { raw in
            var index = 0
            while index + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return true
                }
                index += 8
            }
            while index < raw.count {
                if raw[index] >= 0x80 { return true }
                index += 1
            }
            return false
        }
    }

    /// `UTF-16LE` or `UTF-16BE` for a page without a byte-order mark whose ASCII markup alternates with zero bytes.
    static func utf16WithoutBOM(_ head: [UInt8]) -> String? {
        guard head.count >= 8 else { return nil }
        let pairs = head.count / 2
        var evenZero = 0
        var oddZero = 0
        for index in 0..<pairs {
            if head[2 * index] == 0 { evenZero += 1 }
            if head[2 * index + 1] == 0 { oddZero += 1 }
        }
        if oddZero * 10 > pairs * 8 && evenZero * 10 < pairs { return "UTF-16LE" }
        if evenZero * 10 > pairs * 8 && oddZero * 10 < pairs { return "UTF-16BE" }
        return nil
    }
}
