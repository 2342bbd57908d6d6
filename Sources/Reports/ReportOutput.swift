/// A report's files as a writer hands them over to be written: most as whole strings, and a file too large to hold
/// as one string as a producer that hands its bytes over piece by piece.
///
/// `index.json` nests every group file of a run: 232 MB for a plain run of 50,000 articles, 361 MB for a night over
/// a million-article index. Put together as one string, it took three copies of that size (each group nested, the
/// whole, then the string), and on a night the kernel zeroing their fresh pages cost more than the copying. Written
/// as it is produced, it takes one group's bytes at a time.
///
///     let output = try JSONReportWriter().output(for: report)
///     try output.streamed["index.json"]? { bytes in sink.write(bytes) }
public struct ReportOutput: Sendable {
    /// Hands a file's bytes, in order, to `emit`; the file is their concatenation.
    public typealias Producer = @Sendable (_ emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Void

    /// Whole files, by relative path.
    public var files: [String: String]
    /// Files produced piece by piece, by relative path.
    public var streamed: [String: Producer]

    public init(files: [String: String], streamed: [String: Producer] = [:]) {
        self.files = files
        self.streamed = streamed
    }

    /// Every file as a whole string, the streamed ones put together: for tests and for small reports.
    public func wholeFiles() throws -> [String: String] {
        var all = files
        for (path, produce) in streamed {
            var bytes: [UInt8] = []
            try produce { bytes.append(contentsOf: $0) }
            all[path] = String(decoding: bytes, as: UTF8.self)
        }
        return all
    }
}
