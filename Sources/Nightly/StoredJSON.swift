import Foundation

/// JSON as the index stores it: compact, keys sorted, so that the same value is always the same text (a group's
/// snapshot is recognised as unchanged by comparing two strings, and the row checksum of a re-run is the same).
///
///     let text = try StoredJSON.encode(snapshot)
enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
