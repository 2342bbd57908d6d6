/// Which parts of a page are never article text: page furniture by tag, and widgets by their class or id.
///
/// Sites name their widgets plainly (`related-posts`, `share-buttons`, `comments-area`, `sidebar`, `ad-slot`), so
/// class and id tokens are a cheap and reliable signal. Tokens are split on non-letters and compared whole or by
/// prefix (`relatedPosts` → `relatedposts` starts with `related`). `html`, `body`, `main` and `article` are never
/// dropped by class: WordPress puts words like `tag-gaza` or `has-sidebar` on those wrappers.
enum HTMLPruning {
    static let droppedTags: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "template",
        "button", "select", "textarea", "input", "object", "embed", "canvas", "head", "menu", "dialog",
    ]

    static let droppedRoles: Set<String> = ["navigation", "complementary", "banner", "contentinfo", "search"]

    static let tokenPrefixes = [
        "related", "share", "sharing", "social", "comment", "newsletter", "breadcrumb", "sidebar", "advert",
        "sponsor", "readalso", "readmore", "subscribe",
    ]

    static let wholeTokens: Set<String> = ["tags", "ad", "ads", "adsbygoogle", "adslot", "banner", "promo", "widget"]

    static let exemptTags: Set<String> = ["html", "body", "main", "article"]

    /// True for an element that is page furniture or a widget.
    static func isDropped(_ element: HTMLElement, useClassRules: Bool) -> Bool {
        if droppedTags.contains(element.name) { return true }
        if let role = element.attribute("role"), droppedRoles.contains(role.lowercased()) { return true }
        if element.attribute("hidden") != nil { return true }
        return useClassRules && isWidget(element)
    }

    /// True when the element's class or id names a widget ("related", "share", "comments", …).
    static func isWidget(_ element: HTMLElement) -> Bool {
        guard !exemptTags.contains(element.name) else { return false }
        let names = [element.attribute("class"), element.attribute("id")].compactMap { $0 }.joined(separator: " ")
        guard !names.isEmpty else { return false }
        for token in names.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if wholeTokens.contains(String(token)) { return true }
            if tokenPrefixes.contains(where: { token.hasPrefix($0) }) { return true }
        }
        return false
    }
}
