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
    private let document: htmlDocPtr

    /// Parses a page.
    /// - Parameters:
    ///   - data: the page's bytes.
    ///   - source: the name used in error messages, usually the file path.
    /// - Throws: `IngestError.unparsableHTML` when libxml2 returns no document (for example, empty input).
    public init(data: Data, source: String = "HTML") throws {
        _ = HTMLDocument.libraryReady
        let sniffed = HTMLEncodingSniffer.sniff(data)
        let body = data.dropFirst(sniffed.bomLength)
        var parsed = HTMLDocument.parse(body, encoding: sniffed.encoding)
        var encoding = sniffed.encoding
        if parsed == nil && encoding != "UTF-8" {
            // An encoding name iconv does not know: read the bytes as UTF-8 rather than lose the page.
            parsed = HTMLDocument.parse(body, encoding: "UTF-8")
            encoding = "UTF-8"
        }
        guard let parsed else { throw IngestError.unparsableHTML(source: source) }
        self.document = parsed
        self.encoding = encoding
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
            | HTML_PARSE_NONET.rawValue)

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
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        var attributes: [HTMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            attributes.append(HTMLAttribute(name: attributeName, value: text(of: current.pointee.children)))
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = depth < maximumDepth ? node.pointee.children : nil
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(from: current, depth: depth + 1)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return HTMLElement(name: name, attributes: attributes, children: children)
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
