import Foundation

/// Line splitting and JSON object decoding shared by JSONL article files and manifests.
enum JSONLines {
    /// Splits data into `(lineNumber, bytes)` for each non-blank line; numbers count from 1 and include blank lines.
    static func split(_ data: Data) -> [(Int, Data)] {
        var lines: [(Int, Data)] = []
        var number = 0
        var start = data.startIndex
        while start <= data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            number += 1
            var line = data[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.contains(where: { !isBlank($0) }) { lines.append((number, Data(line))) }
            if end == data.endIndex { break }
            start = data.index(after: end)
        }
        return lines
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
