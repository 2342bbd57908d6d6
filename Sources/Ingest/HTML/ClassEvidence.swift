/// What an element's class and id names say about it, worked out once per distinct pair of names on a page.
///
/// Pages repeat the same few dozen class names thousands of times (`<div class="col-md-6">`), and reading a name
/// (splitting it into sub-words, matching widget words) costs far more than a dictionary look-up, so
/// `ClassEvidence.Cache` keeps each answer for the page, and `Cache.table(for:)` reads every element once.
///
///     let evidence = ClassEvidence.Cache.table(for: HTMLTree(element: HTMLElement(name: "div",
///         attributes: [HTMLAttribute(name: "class", value: "related-posts")])))
///     evidence[0].isWidget  // true
struct ClassEvidence: Hashable {
    /// The names mark a widget (`related-posts`, `share-bar`); meaningless on `html`, `body`, `main`, `article`.
    var isWidget: Bool
    /// The names (or `itemprop`) mark the article body (`article-body`, `entry-content`).
    var isArticleBody: Bool
    /// Readability-style weight: +25 for `article`/`content` words, −25 for widgets, +25 for an article body.
    var weight: Double
    /// The names mark a dateline or byline (`date`, `byline`, `posted`), where a visible publication date sits.
    var isDateline = false

    static let none = ClassEvidence(isWidget: false, isArticleBody: false, weight: 0)

    /// Per-page memo of evidence by attribute value (class and id separately: ids are often unique, classes
    /// repeat), keyed by the value's bytes in the page's tree: an open-addressing table with a byte hash, so a
    /// look-up builds no `String`.
    struct Cache {
        private struct Entry {
            var hash: UInt64
            var start: Int32
            var end: Int32
            var evidence: ClassEvidence
        }

        private var entries: [Entry] = []
        private var scratch = HTMLPruning.ClassNameScratch()
        /// The stripper's answers for the page's class names (`HTMLTree.classNames`).
        private var names = ClassNameFeatures()
        private var slots = ByteKeySlots(count: 256)

        /// The evidence of every node of a page, by node index (text nodes and plain elements get `none`).
        static func table(for tree: HTMLTree) -> [ClassEvidence] {
            var cache = Cache()
            cache.names = tree.classNames
            var table = [ClassEvidence](repeating: .none, count: tree.nodes.count)
            // Written through a buffer: a subscript write on the array checks its uniqueness every time.
            tree.bytes.withUnsafeBufferPointer { bytes in
                table.withUnsafeMutableBufferPointer { table in
                    for node in tree.nodes.indices {
                        // Text, and elements without attributes (their evidence is `none`), need no reading.
                        let current = tree.nodes[node]
                        guard !current.isText, current.end > current.start else { continue }
                        table[node] = cache.evidence(for: Int32(node), in: tree, bytes: bytes)
                    }
                }
            }
            return table
        }

        private mutating func evidence(
            for node: Int32, in tree: HTMLTree, bytes: UnsafeBufferPointer<UInt8>
        ) -> ClassEvidence {
            var classes: HTMLTree.Attribute?
            var id: HTMLTree.Attribute?
            var itemprop = false
            for attribute in tree.attributes(of: node) {
                switch tree.codes[Int(attribute.name)] {
                case .class: classes = attribute
                case .id: id = attribute
                case .itemprop:
                    itemprop = HTMLText.equalsLowercased(
                        tree.bytes[Int(attribute.start)..<Int(attribute.end)], Cache.articleBody)
                default: break
                }
            }
            var evidence = ClassEvidence.none
            // Class, then id (no array literal here: it would allocate once per element).
            if let classes, classes.end > classes.start { evidence.combine(lookUp(classes.start, classes.end, bytes)) }
            if let id, id.end > id.start { evidence.combine(lookUp(id.start, id.end, bytes)) }
            if evidence.isArticleBody { evidence.isWidget = false }
            if itemprop {
                evidence.isArticleBody = true
                evidence.isWidget = false
                evidence.weight += 25
            }
            return evidence
        }

        private static let articleBody = Array("articlebody".utf8)

        private mutating func lookUp(_ start: Int32, _ end: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> ClassEvidence
        {
            let value = UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(end)])
            let hash = ByteKeySlots.hash(value)
            let (slot, found) = slots.probe(hash: hash) { index in
                let entry = entries[index]
                return entry.hash == hash
                    && ByteWordSet.equal(UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)]), value)
            }
            if let found { return entries[found].evidence }
            let evidence = HTMLPruning.evidence(ofValue: value, names: names, scratch: &scratch)
            entries.append(Entry(hash: hash, start: start, end: end, evidence: evidence))
            slots.insert(entries.count - 1, at: slot) { entries[$0].hash }
            return evidence
        }
    }

    /// Merges the evidence of a second attribute (class, then id).
    mutating func combine(_ other: ClassEvidence) {
        isWidget = isWidget || other.isWidget
        isArticleBody = isArticleBody || other.isArticleBody
        isDateline = isDateline || other.isDateline
        weight = max(-25, min(50, weight + other.weight))
    }
}
