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
        let needsFolding = text.unicodeScalars.contains { $0.value >= 0x80 && !(0x0600...0x06FF).contains($0.value) }
        let folded =
            needsFolding
            ? text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) : asciiLowercased(text)
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640:
                continue
            case 0x0622, 0x0623, 0x0625, 0x0671:
                scalars.append("\u{0627}")
            case 0x0649:
                scalars.append("\u{064A}")
            case 0x2019, 0x2018:
                scalars.append("'")
            default:
                if scalar.properties.isWhitespace {
                    if !lastWasSpace { scalars.append(" ") }
                    lastWasSpace = true
                    continue
                }
                scalars.append(scalar)
            }
            lastWasSpace = false
        }
        while scalars.last == " " { scalars.removeLast() }
        while scalars.first == " " { scalars.removeFirst() }
        return String(scalars)
    }

    private static func asciiLowercased(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(
                scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
        }
        return String(scalars)
    }

    /// True when `needle` occurs in `haystack`, compared byte by byte (both are keys, already normalised).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8)
        let n = Array(needle.utf8)
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
