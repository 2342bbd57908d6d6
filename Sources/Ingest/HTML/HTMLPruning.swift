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

    /// True for an element whose text is never read.
    static func isSkipped(_ element: HTMLElement) -> Bool {
        if skippedTags.contains(element.name) { return true }
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
        if let style = element.attribute("style")?.lowercased(),
            style.contains("display:none")
                || style
                    .contains("display: none")
                || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    /// True for page furniture and widgets: navigation, headers, footers, related lists, share bars, comments.
    static func isFurniture(_ element: HTMLElement, _ evidence: ClassEvidence) -> Bool {
        if evidence.isArticleBody { return false }
        if furnitureTags.contains(element.name) { return true }
        if let role = element.attribute("role"), furnitureRoles.contains(role.lowercased()) { return true }
        return evidence.isWidget && !exemptTags.contains(element.name)
    }

    /// Reads class and id names: widget, article body, dateline, and the Readability weight.
    static func evidence(classes: String?, id: String?) -> ClassEvidence {
        var isArticleBody = false
        var anyWidget = false
        var positive = false
        var dateline = false
        var update = false
        for text in [classes, id] {
            guard let text else { continue }
            for part in text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                let hasUpper = part.contains { $0 >= 0x41 && $0 <= 0x5A }
                let lower = hasUpper ? asciiLowercased(part) : String(Substring(part))
                if !isArticleBody, articleBodyNames.contains(lower) { isArticleBody = true }
                let camelWords = subwords(part)
                if !anyWidget, isWidgetName(camelWords) { anyWidget = true }
                // The Readability weight and datelines read the lower-cased name, without camel-case splits.
                for word in hasUpper ? subwords(lower.utf8[...]) : camelWords {
                    if !positive, positiveTokens.contains(word) { positive = true }
                    if !update, word.hasPrefix("update") { update = true }
                    if !dateline, HTMLPageMetadata.datelineWords.contains(where: { MatchKey.contains(word, $0) }) {
                        dateline = true
                    }
                }
            }
        }
        let isWidget = !isArticleBody && anyWidget
        var weight = 0.0
        if positive { weight += 25 }
        if isWidget { weight -= 25 }
        if isArticleBody { weight += 25 }
        return ClassEvidence(
            isWidget: isWidget, isArticleBody: isArticleBody, weight: weight, isDateline: dateline && !update)
    }

    private static func asciiLowercased(_ bytes: Substring.UTF8View) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
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

    static func isWidgetName(_ name: String) -> Bool { isWidgetName(subwords(name.utf8[...])) }

    static func isWidgetName(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        if words.contains(where: { modifierWords.contains($0) }) { return false }
        if isWidgetWord(words[0]) { return true }
        if let last = words.last(where: { !genericSuffixes.contains($0) }), last != words[0], isWidgetWord(last) {
            return true
        }
        // Compound names written in one piece: "relatedArticles", "sharebar".
        guard
            words[0].hasPrefix("related") || words[0] == "share" || words[0] == "sharebar" || words[0] == "social"
                || words[0] == "socialshare"
        else { return false }
        let squeezed = words.joined()
        return squeezed.hasPrefix("related") || squeezed.hasPrefix("sharebar") || squeezed.hasPrefix("socialshare")
    }

    static func isWidgetWord(_ word: String) -> Bool {
        if wholeTokens.contains(word) { return true }
        var word = word
        return word.withUTF8 { bytes in
            guard let first = bytes.first else { return false }
            for prefix in prefixesByFirstByte[Int(first)] where prefix.count <= bytes.count {
                if prefix.indices.allSatisfy({ bytes[$0] == prefix[$0] }) { return true }
            }
            return false
        }
    }

    /// `tokenPrefixes` as bytes, filed by their first byte: most words are ruled out by one array look-up.
    private static let prefixesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for prefix in tokenPrefixes { table[Int(prefix.utf8.first!)].append(Array(prefix.utf8)) }
        return table
    }()

    /// Splits a class name at non-alphanumerics and at lower-to-upper case changes (`relatedPosts` → related,
    /// posts). Works on ASCII bytes: class names are ASCII in practice, and other bytes are kept inside words.
    static func subwords(_ name: String) -> [String] { subwords(name.utf8[...]) }

    static func subwords(_ name: Substring.UTF8View) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        for byte in name {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper || isLower || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                if isUpper && previousLower && !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                current.append(isUpper ? byte + 0x20 : byte)
                previousLower = isLower
            } else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
