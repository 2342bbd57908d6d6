import CrossCheckModel
import Foundation

/// The metadata a news page declares about itself: title, dates, site name, canonical URL, language.
///
/// Collected in one walk over the whole page (before pruning, since `<head>` and `<header>` are pruned from the text
/// but hold most of it). Dates inside widgets (a sidebar's "related" list) are ignored.
struct HTMLPageMetadata: Hashable {
    var language: String?
    var titleTag: String?
    var firstHeading: String?
    var firstTimeDatetime: String?
    var canonical: String?
    /// `property`, `name` or `itemprop` (lower-cased) → `content`, first occurrence.
    var metas: [String: String] = [:]
    var jsonLD: [String] = []

    init(root: HTMLElement) {
        language = root.attribute("lang") ?? root.attribute("xml:lang")
        visit(root, inWidget: false)
    }

    private mutating func visit(_ element: HTMLElement, inWidget: Bool) {
        let widget =
            inWidget || ["aside", "nav", "footer", "form"].contains(element.name) || HTMLPruning.isWidget(element)
        switch element.name {
        case "title" where titleTag == nil:
            titleTag = HTMLBlockScanner.collapseWhitespace(element.textContent)
        case "h1" where firstHeading == nil && !widget:
            let text = HTMLBlockScanner.collapseWhitespace(element.textContent)
            if !text.isEmpty { firstHeading = text }
        case "time" where firstTimeDatetime == nil && !widget:
            firstTimeDatetime = element.attribute("datetime")
        case "meta":
            let key = element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop")
            if let key, let content = element.attribute("content"), metas[key.lowercased()] == nil {
                metas[key.lowercased()] = content.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        case "link" where canonical == nil:
            let rel = element.attribute("rel")?.lowercased() ?? ""
            if rel.split(separator: " ").contains("canonical") { canonical = element.attribute("href") }
        case "script":
            if element.attribute("type")?.lowercased().contains("ld+json") == true {
                jsonLD.append(element.textContent)
            }
            return
        default:
            break
        }
        for child in element.childElements { visit(child, inWidget: widget) }
    }

    /// `og:title`, else the first `<h1>`, else `<title>` without its " | Site" suffix.
    func title(siteName: String?) -> String? {
        if let title = nonEmpty(metas["og:title"]) {
            return HTMLPageMetadata.stripSiteSuffix(title, siteName: siteName)
        }
        if let heading = firstHeading { return heading }
        return nonEmpty(titleTag).map { HTMLPageMetadata.stripSiteSuffix($0, siteName: siteName) }
    }

    /// JSON-LD `datePublished`, else `article:published_time`, else `itemprop="datePublished"`, else `<time datetime>`.
    var published: CivilDate? {
        for text in jsonLD {
            if let date = HTMLPageMetadata.jsonLDDatePublished(text) { return date }
        }
        let candidates = [
            metas["article:published_time"], metas["og:article:published_time"], metas["datepublished"],
            metas["pubdate"], firstTimeDatetime,
        ]
        for case let value? in candidates {
            if let date = PublishedDate.parse(value) { return date }
        }
        return nil
    }

    /// `link rel=canonical`, else `og:url`.
    var url: String? { nonEmpty(canonical) ?? nonEmpty(metas["og:url"]) }

    /// `og:site_name`, else the URL's host without `www.`.
    func outlet(url: String?) -> String? {
        if let site = nonEmpty(metas["og:site_name"]) { return site }
        guard let url, let host = URL(string: url)?.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// `<html lang>`, else `og:locale`.
    var pageLanguage: Language {
        guard let code = nonEmpty(language) ?? nonEmpty(metas["og:locale"]) else { return .unknown }
        return Language(code: code)
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// Removes a trailing " | Site", " - Site" or " — Site" (a short last segment, or the site's own name).
    ///
    ///     stripSiteSuffix("Blinken calls Bourita | Hespress", siteName: nil)  // "Blinken calls Bourita"
    static func stripSiteSuffix(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " « "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            let isSite = tail == siteName || tail.split(separator: " ").count <= 4
            if !head.isEmpty, isSite, tail.count < head.count { return head }
        }
        return title
    }

    /// The `datePublished` of an `…Article` object in a JSON-LD block, else of any object there.
    static func jsonLDDatePublished(_ text: String) -> CivilDate? {
        guard let data = text.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        var articleDate: CivilDate?
        var anyDate: CivilDate?
        func visit(_ value: Any) {
            if let array = value as? [Any] {
                array.forEach(visit)
            } else if let object = value as? [String: Any] {
                if let raw = object["datePublished"], let date = PublishedDate.parse(raw) {
                    let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
                    if articleDate == nil, types.contains(where: { $0.hasSuffix("Article") }) { articleDate = date }
                    if anyDate == nil { anyDate = date }
                }
                for key in object.keys.sorted() { visit(object[key]!) }
            }
        }
        visit(value)
        return articleDate ?? anyDate
    }
}
