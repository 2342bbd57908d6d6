/// A parsed page as flat arrays: nodes linked by index, all text and attribute values in one byte buffer.
///
/// Extraction reads every element of a page two or three times (metadata, class evidence, blocks), so the page is
/// kept in the cheapest shape to walk: no Swift `String` per text node, no array per element, tag and attribute names
/// interned once per page with their meaning (`HTMLName`, `TagFlags`) worked out at interning. Strings are built only
/// for what is kept: a block's text, a title, a `<meta>` value. `HTMLTreeBuilder` fills it from libxml2's parser
/// events; `init(element:)` fills it from Swift values, so both entry points share one extraction.
///
///     let tree = HTMLTree(element: HTMLElement(name: "p", children: [.text("Gaza")]))
///     tree.textBytes(of: tree.root)  // "Gaza" as UTF-8
struct HTMLTree {
    /// An element (`name >= 0`) or a run of text (`name == -1`, bytes `start..<end`).
    struct Node {
        var name: Int32
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var next: Int32 = -1
        /// Text: first byte; element: first attribute index.
        var start: Int32
        /// Text: end of its bytes; element: end of its attributes.
        var end: Int32

        var isText: Bool { name < 0 }
    }

    struct Attribute {
        var name: Int32
        var start: Int32
        var end: Int32
    }

    /// Facts about a tag name that the walks test on every element, decided once per name and page.
    struct TagFlags: OptionSet {
        var rawValue: UInt8
        /// `HTMLBlockScanner.blockTags`.
        static let block = TagFlags(rawValue: 1)
        /// `HTMLPruning.skippedTags`: never article text.
        static let skipped = TagFlags(rawValue: 2)
        /// `HTMLPruning.furnitureTags`.
        static let furniture = TagFlags(rawValue: 4)
        /// `HTMLPruning.exemptTags`: never a widget by class name.
        static let exempt = TagFlags(rawValue: 8)
        /// Content never read by any walk (styles, embedded media, form lists): the builder drops it.
        static let unread = TagFlags(rawValue: 16)
    }

    private(set) var nodes: [Node] = []
    private(set) var attributes: [Attribute] = []
    /// UTF-8 of every text run and attribute value.
    var bytes: [UInt8] = []
    private(set) var names: [String] = []
    private(set) var codes: [HTMLName] = []
    private(set) var flags: [TagFlags] = []
    private var nameIndex: [String: Int32] = [:]
    /// The class names the stripper judged while cutting the page (empty when it was not cut).
    var classNames = ClassNameFeatures()

    /// The first element (`html` for a parsed page), or -1 when there is none.
    var root: Int32 { nodes.isEmpty ? -1 : 0 }

    init() {
        nodes.reserveCapacity(2048)
        bytes.reserveCapacity(1 << 16)
    }

    /// Copies Swift values into a tree (for callers holding an `HTMLElement`).
    init(element: HTMLElement) {
        self.init()
        append(element, parent: -1)
    }

    private mutating func append(_ element: HTMLElement, parent: Int32) {
        let node = openElement(name: intern(element.name), parent: parent)
        for attribute in element.attributes {
            let name = intern(attribute.name)
            let start = Int32(bytes.count)
            bytes.append(contentsOf: attribute.value.utf8)
            closeAttribute(of: node, name: name, start: start)
        }
        for child in element.children {
            switch child {
            case .element(let inner): append(inner, parent: node)
            case .text(let text):
                let start = Int32(bytes.count)
                bytes.append(contentsOf: text.utf8)
                appendText(parent: node, start: start)
            }
        }
    }

    // MARK: Building

    /// The index of a (lower-case) name, adding it on first sight.
    mutating func intern(_ name: String) -> Int32 {
        if let index = nameIndex[name] { return index }
        let index = Int32(names.count)
        names.append(name)
        let known = HTMLTree.knownNames[name]
        codes.append(known?.code ?? .other)
        flags.append(known?.flags ?? [])
        nameIndex[name] = index
        return index
    }

    /// Every name with a code or a flag, decided once per process.
    private static let knownNames: [String: (code: HTMLName, flags: TagFlags)] = {
        var table: [String: (code: HTMLName, flags: TagFlags)] = [:]
        let sets = [
            HTMLBlockScanner.blockTags, HTMLPruning.skippedTags, HTMLPruning.furnitureTags, HTMLPruning.exemptTags,
            unreadTags,
        ]
        for name in sets.reduce(Set<String>(), { $0.union($1) }) { table[name] = (.other, flags(of: name)) }
        for name in HTMLName.allCases where name != .other {
            table[name.rawValue] = (name, table[name.rawValue]?.flags ?? [])
        }
        return table
    }()

    private static func flags(of name: String) -> TagFlags {
        var result: TagFlags = []
        if HTMLBlockScanner.blockTags.contains(name) { result.insert(.block) }
        if HTMLPruning.skippedTags.contains(name) { result.insert(.skipped) }
        if HTMLPruning.furnitureTags.contains(name) { result.insert(.furniture) }
        if HTMLPruning.exemptTags.contains(name) { result.insert(.exempt) }
        if unreadTags.contains(name) { result.insert(.unread) }
        return result
    }

    /// Elements whose content no reader looks at, neither the block scanner nor the metadata walk: styles, vector
    /// graphics, embedded media, frames, form lists and scripting fallbacks. (Scripts other than JSON are dropped too,
    /// by the builder, which sees their `type`.)
    static let unreadTags: Set<String> = [
        "style", "svg", "noscript", "iframe", "template", "select", "option", "textarea", "object", "embed", "canvas",
        "video", "audio", "picture", "map", "math",
    ]

    /// Adds an element under `parent` (-1 for the root) and returns its index.
    mutating func openElement(name: Int32, parent: Int32) -> Int32 {
        let index = Int32(nodes.count)
        let first = Int32(attributes.count)
        nodes.append(Node(name: name, parent: parent, start: first, end: first))
        link(index, to: parent)
        return index
    }

    /// Adds an attribute whose value is the bytes from `start` to the end of `bytes` to the element added last.
    mutating func closeAttribute(of node: Int32, name: Int32, start: Int32) {
        attributes.append(Attribute(name: name, start: start, end: Int32(bytes.count)))
        nodes[Int(node)].end = Int32(attributes.count)
    }

    /// Adds the bytes from `start` to the end of `bytes` as a text node under `parent`.
    mutating func appendText(parent: Int32, start: Int32) {
        let index = Int32(nodes.count)
        nodes.append(Node(name: -1, parent: parent, start: start, end: Int32(bytes.count)))
        link(index, to: parent)
    }

    private mutating func link(_ index: Int32, to parent: Int32) {
        guard parent >= 0 else { return }
        let last = nodes[Int(parent)].lastChild
        if last >= 0 { nodes[Int(last)].next = index } else { nodes[Int(parent)].firstChild = index }
        nodes[Int(parent)].lastChild = index
    }

    // MARK: Reading

    @inline(__always) func code(_ node: Int32) -> HTMLName {
        let name = nodes[Int(node)].name
        return name < 0 ? .other : codes[Int(name)]
    }

    @inline(__always) func flags(_ node: Int32) -> TagFlags {
        let name = nodes[Int(node)].name
        return name < 0 ? [] : flags[Int(name)]
    }

    func name(_ node: Int32) -> String {
        let name = nodes[Int(node)].name
        return name < 0 ? "" : names[Int(name)]
    }

    /// The value of the element's first attribute with this name.
    func attribute(_ node: Int32, _ name: HTMLName) -> String? {
        let element = nodes[Int(node)]
        var index = Int(element.start)
        while index < Int(element.end) {
            let attribute = attributes[index]
            if codes[Int(attribute.name)] == name { return string(attribute.start, attribute.end) }
            index += 1
        }
        return nil
    }

    /// The bytes of the element's first attribute with this name, for tests that need no `String`.
    func attributeBytes(_ node: Int32, _ name: HTMLName) -> ArraySlice<UInt8>? {
        let element = nodes[Int(node)]
        var index = Int(element.start)
        while index < Int(element.end) {
            let attribute = attributes[index]
            if codes[Int(attribute.name)] == name { return bytes[Int(attribute.start)..<Int(attribute.end)] }
            index += 1
        }
        return nil
    }

    /// The attributes of an element, in document order.
    func attributes(of node: Int32) -> ArraySlice<Attribute> {
        let element = nodes[Int(node)]
        return attributes[Int(element.start)..<Int(element.end)]
    }

    func string(_ start: Int32, _ end: Int32) -> String {
        String(decoding: bytes[Int(start)..<Int(end)], as: UTF8.self)
    }

    /// All text below a node, concatenated as in the page.
    func textBytes(of node: Int32) -> [UInt8] {
        var result: [UInt8] = []
        appendText(of: node, to: &result)
        return result
    }

    private func appendText(of node: Int32, to result: inout [UInt8]) {
        let current = nodes[Int(node)]
        if current.isText {
            result.append(contentsOf: bytes[Int(current.start)..<Int(current.end)])
            return
        }
        var child = current.firstChild
        while child >= 0 {
            appendText(of: child, to: &result)
            child = nodes[Int(child)].next
        }
    }

    /// True when the text below a node holds more than `limit` ASCII bytes other than spaces and controls; stops
    /// reading at the first byte past the limit.
    func hasVisibleASCII(moreThan limit: Int, under node: Int32) -> Bool {
        var count = 0
        return bytes.withUnsafeBufferPointer { bytes in
            func walk(_ node: Int32) -> Bool {
                let current = nodes[Int(node)]
                if current.isText {
                    for index in Int(current.start)..<Int(current.end) where bytes[index] > 0x20 && bytes[index] < 0x7F
                    {
                        count += 1
                        if count > limit { return true }
                    }
                    return false
                }
                var child = current.firstChild
                while child >= 0 {
                    if walk(child) { return true }
                    child = nodes[Int(child)].next
                }
                return false
            }
            return walk(node)
        }
    }

    /// The text below a node with whitespace runs joined into one space and the ends trimmed.
    func collapsedText(of node: Int32) -> String {
        String(decoding: HTMLText.collapse(textBytes(of: node)), as: UTF8.self)
    }

    /// The node as Swift values (for `HTMLDocument.root`).
    func element(_ node: Int32) -> HTMLElement {
        var children: [HTMLNode] = []
        var child = nodes[Int(node)].firstChild
        while child >= 0 {
            let current = nodes[Int(child)]
            children.append(
                current.isText ? .text(string(current.start, current.end)) : .element(element(child)))
            child = current.next
        }
        let attributes = attributes(of: node).map {
            HTMLAttribute(name: names[Int($0.name)], value: string($0.start, $0.end))
        }
        return HTMLElement(name: name(node), attributes: attributes, children: children)
    }
}
