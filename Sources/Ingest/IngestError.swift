/// Everything that can go wrong while reading inputs, with messages that name the file or record and say what to do.
///
/// Ingest never stops a batch on one bad input: `ArticleReader` turns these errors into `failed` or `skipped`
/// outcomes whose `reason` is the error's `description`, so a newsroom user sees, for example,
/// `data/a.txt.gz: truncated gzip stream: the data ends at byte 812 before the end of the compressed stream; re-download
/// or re-compress the file`.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path given on the command line or in a folder does not exist.
    case notFound(path: String)
    /// The file exists but could not be read (permissions, a folder where a file was expected, an I/O error).
    case unreadable(path: String, reason: String)
    /// A named pipe, socket or device given by name: no article file, and reading a pipe could wait for ever.
    case notARegularFile(path: String)
    /// The file (or its decompressed content) is empty.
    case emptyFile(path: String)
    /// NUL bytes near the start: an image, a PDF or another binary file that has a text extension.
    case binaryData(path: String)
    /// A text file that is not valid UTF-8; `offset` is the byte offset of the first bad sequence.
    case invalidUTF8(path: String, offset: Int)
    /// The gzip data ends before its last member is complete; `offset` is the compressed size read.
    case truncatedGzip(source: String, offset: Int)
    /// The gzip data is damaged or not gzip at all; `offset` is where zlib stopped in the compressed input.
    case corruptGzip(source: String, offset: Int, detail: String)
    /// Decompression would exceed the size limit (a damaged file or a decompression bomb).
    case decompressedTooLarge(source: String, limit: Int)
    /// libxml2 returned no document (for example an HTML file with no markup at all).
    case unparsableHTML(source: String)
    /// A JSONL line or manifest line that cannot be used; `origin` is `path:line`.
    case malformedRecord(origin: String, reason: String)
    /// Extraction left no article text (everything was markup or boilerplate).
    case noArticleText(origin: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or folder; check the path"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason)); check its permissions"
        case .notARegularFile(let path):
            return "\(path): not a regular file (a named pipe, socket or device); give article files or folders"
        case .emptyFile(let path):
            return "\(path): empty file"
        case .binaryData(let path):
            return "\(path): binary data (NUL bytes near the start); this is not a text, HTML or JSONL file"
        case .invalidUTF8(let path, let offset):
            return "\(path): invalid UTF-8 at byte \(offset); convert the file to UTF-8 (e.g. with iconv)"
        case .truncatedGzip(let source, let offset):
            return "\(source): truncated gzip stream: the data ends at byte \(offset) before the end of the "
                + "compressed stream; re-download or re-compress the file"
        case .corruptGzip(let source, let offset, let detail):
            return "\(source): corrupt gzip data at byte \(offset) (\(detail)); re-download or re-compress the file"
        case .decompressedTooLarge(let source, let limit):
            return "\(source): decompresses to more than \(limit) bytes; split the file or check that it is not damaged"
        case .unparsableHTML(let source):
            return "\(source): no HTML document could be parsed; check that the file is an HTML page"
        case .malformedRecord(let origin, let reason):
            return "\(origin): \(reason)"
        case .noArticleText(let origin):
            return "\(origin): no article text found after removing markup and boilerplate"
        }
    }
}
