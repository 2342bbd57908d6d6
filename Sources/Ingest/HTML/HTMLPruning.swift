/// Which parts of a page are never article text, which are page furniture, and what class names say about a block.
///
/// Sites name their widgets plainly (`related-posts`, `share-buttons`, `comments-area`, `sidebar`, `ad-slot`), so
/// class and id tokens are a cheap and reliable signal. Tokens are split on non-letters and compared whole or by
/// prefix (`relatedPosts` → `relatedposts` starts with `related`). `html`, `body`, `main` and `article` are never
/// marked by class: WordPress puts words like `tag-gaza` or `has-sidebar` on those wrappers.
enum HTMLPruning {
    /// Elements whose text is never read: code, styles, embedded objects and form controls.
    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "template", "button", "select", "textarea", "input", "object",
        "embed", "canvas", "head", "dialog", "menu", "math", "video", "audio", "picture", "map", "label", "option",
    ]

    /// Page furniture: read, but not article text unless nothing else is.
    static let furnitureTags: Set<String> = ["nav", "header", "footer", "aside", "form"]

    static let furnitureRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "search", "menu", "menubar", "dialog", "alert",
    ]

    static let tokenPrefixes = [
        "related", "share", "sharing", "social", "comment", "newsletter", "breadcrumb", "sidebar", "advert",
        "sponsor", "readalso", "readmore", "subscribe", "recommend", "popular", "trending", "outbrain", "taboola",
        "signup", "promo", "teaser", "disqus", "paywall", "cookie", "consent", "modal", "popup", "footer", "byline",
        "author", "caption", "credit", "toolbar", "masthead", "navbar", "navigation", "menu", "moreon",
        "morestories", "mostread", "mostpopular", "nextarticle", "prevnext", "pagination", "visuallyhidden",
        "sronly", "tags", "tagline", "taglist", "keywords", "topics", "dateline", "timestamp",
        "rating", "reaction", "inlinead", "adunit", "adslot", "adcontainer", "adwrapper", "gallerythumb",
    ]

    static let wholeTokens: Set<String> = [
        "ad", "ads", "adsbygoogle", "banner", "widget", "nav", "tag", "meta", "date", "time", "share", "sr", "aside",
        "links", "email", "subscribe", "cta", "tools", "utility", "dfp", "gpt", "mpu", "facebook",
        "whatsapp", "more", "also", "see", "bio", "overlay", "hide", "header", "head", "infobox", "disclaimer",
    ]

    static let exemptTags: Set<String> = ["html", "body", "main", "article"]

    static let positiveTokens: Set<String> = [
        "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "articlebody",
        "storybody", "postbody", "entrycontent", "articlecontent", "richtext", "prose", "paragraph",
    ]

    /// True for an element whose text is never read: a skipped tag, `hidden`, `aria-hidden="true"`, or an inline
    /// style that hides it.
    static func isSkipped(_ node: Int32, in tree: HTMLTree) -> Bool {
        if tree.flags(node).contains(.skipped) { return true }
        var hidden = false
        var ariaHidden = false
        var style: HTMLTree.Attribute?
        for attribute in tree.attributes(of: node) {
            switch tree.codes[Int(attribute.name)] {
            case .hidden: hidden = true
            case .ariaHidden:
                if !ariaHidden { ariaHidden = tree.string(attribute.start, attribute.end) == "true" }
            case .style: if style == nil { style = attribute }
            default: break
            }
        }
        if hidden || ariaHidden { return true }
        guard let style else { return false }
        let value = tree.bytes[Int(style.start)..<Int(style.end)]
        return HTMLText.containsLowercased(value, hiddenDisplay) || HTMLText.containsLowercased(value, spacedDisplay)
            || HTMLText.containsLowercased(value, hiddenVisibility)
    }

    private static let hiddenDisplay = Array("display:none".utf8)
    private static let spacedDisplay = Array("display: none".utf8)
    private static let hiddenVisibility = Array("visibility:hidden".utf8)

    /// True for page furniture and widgets: navigation, headers, footers, related lists, share bars, comments.
    static func isFurniture(_ node: Int32, in tree: HTMLTree, _ evidence: ClassEvidence) -> Bool {
        if evidence.isArticleBody { return false }
        let flags = tree.flags(node)
        if flags.contains(.furniture) { return true }
        if let role = tree.attribute(node, .role), furnitureRoles.contains(role.lowercased()) { return true }
        return evidence.isWidget && !flags.contains(.exempt)
    }

    static let articleBodyNames: Set<String> = [
        "articlebody", "article-body", "story-body", "storybody", "entry-content", "post-content", "article-content",
        "article__body", "article-text", "articletext", "body-text", "post-body", "story-content", "content-body",
        "article__content", "text-content", "field-body", "node-body", "rich-text", "c-entry-content",
        "story-text", "news-text", "article_body", "articlecontent", "postcontent", "entrytext",
    ]

    static let genericSuffixes: Set<String> = [
        "wrapper", "wrap", "wrp", "container", "box", "area", "block", "section", "module", "list", "inner", "outer",
        "holder", "region", "panel", "items", "item", "col", "column", "row", "left", "right", "top", "bottom", "v2",
        "new", "main", "content", "desktop", "mobile", "js", "bar", "links", "zone", "widget", "component", "unit",
    ]

    static let modifierWords: Set<String> = ["with", "has", "no", "without", "show", "enable", "enabled", "is"]
}
