/// Renders a run's report as files, without writing them.
///
/// Writers return file contents keyed by path relative to the output folder (`index.html`, `groups/g001.html`);
/// the pipeline writes them. Keeping writers pure makes them testable and their output byte-for-byte reproducible.
public protocol ReportWriter: Sendable {
    /// The files of `report`, by relative path, `/`-separated.
    func files(for report: RunReport) throws -> [String: String]

    /// The files of `report` ready to be written: those of ``files(for:)``, with any file too large to hold as one
    /// string handed over in pieces instead.
    func output(for report: RunReport) throws -> ReportOutput
}

extension ReportWriter {
    /// Every file whole: a writer whose files are all small needs nothing else.
    public func output(for report: RunReport) throws -> ReportOutput {
        ReportOutput(files: try files(for: report))
    }
}

extension ReportWriter {
    /// The relative path of a group's page: `groups/<id>.<ext>`, with any character that is not safe in a file name
    /// replaced by `_`.
    static func groupPath(_ id: String, ext: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            let safe =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            name.unicodeScalars.append(safe ? scalar : "_")
        }
        return "groups/\(name.isEmpty ? "_" : name).\(ext)"
    }
}
