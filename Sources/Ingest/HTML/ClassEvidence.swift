/// What an element's class and id names say about it, worked out once per distinct pair of names on a page.
///
/// Pages repeat the same few dozen class names thousands of times (`<div class="col-md-6">`), and reading a name
/// (splitting it into sub-words, matching widget words) costs far more than a dictionary look-up, so
/// `ClassEvidence.Cache` keeps each answer for the page.
///
///     let cache = ClassEvidence.Cache()
///     cache.evidence(for: element).isWidget  // true for class="related-posts"
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
    /// repeat); a class because it is shared by the walks over one page.
    final class Cache {
        private var known: [String: ClassEvidence] = [:]

        func evidence(for element: HTMLElement) -> ClassEvidence {
            var classes: String?
            var id: String?
            var itemprop = false
            for attribute in element.attributes {
                switch attribute.name {
                case "class": classes = attribute.value
                case "id": id = attribute.value
                case "itemprop": itemprop = attribute.value.lowercased() == "articlebody"
                default: break
                }
            }
            var evidence = ClassEvidence.none
            for value in [classes, id] {
                guard let value, !value.isEmpty else { continue }
                let part: ClassEvidence
                if let cached = known[value] {
                    part = cached
                } else {
                    part = HTMLPruning.evidence(classes: value, id: nil)
                    known[value] = part
                }
                evidence.combine(part)
            }
            if evidence.isArticleBody { evidence.isWidget = false }
            if itemprop {
                evidence.isArticleBody = true
                evidence.isWidget = false
                evidence.weight += 25
            }
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
