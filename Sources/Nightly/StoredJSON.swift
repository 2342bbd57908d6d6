import CrossCheckModel

/// JSON as the index stores it: compact, keys sorted, so that the same value is always the same text (a group's
/// snapshot is recognised as unchanged by comparing two strings, and the row checksum of a re-run is the same).
///
/// The bytes are those `JSONEncoder` wrote with `.sortedKeys` (``JSONTextEncoder``), so rows stored by earlier
/// versions compare and hash alike; a test holds the two together.
///
///     let text = try StoredJSON.encode(snapshot)
enum StoredJSON {
    static func encode(_ value: some Encodable) throws -> String {
        try JSONTextEncoder(sortedKeys: true).encode(value)
    }
}
