import CrossCheckModel

/// Extracts `id` and `text` from one JSONL line without building a JSON object tree.
///
/// A 1,000,000-article corpus is ~3 GB: a generic JSON parser that builds dictionaries would spend more time there
/// than in signing. This scanner walks the top-level object once, decodes only the two string fields it needs (all
/// JSON escapes, including `\uXXXX` surrogate pairs) and skips every other value, nested or not. An `id` may be a
/// string or a number (kept as written).
///
///     JSONLTextScanner.record(Array(#"{"id": 7, "text": "غزة\n"}"#.utf8))  // .success(TextRecord("7", "غزة\n"))
public enum JSONLTextScanner {
    /// Why a line was not used, for the run summary.
    public struct Failure: Error, Hashable, Sendable {
        public let reason: String
    }

    public static func record(_ line: [UInt8]) -> Result<TextRecord, Failure> {
        line.withUnsafeBufferPointer { record($0) }
    }

    public static func record(_ line: UnsafeBufferPointer<UInt8>) -> Result<TextRecord, Failure> {
        var cursor = JSONCursor(bytes: line)
        cursor.skipSpace()
        guard cursor.take(0x7B) else { return .failure(Failure(reason: "not a JSON object; each line must be one")) }
        var id: String?
        var text: String?
        cursor.skipSpace()
        if cursor.take(0x7D) { return .failure(Failure(reason: "empty object; each line needs \"id\" and \"text\"")) }
        while true {
            cursor.skipSpace()
            guard let key = cursor.string() else { return .failure(Failure(reason: "malformed key")) }
            cursor.skipSpace()
            guard cursor.take(0x3A) else { return .failure(Failure(reason: "missing ':' after \"\(key)\"")) }
            cursor.skipSpace()
            switch key {
            case "text":
                guard let value = cursor.string() else { return .failure(Failure(reason: "\"text\" is not a string")) }
                text = value
            case "id":
                if let value = cursor.string() {
                    id = value
                } else if let number = cursor.number() {
                    id = number
                } else {
                    return .failure(Failure(reason: "\"id\" is neither a string nor a number"))
                }
            default:
                guard cursor.skipValue() else { return .failure(Failure(reason: "malformed value of \"\(key)\"")) }
            }
            cursor.skipSpace()
            if cursor.take(0x2C) { continue }
            if cursor.take(0x7D) { break }
            return .failure(Failure(reason: "expected ',' or '}' at byte \(cursor.offset)"))
        }
        guard let id else { return .failure(Failure(reason: "missing \"id\"; give each line an id")) }
        guard let text else { return .failure(Failure(reason: "missing \"text\"")) }
        return .success(TextRecord(id: id, text: text))
    }
}
