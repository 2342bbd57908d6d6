import Foundation

/// Writes the report as JSON: `index.json` (the whole `RunReport`), `groups/<id>.json` (one `GroupReport` each)
/// and `summary.json` (the `RunSummary`).
///
/// Keys are sorted, output is pretty printed and slashes are not escaped, so files diff cleanly and are identical
/// for the same input. Inside strings, `<`, `>`, `&`, U+2028, U+2029 and the bidi controls are written as `\u`
/// escapes: the decoded text is unchanged, but a file opened in a browser or a terminal shows no markup and no
/// reordered line. docs/report-format.md documents every field.
public struct JSONReportWriter: ReportWriter {
    public init() {}

    public func files(for report: RunReport) throws -> [String: String] {
        var files: [String: String] = [:]
        files["index.json"] = try encode(report, path: "index.json")
        files["summary.json"] = try encode(report.summary, path: "summary.json")
        for group in report.groups {
            let path = Self.groupPath(group.id, ext: "json")
            files[path] = try encode(group, path: path)
        }
        return files
    }

    /// The encoder every JSON file uses.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    func encode(_ value: some Encodable, path: String) throws -> String {
        do {
            let data = try Self.makeEncoder().encode(value)
            return Self.inertEscapes(String(decoding: data, as: UTF8.self)) + "\n"
        } catch {
            throw ReportsError.encodingFailed(path: path, reason: String(describing: error))
        }
    }

    /// Rewrites characters that only ever occur inside JSON strings in our output as `\u` escapes.
    static func inertEscapes(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += unicodeEscape(scalar)
            default:
                if BidiControl.isControl(scalar) {
                    result += unicodeEscape(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
