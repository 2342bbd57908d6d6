import CrossCheckModel
import Foundation

/// Writes the report as JSON: `index.json` (the whole `RunReport`), `groups/<id>.json` (one `GroupReport` each)
/// and `summary.json` (the `RunSummary`).
///
/// Keys are sorted, output is pretty printed and slashes are not escaped, so files diff cleanly and are identical
/// for the same input. Inside strings, `<`, `>`, `&`, U+2028, U+2029 and the bidi controls are written as `\u`
/// escapes: the decoded text is unchanged, but a file opened in a browser or a terminal shows no markup and no
/// reordered line. docs/report-format.md documents every field.
public struct JSONReportWriter: ReportWriter {
    /// Group files already encoded by ``encodedGroup(_:)``, by group id; a group listed here is not encoded again.
    ///
    /// A nightly run encodes each changed group's report to store it in the index; handing those strings over
    /// saves encoding the same report twice.
    public var encodedGroups: [String: String]

    public init(encodedGroups: [String: String] = [:]) {
        self.encodedGroups = encodedGroups
    }

    public func files(for report: RunReport) throws -> [String: String] {
        // The whole report, the summary and each group are independent encodings: one task each, on every core.
        let paths = ["index.json", "summary.json"] + report.groups.map { Self.groupPath($0.id, ext: "json") }
        let encoded = ParallelMap.map(Array(paths.indices)) { index in
            Result { () throws -> String in
                switch index {
                case 0: try encode(report, path: paths[0])
                case 1: try encode(report.summary, path: paths[1])
                default:
                    try encodedGroups[report.groups[index - 2].id]
                        ?? encode(report.groups[index - 2], path: paths[index])
                }
            }
        }
        var files: [String: String] = [:]
        for (path, result) in zip(paths, encoded) { files[path] = try result.get() }
        return files
    }

    /// The encoder every JSON file uses.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// The content of a group's file, `groups/<id>.json`, exactly as ``files(for:)`` writes it.
    public static func encodedGroup(_ group: GroupReport) throws -> String {
        try JSONReportWriter().encode(group, path: groupPath(group.id, ext: "json"))
    }

    func encode(_ value: some Encodable, path: String) throws -> String {
        do {
            let data = try Self.makeEncoder().encode(value)
            return Self.inertEscapes(data) + "\n"
        } catch {
            throw ReportsError.encodingFailed(path: path, reason: String(describing: error))
        }
    }

    /// Rewrites characters that only ever occur inside JSON strings in our output as `\u` escapes.
    ///
    /// It works on the encoder's UTF-8 bytes: `<`, `>` and `&` are single bytes, and U+2028, U+2029 and the bidi
    /// controls are all three-byte sequences starting E2 80 or E2 81, so one pass with no decoding finds them. A
    /// night's reports run to gigabytes; the scalar-by-scalar version was a tenth of a night's CPU time.
    static func inertEscapes(_ json: Data) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(json.count + 64)
        json.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") {
                    appendEscape(UInt32(byte), to: &output)
                    index += 1
                    continue
                }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                    let value = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    if let scalar = Unicode.Scalar(value),
                        value == 0x2028 || value == 0x2029 || BidiControl.isControl(scalar)
                    {
                        appendEscape(value, to: &output)
                        index += 3
                        continue
                    }
                }
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        output.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8(value >> UInt32(shift) & 0xF)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
        }
    }
}
