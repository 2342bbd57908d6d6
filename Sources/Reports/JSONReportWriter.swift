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
    public init() {}

    public func files(for report: RunReport) throws -> [String: String] {
        try output(for: report).wholeFiles()
    }

    /// The group files and `summary.json` whole, and `index.json` streamed (``ReportOutput``).
    public func output(for report: RunReport) throws -> ReportOutput {
        // Each group and the summary are independent encodings: one task each, on every core. `index.json` is the
        // whole report, groups included; it is put together from the group files already encoded rather than
        // encoded again in one piece, which on a night of a gigabyte of reports was one core's work for half a minute.
        let groupPaths = report.groups.map { Self.groupPath($0.id, ext: "json") }
        let encoded = ParallelMap.map(Array(0...report.groups.count)) { index in
            Result { () throws -> String in
                guard index < report.groups.count else { return try encode(report.summary, path: "summary.json") }
                let group = report.groups[index]
                return try encode(group, path: groupPaths[index])
            }
        }
        var files: [String: String] = [:]
        for (path, result) in zip(groupPaths + ["summary.json"], encoded) { files[path] = try result.get() }
        let index = try indexFile(report, groupFiles: groupPaths.map { files[$0]! })
        return ReportOutput(files: files, streamed: ["index.json": index])
    }

    /// `index.json`, byte for byte as encoding the whole report would write it: the report without its groups,
    /// with the (empty) `groups` array replaced by the group files, each indented two levels deeper.
    ///
    /// The encoder's pretty printing indents by two spaces a level and writes an empty array as `[`, an empty line,
    /// `]`; JSON strings hold no raw line break, so indenting every non-empty line of a group file nests it exactly.
    /// The groups are nested a batch at a time, on every core, and handed over as they are done.
    func indexFile(_ report: RunReport, groupFiles: [String]) throws -> ReportOutput.Producer {
        var shell = report
        shell.groups = []
        let outline = try encode(shell, path: "index.json")
        let emptyGroups = "\n  \"groups\" : [\n\n  ]"
        guard !groupFiles.isEmpty else { return { emit in try Self.emit(outline, to: emit) } }
        guard let slot = outline.range(of: emptyGroups) else {
            throw ReportsError.encodingFailed(path: "index.json", reason: "no groups array in the encoded report")
        }
        let head = String(outline[..<slot.lowerBound]) + "\n  \"groups\" : [\n"
        let tail = "\n  ]" + String(outline[slot.upperBound...])
        return { emit in
            try Self.emit(head, to: emit)
            try ParallelMap.forEachInRounds(Array(groupFiles.indices), round: Self.nestingBatch) {
                Self.nested(groupFiles[$0], by: 4, after: $0 > 0 ? ",\n" : "")
            } body: {
                try $0.withUnsafeBytes(emit)
            }
            try Self.emit(tail, to: emit)
        }
    }

    /// How many groups `index.json` nests at a time: enough to keep every core busy, few enough to hold little.
    static let nestingBatch = 1024

    private static func emit(_ text: String, to emit: (UnsafeRawBufferPointer) throws -> Void) throws {
        var text = text
        try text.withUTF8 { try emit(UnsafeRawBufferPointer($0)) }
    }

    /// A top-level JSON file's text as an array element `spaces` deeper, after `separator`: every non-empty line
    /// indented, the final line break dropped.
    static func nested(_ file: String, by spaces: Int, after separator: String = "") -> [UInt8] {
        var file = file
        return file.withUTF8 { text in
            var end = text.count
            while end > 0, text[end - 1] == UInt8(ascii: "\n") { end -= 1 }
            // Sized exactly first (one indent per non-empty line), then filled a line at a time with memcpy: a
            // byte-by-byte append was a sixth of a night's write phase.
            var lines = 0
            var lineStart = true
            for index in 0..<end {
                let byte = text[index]
                if lineStart && byte != UInt8(ascii: "\n") { lines += 1 }
                lineStart = byte == UInt8(ascii: "\n")
            }
            let prefix = Array(separator.utf8)
            return [UInt8](unsafeUninitializedCapacity: prefix.count + end + lines * spaces) { output, initialized in
                for (offset, byte) in prefix.enumerated() { output[offset] = byte }
                var written = prefix.count
                var start = 0
                while start < end {
                    var stop = start
                    while stop < end && text[stop] != UInt8(ascii: "\n") { stop += 1 }
                    if stop > start {
                        for offset in 0..<spaces { output[written + offset] = UInt8(ascii: " ") }
                        written += spaces
                        UnsafeMutableRawPointer(output.baseAddress! + written).copyMemory(
                            from: text.baseAddress! + start, byteCount: stop - start)
                        written += stop - start
                    }
                    if stop < end {
                        output[written] = UInt8(ascii: "\n")
                        written += 1
                    }
                    start = stop + 1
                }
                initialized = written
            }
        }
    }

    /// What writes every JSON file: pretty printed, keys sorted, slashes as they are, strings inert
    /// (``JSONString/Style/inert``). The files are byte for byte what Foundation's `JSONEncoder` wrote with those
    /// options, made inert afterwards, before this encoder; it takes half the time (docs/index.md).
    static let encoder = JSONTextEncoder(prettyPrinted: true, sortedKeys: true, style: .inert)

    /// The content of a group's file, `groups/<id>.json`, exactly as ``files(for:)`` writes it.
    public static func encodedGroup(_ group: GroupReport) throws -> String {
        try JSONReportWriter().encode(group, path: groupPath(group.id, ext: "json"))
    }

    func encode(_ value: some Encodable, path: String) throws -> String {
        do {
            return try Self.encoder.encode(value) + "\n"
        } catch {
            throw ReportsError.encodingFailed(path: path, reason: String(describing: error))
        }
    }
}
