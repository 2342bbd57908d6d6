import CLibXML2
import Foundation

/// An HTML page parsed by libxml2 into a flat `HTMLTree`.
///
/// Parsing is forgiving (`HTML_PARSE_RECOVER`): real news pages are rarely valid HTML, and a page that libxml2 can
/// repair is still an article. Errors are not printed (`NOERROR`, `NOWARNING`) and nothing is fetched from the network
/// (`NONET`). The encoding comes from a byte-order mark or the page's `<meta charset>`, else UTF-8.
///
///     let page = try HTMLDocument(data: bytes, source: "page.html")
///     page.root?.name  // "html"
///
/// Separate documents may be parsed on separate threads at once: libxml2 is initialised once, before the first parse.
public final class HTMLDocument {
    /// The encoding the page was decoded with (`UTF-8`, `windows-1256`, …).
    public let encoding: String
    /// How the encoding was decided (byte-order mark, HTTP header, `<meta charset>`, detection).
    public let encodingSource: MetadataSource
    /// Why the declared encoding was not used, or that damaged bytes were replaced; nil when the bytes agreed.
    public let encodingProblem: String?
    /// The page, as extraction reads it.
    let tree: HTMLTree
    /// The bytes libxml2 read and their encoding, for `root`, which re-reads them whole.
    private let body: Data
    private let parsedEncoding: String

    /// Parses a page.
    /// - Parameters:
    ///   - data: the page's bytes.
    ///   - source: the name used in error messages, usually the file path.
    ///   - httpCharset: the charset of the HTTP `Content-Type` header, when the page came with one (WARC).
    /// - Throws: `IngestError.unparsableHTML` when libxml2 returns no document (for example, empty input).
    public init(data: Data, source: String = "HTML", httpCharset: String? = nil) throws {
        _ = HTMLDocument.libraryReady
        let sniffed = HTMLEncodingSniffer.sniff(data, httpCharset: httpCharset)
        var body = sniffed.bomLength == 0 ? data : data.subdata(in: data.startIndex + sniffed.bomLength..<data.endIndex)
        var encoding = sniffed.encoding
        if encoding.hasPrefix("UTF-16") {
            // Converted here rather than by libxml2, which would switch to the page's <meta> name halfway.
            body = HTMLDocument.utf8(fromUTF16: body, bigEndian: encoding == "UTF-16BE")
            encoding = "UTF-8"
        } else if encoding == "UTF-8", sniffed.problem != nil {
            // libxml2 switches to Latin-1 for the rest of the page at the first bad byte; replace bad bytes first.
            body = Data(String(decoding: body, as: UTF8.self).utf8)
        }
        var parsed = HTMLDocument.parse(body, encoding: encoding, cutting: true)
        if parsed == nil && encoding != "UTF-8" {
            // An encoding name iconv does not know: read the bytes as UTF-8 rather than lose the page.
            body = Data(String(decoding: body, as: UTF8.self).utf8)
            encoding = "UTF-8"
            parsed = HTMLDocument.parse(body, encoding: encoding, cutting: true)
        }
        guard let parsed else { throw IngestError.unparsableHTML(source: source) }
        self.tree = parsed
        self.body = body
        self.parsedEncoding = encoding
        self.encoding = sniffed.encoding
        self.encodingSource = sniffed.source
        self.encodingProblem = sniffed.problem
    }

    static func utf8(fromUTF16 data: Data, bigEndian: Bool) -> Data {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var index = data.startIndex
        while index + 1 < data.endIndex {
            let first = UInt16(data[index])
            let second = UInt16(data[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return Data(String(decoding: units, as: UTF16.self).utf8)
    }

    /// The `<html>` element as Swift values, or nil for a document with no elements.
    ///
    /// Built from a second, complete reading of the page: extraction's own reading leaves out what it never looks at
    /// (script bodies, most attribute values; see `HTMLRawTextStripper`).
    public var root: HTMLElement? {
        guard let complete = HTMLDocument.parse(body, encoding: parsedEncoding, cutting: false), complete.root >= 0
        else { return nil }
        return complete.element(complete.root)
    }

    /// `xmlInitParser` must run once before threads parse documents concurrently.
    private static let libraryReady: Bool = {
        xmlInitParser()
        return true
    }()

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    private static func parse(_ data: Data, encoding: String, cutting: Bool) -> HTMLTree? {
        guard !data.isEmpty, data.count <= Int(Int32.max) else { return nil }
        cc_xmlSilenceErrors()
        return data.withUnsafeBytes { raw in
            // Script and style bodies are cut first when the bytes are UTF-8 (see `HTMLRawTextStripper`).
            if cutting, encoding == "UTF-8", let stripped = HTMLRawTextStripper.strip(raw.bindMemory(to: UInt8.self)) {
                var tree = stripped.page.withUnsafeBytes { parse($0, encoding: encoding) }
                tree?.classNames = stripped.classNames
                return tree
            }
            return parse(raw, encoding: encoding)
        }
    }

    private static func parse(_ raw: UnsafeRawBufferPointer, encoding: String) -> HTMLTree? {
        raw.withMemoryRebound(to: CChar.self) { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
            return HTMLTreeBuilder.parse(base, count: Int32(buffer.count), encoding: encoding, options: options)
        }
    }
}
