import Foundation

/// JSON as the index stores it: compact, keys sorted, so that the same value is always the same text (a group's
/// snapshot is recognised as unchanged by comparing two strings, and the row checksum of a re-run is the same).
///
/// A night stores a snapshot and a change list for each of tens of thousands of groups; those two small shapes are
/// written directly (``GroupSnapshot/storedJSON``, ``changeList(_:)``), byte for byte as `encode` writes them, which
/// a test checks on awkward text. Everything else goes through `JSONEncoder`.
///
///     let text = try StoredJSON.encode(facts)
enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A change list as ``encode(_:)`` writes it.
    static func changeList(_ changes: [GroupChange]) -> String {
        var out = "["
        for (index, change) in changes.enumerated() {
            if index > 0 { out += "," }
            out += "{\"detail\":"
            append(change.detail, to: &out)
            out += ",\"kind\":"
            append(change.kind.rawValue, to: &out)
            out += "}"
        }
        return out + "]"
    }

    /// Appends `text` as a JSON string literal escaped as Foundation's `JSONEncoder` escapes it: quote, backslash
    /// and slash; `\b \t \n \f \r`; other control characters as `\u00xx`; everything else as is.
    static func append(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
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
}
