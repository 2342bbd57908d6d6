/// Finds the article in a page's text blocks: the best-scoring container, its related siblings, and the paragraphs
/// inside them that are not link lists or widgets.
///
/// Scoring follows Readability, the approach behind most browser reader modes: each paragraph of 25 characters or
/// more scores `1 + commas + min(length / 100, 3)` for its container, half that for the container's parent and a
/// third for the grandparent, so the element that directly holds the most prose wins. Class names add or remove 25
/// (`article-body` against `comments`), and the total is scaled by the container's link density, which sinks
/// navigation. An element marked `itemprop="articleBody"` (or `article-body`) that holds real text is taken as it is.
/// Siblings of the winner that score at least a fifth of it (a second `div` of paragraphs after an inline ad) are
/// added, as are sibling paragraphs of plain prose.
///
/// Blocks inside page furniture and widgets are ignored on a first pass; a page whose whole text sits inside one
/// (an ASP.NET `<form>` wrapper) is scored again with them.
struct HTMLContentFinder {
    private(set) var paragraphs: [String] = []
    /// Blocks of the chosen container that were left out (link lists, widget text), for inspection; `Article.removed`
    /// keeps only the text-level cuts of `TextBoilerplate`.
    private(set) var removed: [String] = []
    /// Short texts outside widgets, in page order, with a digit: where an unmarked dateline sits.
    private(set) var shortTexts: [String] = []

    init(tree: HTMLTree, title: String?, evidence: [ClassEvidence]) {
        let scanner = HTMLBlockScanner(tree: tree, evidence: evidence)
        var selection = HTMLContentFinder.select(scanner, ignoreWidgets: true)
        if selection.characters < 250 {
            let second = HTMLContentFinder.select(scanner, ignoreWidgets: false)
            if second.characters > selection.characters * 2 { selection = second }
        }
        var first = true
        for block in selection.blocks {
            if first, let title, HTMLContentFinder.sameText(block.text, title) {
                first = false
                continue
            }
            first = false
            paragraphs.append(block.text)
        }
        removed = selection.dropped
        for block in scanner.blocks where !block.inWidget && (8...160).contains(block.characters) {
            guard block.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            shortTexts.append(block.text)
            if shortTexts.count == 40 { break }
        }
    }

    private struct Selection {
        var blocks: [HTMLBlockScanner.Block] = []
        var dropped: [String] = []
        var characters = 0
    }

    private static func select(_ scanner: HTMLBlockScanner, ignoreWidgets: Bool) -> Selection {
        let nodes = scanner.nodes
        let blocks = scanner.blocks
        guard !nodes.isEmpty else { return Selection() }
        var characters = [Int](repeating: 0, count: nodes.count)
        var linkCharacters = [Int](repeating: 0, count: nodes.count)
        var scores = [Double](repeating: 0, count: nodes.count)
        var scored = [Bool](repeating: false, count: nodes.count)
        var direct = [Double](repeating: 0, count: nodes.count)
        for block in blocks where !(ignoreWidgets && block.inWidget) {
            var node: Int? = block.owner
            while let current = node {
                characters[current] += block.characters
                linkCharacters[current] += block.linkCharacters
                node = nodes[current].parent
            }
            guard block.characters >= 25 else { continue }
            let score = (1 + Double(block.commas) + min(Double(block.characters) / 100, 3)) * (1 - block.linkDensity)
            var target = paragraphParent(block.owner, nodes)
            if let first = target { direct[first] += score }
            for divisor in [1.0, 2.0, 3.0] {
                guard let node = target else { break }
                if !scored[node] {
                    scored[node] = true
                    scores[node] += initialScore(nodes[node])
                }
                scores[node] += score / divisor
                target = nodes[node].parent
            }
        }
        func density(_ node: Int) -> Double {
            characters[node] == 0 ? 0 : Double(linkCharacters[node]) / Double(characters[node])
        }
        var best: Int?
        var bestScore = 0.0
        for node in nodes.indices where scored[node] {
            let final = scores[node] * (1 - density(node))
            if final > bestScore {
                best = node
                bestScore = final
            }
        }
        // An explicit article body with real text wins over scoring; a body split into chunks (between ads) is
        // taken whole, through the chunks' common ancestor.
        let bodies = nodes.indices.filter { nodes[$0].isArticleBody && characters[$0] >= 150 && density($0) < 0.4 }
        if var body = bodies.first, characters[body] >= 400 || bodies.count > 1 {
            for other in bodies.dropFirst() where !isInside(other, body, nodes) {
                if let common = commonAncestor(body, other, nodes, within: 4) { body = common }
            }
            let inside = best.map { isInside($0, body, nodes) } ?? false
            if !inside { best = body }
        }
        // Paragraph holders that score close to the best one and sit a few levels away are parts of one article.
        if var top = best {
            for node in nodes.indices where node != top && direct[node] * (1 - density(node)) >= bestScore * 0.3 {
                guard !isInside(node, top, nodes), characters[node] >= 200 else { continue }
                if let common = commonAncestor(top, node, nodes, within: 3) { top = common }
            }
            best = top
        }
        guard let top = best else { return Selection() }
        // One flag per node: the ancestor walk below runs for every block, and hashing each step cost more.
        var chosen = [Bool](repeating: false, count: nodes.count)
        chosen[top] = true
        if let parent = nodes[top].parent {
            let threshold = max(10, bestScore * 0.2)
            for sibling in nodes.indices where nodes[sibling].parent == parent && sibling != top {
                if ignoreWidgets && nodes[sibling].isWidget { continue }
                let bonus = nodes[sibling].classWeight > 0 ? bestScore * 0.2 : 0
                if scored[sibling], scores[sibling] * (1 - density(sibling)) + bonus >= threshold {
                    chosen[sibling] = true
                }
            }
        }
        var selection = Selection()
        for block in blocks {
            guard hasChosenAncestor(block.owner, chosen, nodes) else { continue }
            if ignoreWidgets && block.inWidget && !nodes[top].isWidget {
                if block.characters > 0 { selection.dropped.append(block.text) }
                continue
            }
            if block.linkDensity > 0.5 || (block.linkDensity > 0.3 && block.characters < 80) {
                selection.dropped.append(block.text)
                continue
            }
            selection.blocks.append(block)
            selection.characters += block.characters
        }
        return selection
    }

    /// Readability's starting score by tag, plus the class evidence.
    private static func initialScore(_ node: HTMLBlockScanner.Node) -> Double {
        var score = node.classWeight
        switch node.name {
        case "div", "article", "main", "section": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        return score
    }

    /// The element a paragraph counts for: the block's own element when it is a container holding text directly
    /// (`<div>text</div>`), else the element around the paragraph.
    private static func paragraphParent(_ owner: Int, _ nodes: [HTMLBlockScanner.Node]) -> Int? {
        switch nodes[owner].name {
        case "p", "pre", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "span",
            "font", "b", "strong", "em", "i":
            return nodes[owner].parent
        default:
            return owner
        }
    }

    private static func hasChosenAncestor(_ node: Int, _ chosen: [Bool], _ nodes: [HTMLBlockScanner.Node]) -> Bool {
        var current: Int? = node
        while let index = current {
            if chosen[index] { return true }
            current = nodes[index].parent
        }
        return false
    }

    /// The nearest element holding both nodes, when it is at most `within` levels above `a`.
    private static func commonAncestor(_ a: Int, _ b: Int, _ nodes: [HTMLBlockScanner.Node], within: Int) -> Int? {
        var path: [Int] = []
        var current: Int? = a
        while let index = current, path.count <= within {
            path.append(index)
            current = nodes[index].parent
        }
        var other: Int? = b
        while let index = other {
            if path.contains(index) { return nodes[index].name == "body" || nodes[index].name == "html" ? nil : index }
            other = nodes[index].parent
        }
        return nil
    }

    private static func isInside(_ node: Int, _ ancestor: Int, _ nodes: [HTMLBlockScanner.Node]) -> Bool {
        var current: Int? = node
        while let index = current {
            if index == ancestor { return true }
            current = nodes[index].parent
        }
        return false
    }

    static func sameText(_ a: String, _ b: String) -> Bool {
        // ASCII text needs no Unicode properties: its letters and digits, lower-cased, are the same bytes.
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiLettersAndDigits(a).elementsEqual(asciiLettersAndDigits(b))
        }
        // Every ASCII letter or digit is a character of its own and stays one ASCII byte in the filtered lower-case
        // text, and no other character turns into one (but the Kelvin sign and dotted capital I, and an ASCII letter
        // glued to a prefixed format sign such as U+0600): when none of those occurs, texts with different counts of
        // ASCII letters and digits differ, known without lower-casing a whole paragraph.
        if let first = asciiAlphanumericCount(a), let second = asciiAlphanumericCount(b), first != second {
            return false
        }
        return a.lowercased().filter { $0.isLetter || $0.isNumber }
            == b.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// The ASCII letters and digits of a text, or nil when it holds a scalar that could change that count once
    /// lower-cased and filtered: U+212A, U+0130, or a prefixed format sign (U+0600–U+0605, U+06DD, U+070F,
    /// U+0890–U+0891, U+08E2, U+110BD, U+110CD).
    private static func asciiAlphanumericCount(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    let lower = byte | 0x20
                    if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { count += 1 }
                    index += 1
                    continue
                }
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                switch byte {
                case 0xC4 where next == 0xB0: return nil  // U+0130
                case 0xD8 where next <= 0x85, 0xDB where next == 0x9D, 0xDC where next == 0x8F: return nil
                case 0xE0 where next == 0xA2 || next == 0xA3: return nil  // U+0880–U+08FF
                case 0xE2 where next == 0x84: return nil  // U+2100–U+213F (the Kelvin sign)
                case 0xF0...: return nil  // beyond the BMP (U+110BD, U+110CD)
                default: break
                }
                index += 1
            }
            return count
        }
    }

    private static func asciiLettersAndDigits(_ text: String) -> some Sequence<UInt8> {
        text.utf8.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            .filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }
}
