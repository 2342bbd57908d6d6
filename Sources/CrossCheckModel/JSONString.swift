/// JSON string literals for the places that write JSON lines by hand (`extract`, `facts`, `index export`).
///
/// Those writers stream many lines, or splice already-encoded JSON in as is, so they build text rather than go
/// through `JSONEncoder`; they must all escape alike, so the escaping lives here once (no Foundation needed).
public enum JSONString {
    /// Which characters a literal escapes beyond quotes, backslashes and control characters.
    public enum Style: Sendable {
        /// JSON lines written by hand: U+2028 and U+2029 escaped too, since some JavaScript readers end a line there.
        case lines
        /// As Foundation's `JSONEncoder` writes (without `.withoutEscapingSlashes`): `/` as `\/`, and backspace and
        /// form feed as `\b` and `\f`. For text that must equal what `JSONEncoder` wrote before.
        case jsonEncoder
        /// As `JSONEncoder` writes with `.withoutEscapingSlashes`: as ``jsonEncoder``, but `/` as is.
        case jsonEncoderKeepingSlashes
    }

    /// A JSON string literal, or `null`; quotes, backslashes, control characters and U+2028/2029 are escaped.
    public static func quote(_ text: String?) -> String {
        guard let text else { return "null" }
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out, style: .lines)
        return out
    }

    /// Appends `text` as a JSON string literal escaped in `style`.
    ///
    /// Most text (article sentences) has nothing to escape: it is appended whole, after one pass over its bytes,
    /// rather than a scalar at a time.
    public static func append(_ text: String, to out: inout String, style: Style) {
        out += "\""
        if !text.utf8.contains(where: { mayEscape($0, style) }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch (scalar, style) {
            case ("\"", _): out += "\\\""
            case ("\\", _): out += "\\\\"
            case ("\n", _): out += "\\n"
            case ("\r", _): out += "\\r"
            case ("\t", _): out += "\\t"
            case ("\u{2028}", .lines): out += "\\u2028"
            case ("\u{2029}", .lines): out += "\\u2029"
            case ("/", .jsonEncoder): out += "\\/"
            case ("\u{08}", _) where style != .lines: out += "\\b"
            case ("\u{0C}", _) where style != .lines: out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Whether a UTF-8 byte may start something `style` escapes: a control character, a quote, a backslash, a slash
    /// (``Style/jsonEncoder``), or the lead byte of U+2028 and U+2029 (``Style/lines``; other characters share it).
    @inline(__always)
    private static func mayEscape(_ byte: UInt8, _ style: Style) -> Bool {
        switch byte {
        case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"): return true
        case UInt8(ascii: "/"): return style == .jsonEncoder
        case 0xE2: return style == .lines
        default: return false
        }
    }
}
