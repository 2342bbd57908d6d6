import CrossCheckModel
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
        var out = ""
        array(changes, to: &out) { change, out in
            out += "{\"detail\":"
            append(change.detail, to: &out)
            out += ",\"kind\":"
            append(change.kind.rawValue, to: &out)
            out += "}"
        }
        return out
    }

    /// Appends `items` as a JSON array, each written by `element`.
    static func array<Item>(_ items: [Item], to out: inout String, element: (Item, inout String) -> Void) {
        out += "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            element(item, &out)
        }
        out += "]"
    }

    /// Appends `text` as a JSON string literal escaped as `JSONEncoder` escapes it.
    static func append(_ text: String, to out: inout String) {
        JSONString.append(text, to: &out, style: .jsonEncoder)
    }
}
