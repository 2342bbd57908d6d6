/// Splits a pruned page into text blocks and finds the container that holds the article.
///
/// A text block is a run of inline text inside one block element (a paragraph, or a `div` that holds text
/// directly). Each block of 25 characters or more scores `1 + commas + min(length / 100, 3)`, lowered by its link
/// density, for its container (the nearest `div`, `section`, `article`, `main`, `td` or `body`) and half that for the
/// container's own container, as Readability does. Navigation-like containers, mostly links, lose their score to
/// their link density. The best container's blocks, in page order, are the article.
struct HTMLBlockScanner {
    struct Block: Hashable {
        var owner: Int
        var text: String
        var characters: Int
        var linkCharacters: Int
        var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
    }

    struct Node: Hashable {
        var name: String
        var parent: Int?
    }

    private(set) var nodes: [Node] = []
    private(set) var blocks: [Block] = []
    let useClassRules: Bool

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "caption",
    ]

    static let containerTags: Set<String> = ["div", "section", "article", "main", "td", "body", "html", "center"]

    init(root: HTMLElement, useClassRules: Bool) {
        self.useClassRules = useClassRules
        visitBlock(root, parent: nil)
    }

    /// The article's blocks: those of the best-scoring container, in page order, without link lists.
    func articleBlocks() -> [Block] {
        guard let best = bestContainer() else { return [] }
        return blocks.filter { $0.linkDensity <= 0.5 && isInside($0.owner, best) }
    }

    func bestContainer() -> Int? {
        var scores: [Int: Double] = [:]
        var characters = [Int](repeating: 0, count: nodes.count)
        var linkCharacters = [Int](repeating: 0, count: nodes.count)
        for block in blocks {
            var node: Int? = block.owner
            while let current = node {
                characters[current] += block.characters
                linkCharacters[current] += block.linkCharacters
                node = nodes[current].parent
            }
            guard block.characters >= 25, let container = container(of: block.owner) else { continue }
            let commas = block.text.unicodeScalars.filter { $0 == "," || $0 == "،" }.count
            let score = (1 + Double(commas) + min(Double(block.characters) / 100, 3)) * (1 - block.linkDensity)
            scores[container, default: 0] += score
            if let parent = nodes[container].parent, let grandparent = self.container(of: parent) {
                scores[grandparent, default: 0] += score / 2
            }
        }
        var best: (node: Int, score: Double)?
        for (node, score) in scores.sorted(by: { $0.key < $1.key }) {
            let density = characters[node] == 0 ? 0 : Double(linkCharacters[node]) / Double(characters[node])
            let final = score * (1 - density)
            if final > 0, final > best?.score ?? 0 { best = (node, final) }
        }
        return best?.node
    }

    /// The nearest container at or above `node`.
    private func container(of node: Int) -> Int? {
        var current: Int? = node
        while let index = current {
            if HTMLBlockScanner.containerTags.contains(nodes[index].name) { return index }
            current = nodes[index].parent
        }
        return nil
    }

    private func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        var current: Int? = node
        while let index = current {
            if index == ancestor { return true }
            current = nodes[index].parent
        }
        return false
    }

    private struct InlineText {
        var text = ""
        var linkText = ""
    }

    private mutating func visitBlock(_ element: HTMLElement, parent: Int?) {
        let id = nodes.count
        nodes.append(Node(name: element.name, parent: parent))
        var inline = InlineText()
        visitChildren(of: element, owner: id, inline: &inline, inLink: false)
        flush(&inline, owner: id)
    }

    private mutating func visitChildren(of element: HTMLElement, owner: Int, inline: inout InlineText, inLink: Bool) {
        for child in element.children {
            switch child {
            case .text(let text):
                inline.text += text
                if inLink { inline.linkText += text }
            case .element(let element):
                if HTMLPruning.isDropped(element, useClassRules: useClassRules) { continue }
                if element.name == "br" || element.name == "hr" {
                    flush(&inline, owner: owner)
                } else if HTMLBlockScanner.blockTags.contains(element.name) {
                    flush(&inline, owner: owner)
                    visitBlock(element, parent: owner)
                } else {
                    visitChildren(of: element, owner: owner, inline: &inline, inLink: inLink || element.name == "a")
                }
            }
        }
    }

    private mutating func flush(_ inline: inout InlineText, owner: Int) {
        let text = HTMLBlockScanner.collapseWhitespace(inline.text)
        if !text.isEmpty {
            let characters = text.unicodeScalars.count
            let links = min(characters, HTMLBlockScanner.collapseWhitespace(inline.linkText).unicodeScalars.count)
            blocks.append(Block(owner: owner, text: text, characters: characters, linkCharacters: links))
        }
        inline = InlineText()
    }

    /// Joins runs of whitespace (newlines and no-break spaces included) into one space and trims the ends.
    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
