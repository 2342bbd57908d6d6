/// Splits a page into text blocks and a tree of element nodes, the raw material of `HTMLContentFinder`.
///
/// A text block is a run of inline text inside one block element (a paragraph, or a `div` that holds text
/// directly), with how much of it is link text. Elements that never hold article text (`script`, `style`, form
/// controls) are skipped; page furniture (`nav`, `header`, `footer`, `aside`) and widgets named by class or id
/// (`related`, `share`, `comments`) are kept but marked, so the finder can ignore them and still fall back on them
/// when a site wraps its whole page in one (an ASP.NET `<form>`, a `<div class="social-wrapper">`).
struct HTMLBlockScanner {
    struct Block: Hashable {
        var owner: Int
        var text: String
        var characters: Int
        var linkCharacters: Int
        var commas: Int
        /// Inside a node marked as furniture or widget (at any depth).
        var inWidget: Bool
        var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
    }

    struct Node: Hashable {
        var name: String
        var parent: Int?
        /// Class and id evidence: positive for `article-body`, negative for `comment`, `footer`, … (±25 each).
        var classWeight: Double
        var isWidget: Bool
        /// `itemprop="articleBody"` or a class that names the article body unambiguously.
        var isArticleBody: Bool
    }

    private(set) var nodes: [Node] = []
    private(set) var blocks: [Block] = []
    private let tree: HTMLTree
    private let evidence: [ClassEvidence]

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "caption", "hgroup", "dialog", "menu",
    ]

    /// Scans a page.
    /// - Parameter evidence: `ClassEvidence.Cache.table(for: tree)`, shared with the metadata walk.
    init(tree: HTMLTree, evidence: [ClassEvidence]) {
        self.tree = tree
        self.evidence = evidence
        guard tree.root >= 0 else { return }
        // Text runs are read through one pointer for the whole walk: a slice of `tree.bytes` per run retained and
        // released the buffer each time.
        tree.bytes.withUnsafeBufferPointer { bytes in
            self.bytes = bytes
            var inline = InlineText()
            visitBlock(tree.root, parent: nil, inWidget: false, inLink: false, inline: &inline)
        }
        bytes = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// `tree.bytes` during the walk in `init`, empty after it.
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// Inline text of the block being read, as UTF-8 (collapsed once, when the block ends).
    private struct InlineText: ~Copyable {
        var text = ByteBuffer()
        var linkText = ByteBuffer()
        /// A `<br>` was the last thing seen, with only whitespace after it.
        var afterBreak = false
    }

    /// Reads a block element. `inline` is empty on entry and on return (the enclosing block flushed it before
    /// descending), so every block of the page reuses one pair of buffers.
    private mutating func visitBlock(
        _ element: Int32, parent: Int?, inWidget: Bool, inLink: Bool, inline: inout InlineText
    ) {
        let id = nodes.count
        let classes = evidence[Int(element)]
        let widget = HTMLPruning.isFurniture(element, in: tree, classes)
        nodes.append(
            Node(
                name: tree.name(element), parent: parent, classWeight: classes.weight, isWidget: widget,
                isArticleBody: classes.isArticleBody))
        let nowInWidget = inWidget || widget
        visitChildren(of: element, owner: id, inline: &inline, inLink: inLink, inWidget: nowInWidget)
        flush(&inline, owner: id, inWidget: nowInWidget)
    }

    private mutating func visitChildren(
        of element: Int32, owner: Int, inline: inout InlineText, inLink: Bool, inWidget: Bool
    ) {
        var child = tree.nodes[Int(element)].firstChild
        while child >= 0 {
            defer { child = tree.nodes[Int(child)].next }
            let node = tree.nodes[Int(child)]
            if node.isText {
                let text = UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
                inline.text.append(text)
                if inLink { inline.linkText.append(text) }
                if inline.afterBreak, HTMLText.hasNonSpace(text) { inline.afterBreak = false }
                continue
            }
            if HTMLPruning.isSkipped(child, in: tree) { continue }
            let code = tree.code(child)
            if code == .br || code == .hr {
                if code == .hr || inline.afterBreak {
                    flush(&inline, owner: owner, inWidget: inWidget)
                } else {
                    // One <br> is a line break inside a paragraph; two in a row end the paragraph.
                    inline.text.append(0x20)
                    inline.afterBreak = true
                }
            } else if tree.flags(child).contains(.block)
                || HTMLPruning.isFurniture(child, in: tree, evidence[Int(child)])
            {
                flush(&inline, owner: owner, inWidget: inWidget)
                // A headline wrapped in a link (`<a><h3>…</h3></a>`) is link text, like a teaser list.
                visitBlock(child, parent: owner, inWidget: inWidget, inLink: inLink, inline: &inline)
            } else if code != .a, HTMLBlockScanner.isLinkCluster(child, in: tree) {
                // Pop-up cards of links inside a sentence (a hover card listing a person's other stories).
                continue
            } else {
                visitChildren(
                    of: child, owner: owner, inline: &inline, inLink: inLink || code == .a, inWidget: inWidget)
            }
        }
    }

    private mutating func flush(_ inline: inout InlineText, owner: Int, inWidget: Bool) {
        defer {
            // Most flushes find nothing to clear: `removeAll` on an empty array still checks its buffer.
            inline.text.removeAll()
            inline.linkText.removeAll()
            inline.afterBreak = false
        }
        // Most runs between blocks are blank: they are seen without building a collapsed copy.
        guard !inline.text.isEmpty, HTMLText.hasNonSpace(inline.text.bytes) else { return }
        let (text, characters, commas) = HTMLText.collapsedString(inline.text.bytes)
        guard !text.isEmpty else { return }
        let links = inline.linkText.isEmpty ? 0 : min(characters, HTMLText.collapsedScalarCount(inline.linkText.bytes))
        blocks.append(
            Block(
                owner: owner, text: text, characters: characters, linkCharacters: links, commas: commas,
                inWidget: inWidget))
    }

    /// True for an inline element that holds two or more links and nothing but link text, over 80 characters.
    static func isLinkCluster(_ element: Int32, in tree: HTMLTree) -> Bool {
        var links = 0
        var linkCharacters = 0
        var otherCharacters = 0
        var tooDeep = false
        func walk(_ element: Int32, inLink: Bool, depth: Int) {
            guard depth < 12 else {
                tooDeep = true
                return
            }
            var child = tree.nodes[Int(element)].firstChild
            while child >= 0 {
                let node = tree.nodes[Int(child)]
                if node.isText {
                    let count = HTMLText.nonSpaceScalars(tree.bytes[Int(node.start)..<Int(node.end)])
                    if inLink { linkCharacters += count } else { otherCharacters += count }
                } else {
                    let isLink = tree.code(child) == .a
                    if isLink { links += 1 }
                    walk(child, inLink: inLink || isLink, depth: depth + 1)
                }
                child = node.next
            }
        }
        guard tree.nodes[Int(element)].firstChild >= 0 else { return false }
        walk(element, inLink: false, depth: 0)
        // A card nests a few levels; an element deeper than that wraps a page section, whose text was not all seen.
        return !tooDeep && links >= 2 && linkCharacters > 80 && otherCharacters * 10 < linkCharacters
    }

    /// Whitespace without the Unicode property table look-up: ASCII spaces, no-break and typographic spaces,
    /// line separators, zero-width space and BOM.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Joins runs of whitespace (newlines and no-break spaces included) into one space and trims the ends.
    static func collapseWhitespace(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if HTMLBlockScanner.isSpace(scalar) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                MatchKey.appendUTF8(scalar, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
