/// JSON string literals for the places that write JSON lines by hand (`extract`, `facts`, `index export`).
///
/// Those writers stream many lines, or splice already-encoded JSON in as is, so they build text rather than go
/// through `JSONEncoder`; they must all escape alike, so the escaping lives here once (no Foundation needed).
public enum JSONString {
    /// A JSON string literal, or `null`; quotes, backslashes, control characters and U+2028/2029 are escaped.
    public static func quote(_ text: String?) -> String {
        guard let text else { return "null" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
