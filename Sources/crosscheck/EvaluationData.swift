import Foundation

/// Reads the evaluation files under ../shared/eval: one JSON object per line.
enum EvaluationData {
    /// The objects of a JSONL file, in line order; a line that is not a JSON object is an error naming the line.
    static func records(at path: String) throws -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError("cannot read \(path): pass the data file with --data (see ../shared/eval/README.md)")
        }
        var records: [[String: Any]] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let record = object as? [String: Any] else {
                throw EvaluationError("\(path):\(number + 1): not a JSON object")
            }
            records.append(record)
        }
        return records
    }
}

/// An evaluation that could not run, with what to do about it.
struct EvaluationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
