import Foundation

/// Line splitting and JSON object decoding shared by JSONL article files and manifests.
enum JSONLines {
    /// Splits data into `(lineNumber, bytes)` for each non-blank line; numbers count from 1 and include blank lines.
    ///
    /// Read through the raw bytes with `memchr`: a night's JSONL file is tens of megabytes, and `Data`'s collection
    /// methods cost a bounds check and an index step per byte.
    static func split(_ data: Data) -> [(Int, Data)] {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [(Int, Data)] in
            guard let base = raw.baseAddress, !raw.isEmpty else { return [] }
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = bytes.count
            var lines: [(Int, Data)] = []
            var number = 0
            var start = 0
            while true {
                let newline = memchr(base + start, 0x0A, count - start)
                let end = newline.map { base.distance(to: UnsafeRawPointer($0)) } ?? count
                number += 1
                var (low, high) = (start, end)
                if high > low && bytes[high - 1] == 0x0D { high -= 1 }
                if number == 1, high - low >= 3, bytes[low] == 0xEF, bytes[low + 1] == 0xBB, bytes[low + 2] == 0xBF {
                    low += 3
                }
                if (low..<high).contains(where: { !isBlank(bytes[$0]) }) {
                    lines.append((number, Data(bytes: base + low, count: high - low)))
                }
                if end == count { break }
                start = end + 1
            }
            return lines
        }
    }

    /// Decodes one line as a JSON object, or says why it is not one.
    static func object(_ line: Data) -> Result<[String: Any], Reason> {
        if let offset = UTF8Validation.firstInvalidOffset(line) {
            return .failure(Reason("invalid UTF-8 at byte \(offset) of the line"))
        }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            return .failure(Reason("not valid JSON; each line must be one JSON object"))
        }
        guard let object = value as? [String: Any] else {
            return .failure(Reason("a JSON value that is not an object; each line must be one {…} object"))
        }
        return .success(object)
    }

    /// A string field; numbers are accepted for ids written as numbers.
    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            // Most fields have nothing to trim; Foundation's trimming builds a new string either way.
            if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
                !first.properties.isWhitespace, !last.properties.isWhitespace
            {
                return text
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let value, !isBoolean(value), let number = value as? Int { return String(number) }
        return nil
    }

    /// True for a JSON `true`/`false`, which Foundation on Linux hands back as an `NSNumber` that also casts to Int.
    static func isBoolean(_ value: Any) -> Bool {
        if type(of: value) == Bool.self { return true }
        guard let number = value as? NSNumber, type(of: value) != Int.self, type(of: value) != Double.self else {
            return false
        }
        return String(cString: number.objCType) == "c"
    }

    struct Reason: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
