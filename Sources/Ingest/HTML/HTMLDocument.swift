import CLibXML2
import Foundation

/// An HTML page parsed by libxml2, owned by this object and freed with it.
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
    private let document: htmlDocPtr

    /// Parses a page.
    /// - Parameters:
    ///   - data: the page's bytes.
    ///   - source: the name used in error messages, usually the file path.
    ///   - httpCharset: the charset of the HTTP `Content-Type` header, when the page came with one (WARC).
    /// - Throws: `IngestError.unparsableHTML` when libxml2 returns no document (for example, empty input).
    public init(data: Data, source: String = "HTML", httpCharset: String? = nil) throws {
        _ = HTMLDocument.libraryReady
        let sniffed = HTMLEncodingSniffer.sniff(data, httpCharset: httpCharset)
        var body = Data(data.dropFirst(sniffed.bomLength))
        var encoding = sniffed.encoding
        if encoding.hasPrefix("UTF-16") {
            // Converted here rather than by libxml2, which would switch to the page's <meta> name halfway.
            body = HTMLDocument.utf8(fromUTF16: body, bigEndian: encoding == "UTF-16BE")
            encoding = "UTF-8"
        } else if encoding == "UTF-8", sniffed.problem != nil {
            // libxml2 switches to Latin-1 for the rest of the page at the first bad byte; replace bad bytes first.
            body = Data(String(decoding: body, as: UTF8.self).utf8)
        }
        var parsed = HTMLDocument.parse(body, encoding: encoding)
        if parsed == nil && encoding != "UTF-8" {
            // An encoding name iconv does not know: read the bytes as UTF-8 rather than lose the page.
            parsed = HTMLDocument.parse(Data(String(decoding: body, as: UTF8.self).utf8), encoding: "UTF-8")
            encoding = "UTF-8"
        }
        guard let parsed else { throw IngestError.unparsableHTML(source: source) }
        self.document = parsed
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

    deinit { xmlFreeDoc(document) }

    /// The `<html>` element as Swift values, or nil for a document with no elements.
    public var root: HTMLElement? {
        guard let node = xmlDocGetRootElement(document) else { return nil }
        return HTMLDocument.element(from: node, depth: 0)
    }

    /// `xmlInitParser` must run once before threads parse documents concurrently.
    private static let libraryReady: Bool = {
        xmlInitParser()
        return true
    }()

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    private static func parse(_ data: Data, encoding: String) -> htmlDocPtr? {
        guard !data.isEmpty, data.count <= Int(Int32.max) else { return nil }
        cc_xmlSilenceErrors()
        return data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: CChar.self) { buffer in
                htmlReadMemory(buffer.baseAddress, Int32(buffer.count), nil, encoding, options)
            }
        }
    }

    /// Deeper nesting than libxml2's own HTML limit is never produced; this guards the recursion anyway.
    private static let maximumDepth = 512

    private static func element(from node: xmlNodePtr, depth: Int) -> HTMLElement {
        let name = node.pointee.name.map(lowercaseName) ?? ""
        var attributes: [HTMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = current.pointee.name.map(lowercaseName) ?? ""
            attributes.append(HTMLAttribute(name: attributeName, value: text(of: current.pointee.children)))
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        // Code and styles are never read (only JSON-LD scripts are): skipping their text saves copying most of a
        // modern page's bytes into Swift strings.
        let skipsText =
            name == "style" || name == "svg" || unreadTags.contains(name)
            || (name == "script"
                && !(attributes.first { $0.name == "type" }?.value.lowercased().contains("json") ?? false))
        var child = depth < maximumDepth && !skipsText ? node.pointee.children : nil
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(from: current, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    // Most text nodes are indentation between tags; every reader collapses it to one space.
                    children.append(.text(isBlank(content) ? (content[0] == 0 ? "" : " ") : String(cString: content)))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return HTMLElement(name: name, attributes: attributes, children: children)
    }

    /// Elements whose content no reader looks at, neither the block scanner nor the metadata walk: embedded media,
    /// frames, form lists and scripting fallbacks.
    private static let unreadTags: Set<String> = [
        "noscript", "iframe", "template", "select", "option", "textarea", "object", "embed", "canvas", "video", "audio",
        "picture", "map", "math",
    ]

    /// True for a text node of ASCII whitespace only (or empty).
    private static func isBlank(_ text: UnsafePointer<xmlChar>) -> Bool {
        var index = 0
        while true {
            switch text[index] {
            case 0: return true
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: index += 1
            default: return false
            }
        }
    }

    /// libxml2's HTML parser lower-cases tag and attribute names already; only a name with an upper-case byte left
    /// (from a namespace prefix, say) pays for `lowercased()`.
    private static func lowercaseName(_ name: UnsafePointer<xmlChar>) -> String {
        var index = 0
        while name[index] != 0 {
            if name[index] >= 0x41 && name[index] <= 0x5A { return String(cString: name).lowercased() }
            index += 1
        }
        return String(cString: name)
    }

    private static func text(of first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { result += String(cString: content) }
            node = current.pointee.next
        }
        return result
    }
}
