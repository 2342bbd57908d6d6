/// The tag and attribute names that extraction tests by name, as a byte-sized code.
///
/// `HTMLTree` interns every name of a page once and records its code, so the walks compare one byte per element
/// instead of strings. Names that no walk asks about are `other`.
///
///     HTMLName(rawValue: "br")  // .br
enum HTMLName: String, CaseIterable {
    case other = ""
    // Tags.
    case a, br, hr, h1, time, meta, link, script, title, html, body, main, article, aside, nav, footer, form, style
    // Attributes (`style` is both).
    case `class`, id, itemprop, role, hidden, lang, datetime, content
    case property, name, rel, href, type
    case ariaHidden = "aria-hidden"
    case xmlLang = "xml:lang"
    case httpEquiv = "http-equiv"
}

extension HTMLName {
    /// True for the names read as attributes (`style` is a tag and an attribute); the stripper keeps only those.
    var isAttribute: Bool {
        switch self {
        case .other, .a, .br, .hr, .h1, .time, .meta, .link, .script, .title, .html, .body, .main, .article, .aside,
            .nav, .footer, .form:
            return false
        default: return true
        }
    }
}
