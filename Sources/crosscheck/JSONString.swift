import Foundation

/// JSON string literals for the commands that stream JSON lines by hand (`extract`, `facts`).
///
/// Those commands write millions of lines; building each line as text is several times faster than going through
/// `JSONEncoder`, and both must escape the same way, so the escaping lives here once.
enum JSONString {
    /// A JSON string literal, or `null`; quotes, backslashes, control characters and U+2028/2029 are escaped.
    static func quote(_ text: String?) -> String {
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
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
