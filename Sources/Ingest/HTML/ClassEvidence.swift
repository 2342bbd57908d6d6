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

    static let none = ClassEvidence(isWidget: false, isArticleBody: false, weight: 0)

    /// Per-page memo of evidence by class and id; a class because it is shared by the walks over one page.
    final class Cache {
        private var known: [String: ClassEvidence] = [:]

        func evidence(for element: HTMLElement) -> ClassEvidence {
            let itemprop = element.attribute("itemprop")?.lowercased() == "articlebody"
            let classes = element.attribute("class")
            let id = element.attribute("id")
            var evidence: ClassEvidence
            if classes == nil && id == nil {
                evidence = .none
            } else {
                let key = (classes ?? "") + "\u{1}" + (id ?? "")
                if let cached = known[key] {
                    evidence = cached
                } else {
                    evidence = HTMLPruning.evidence(classes: classes, id: id)
                    known[key] = evidence
                }
            }
            if itemprop {
                evidence.isArticleBody = true
                evidence.isWidget = false
                evidence.weight += 25
            }
            return evidence
        }
    }
}
