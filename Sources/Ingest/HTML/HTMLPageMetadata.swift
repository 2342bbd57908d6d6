import CrossCheckModel
import Foundation

/// The metadata a news page declares about itself: title, dates, site name, canonical URL, language.
///
/// Collected in one walk over the whole page (before pruning, since `<head>` and `<header>` are pruned from the text
/// but hold most of it). Dates and headings inside widgets (a sidebar's "related" list) are ignored. Each choice
/// returns where the value came from, for `MetadataSources`.
struct HTMLPageMetadata: Hashable {
    var language: String?
    var titleTag: String?
    var firstHeading: String?
    /// `<time datetime>` values outside widgets, in page order; the publication one first when marked.
    var timeDatetimes: [String] = []
    var canonical: String?
    /// `property`, `name`, `itemprop` or `http-equiv` (lower-cased) → `content`, first occurrence.
    var metas: [String: String] = [:]
    var jsonLD = HTMLJSONLD()
    /// Short texts of elements named like a dateline (`date`, `time`, `byline`, `posted`), in page order.
    var datelines: [String] = []

    /// Reads a page's metadata.
    /// - Parameter evidence: `ClassEvidence.Cache.table(for: tree)`, shared with the block scanner.
    init(tree: HTMLTree, evidence: [ClassEvidence]) {
        guard tree.root >= 0 else { return }
        language = tree.attribute(tree.root, .lang) ?? tree.attribute(tree.root, .xmlLang)
        visit(tree.root, in: tree, inWidget: false, evidence: evidence)
    }

    private mutating func visit(_ element: Int32, in tree: HTMLTree, inWidget: Bool, evidence: [ClassEvidence]) {
        let classes = evidence[Int(element)]
        let code = tree.code(element)
        let widget =
            inWidget || code == .aside || code == .nav || code == .footer || code == .form
            || (classes.isWidget && !tree.flags(element).contains(.exempt))
        // Datelines carry widget-like class names ("date", "meta"), so only an enclosing widget rules them out.
        if datelines.count < 8, !inWidget, code == .time || classes.isDateline, code != .script, code != .style,
            // Each visible ASCII byte is a character of its own: past 200 of them the text is too long to be a
            // dateline, known without gathering a whole "entry-meta" wrapper.
            !tree.hasVisibleASCII(moreThan: 200, under: element)
        {
            let text = tree.collapsedText(of: element)
            // Collapsed ASCII has one character per byte (no "\r\n" is left): counting graphemes is for the rest.
            let length = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
            if length >= 6, length <= 200 { datelines.append(text) }
        }
        switch code {
        case .title where titleTag == nil:
            titleTag = tree.collapsedText(of: element)
        case .h1 where firstHeading == nil && !widget:
            let text = tree.collapsedText(of: element)
            if !text.isEmpty { firstHeading = text }
        case .time where !widget:
            if let value = tree.attribute(element, .datetime) ?? tree.attribute(element, .content) {
                let marked = (tree.attribute(element, .itemprop) ?? tree.attribute(element, .class) ?? "").lowercased()
                if marked.contains("publish") || marked.contains("created") {
                    timeDatetimes.insert(value, at: 0)
                } else {
                    timeDatetimes.append(value)
                }
            }
        case .meta:
            readMeta(element, in: tree)
        case .link where canonical == nil:
            if let rel = tree.attributeBytes(element, .rel), HTMLPageMetadata.hasCanonicalToken(rel) {
                canonical = tree.attribute(element, .href)
            }
        case .script:
            if let type = tree.attributeBytes(element, .type),
                HTMLText.containsLowercased(type, HTMLPageMetadata.ldJSON)
            {
                jsonLD.add(String(decoding: tree.textBytes(of: element), as: UTF8.self))
            }
            return
        default:
            if !widget, tree.attribute(element, .itemprop)?.lowercased() == "datepublished",
                let value = tree.attribute(element, .datetime) ?? tree.attribute(element, .content)
            {
                timeDatetimes.insert(value, at: 0)
            }
        }
        var child = tree.nodes[Int(element)].firstChild
        while child >= 0 {
            if !tree.nodes[Int(child)].isText { visit(child, in: tree, inWidget: widget, evidence: evidence) }
            child = tree.nodes[Int(child)].next
        }
    }

    private static let ldJSON = Array("ld+json".utf8)
    private static let canonicalWord = Array("canonical".utf8)

    /// True when one of the space-separated words of a `rel` value is `canonical`, in any case.
    static func hasCanonicalToken(_ rel: ArraySlice<UInt8>) -> Bool {
        var start = rel.startIndex
        while start < rel.endIndex {
            let end = rel[start...].firstIndex(of: 0x20) ?? rel.endIndex
            if HTMLText.equalsLowercased(rel[start..<end], canonicalWord) { return true }
            start = end + 1
        }
        return false
    }

    /// Records a `<meta>`'s `content` under its `property`, `name`, `itemprop` or `http-equiv` (first ones win), in
    /// one pass over its attributes: pages carry dozens of them.
    private mutating func readMeta(_ element: Int32, in tree: HTMLTree) {
        var property: HTMLTree.Attribute?
        var name: HTMLTree.Attribute?
        var itemprop: HTMLTree.Attribute?
        var httpEquiv: HTMLTree.Attribute?
        var content: HTMLTree.Attribute?
        for attribute in tree.attributes(of: element) {
            switch tree.codes[Int(attribute.name)] {
            case .property: if property == nil { property = attribute }
            case .name: if name == nil { name = attribute }
            case .itemprop: if itemprop == nil { itemprop = attribute }
            case .httpEquiv: if httpEquiv == nil { httpEquiv = attribute }
            case .content: if content == nil { content = attribute }
            default: break
            }
        }
        guard let content, let keyAttribute = property ?? name ?? itemprop ?? httpEquiv else { return }
        let key = tree.string(keyAttribute.start, keyAttribute.end)
        let lowered = key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? key.lowercased() : key
        if metas[lowered] == nil { metas[lowered] = HTMLPageMetadata.trimmed(tree.string(content.start, content.end)) }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` on scalars (white space and line separators, U+0009–U+000D,
    /// U+0085), without Foundation's bridging, which dominated the metadata walk on pages with many `<meta>` tags.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !isWhitespaceOrNewline(first) && !isWhitespaceOrNewline(last) { return text }
        guard let start = scalars.firstIndex(where: { !isWhitespaceOrNewline($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isWhitespaceOrNewline($0) })!
        return String(scalars[start...end])
    }

    private static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// `og:title`, else the first `<h1>`, else the JSON-LD headline, else `<title>`, without a " | Site" suffix.
    func title(siteName: String?) -> (String, MetadataSource)? {
        if let title = nonEmpty(metas["og:title"]) {
            return (HTMLPageMetadata.stripSiteSuffix(title, siteName: siteName), .openGraphTitle)
        }
        if let heading = firstHeading { return (heading, .firstHeading) }
        if let title = nonEmpty(metas["twitter:title"]) {
            return (HTMLPageMetadata.stripSiteSuffix(title, siteName: siteName), .twitterTitle)
        }
        if let headline = nonEmpty(jsonLD.headline) { return (headline, .jsonLDHeadline) }
        return nonEmpty(titleTag).map { (HTMLPageMetadata.stripSiteSuffix($0, siteName: siteName), .titleElement) }
    }

    static let languageMetaNames = ["content-language", "og:locale", "language", "dc.language"]

    /// Every `metas` key that is read: the stripper cuts the `content` of other `<meta>`s before libxml2 reads it.
    static let readMetaNames =
        ["og:title", "twitter:title", "og:url", "og:site_name", "application-name"] + publishedMetaNames
        + languageMetaNames

    static let publishedMetaNames = [
        "article:published_time", "og:article:published_time", "article:published", "og:published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "article.published",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
        "date", "article_date_original", "cxenseparse:recs:publishtime", "og:updated_time",
        "article:modified_time",
    ]

    /// JSON-LD `datePublished`, else a published-time `<meta>`, else `<time datetime>`, else a date in the URL,
    /// else a visible dateline, else the first short text block of the page that holds a full date.
    ///
    /// A structured timestamp's calendar day depends on its time zone (`2019-11-19T07:03:25+00:00` is the evening of
    /// November 18 for a Californian site, and its page says so), so when the first visible dateline is one day off
    /// the structured date, the day the reader saw wins. A UTC timestamp one day off the date in the page's URL
    /// (which publishers write in their own time zone) gives way to the URL's date, when the hour makes the shift
    /// possible (the URL's day is earlier only for a morning UTC hour, later only for an evening one).
    /// - Parameter textBlocks: short visible texts in page order (datelines without a telling class name).
    func published(url: String?, textBlocks: [String] = []) -> (CivilDate, MetadataSource)? {
        let urlDate = url.flatMap(DatelineParser.date(inURL:))
        guard let structured = structuredPublished(urlDate: urlDate) else {
            return textBlocks.lazy.compactMap(DatelineParser.date(in:)).first.map { ($0, .dateline) }
        }
        guard structured.source != .dateline, structured.source != .urlPath else {
            return (structured.date, structured.source)
        }
        if let visible = datelines.lazy.compactMap(DatelineParser.date(in:)).first,
            abs(visible.daysSinceEpoch - structured.date.daysSinceEpoch) == 1
        {
            return (visible, .dateline)
        }
        if let urlDate, let hour = HTMLPageMetadata.utcHour(structured.text) {
            let shift = urlDate.daysSinceEpoch - structured.date.daysSinceEpoch
            if (shift == -1 && hour < 12) || (shift == 1 && hour >= 10) { return (urlDate, .urlPath) }
        }
        return (structured.date, structured.source)
    }

    private func structuredPublished(
        urlDate: CivilDate?
    ) -> (date: CivilDate, source: MetadataSource, text: String?)? {
        if let date = jsonLD.datePublished { return (date, .jsonLDDatePublished, jsonLD.datePublishedText) }
        for name in HTMLPageMetadata.publishedMetaNames {
            if let value = metas[name], let date = PublishedDate.parse(value) ?? DatelineParser.date(in: value) {
                return (date, .publishedMeta, value)
            }
        }
        for value in timeDatetimes {
            if let date = PublishedDate.parse(value) ?? DatelineParser.date(in: value) {
                return (date, .timeElement, value)
            }
        }
        if let urlDate { return (urlDate, .urlPath, nil) }
        for text in datelines {
            if let date = DatelineParser.date(in: text) { return (date, .dateline, nil) }
        }
        return nil
    }

    /// The hour of an ISO timestamp written in UTC (`…T07:03:25Z`, `…+00:00`, `…+0000`), else nil.
    static func utcHour(_ text: String?) -> Int? {
        guard let text else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            let tens = digit(bytes[11]), let ones = digit(bytes[12])
        else { return nil }
        let isUTC = text.hasSuffix("Z") || text.hasSuffix("+00:00") || text.hasSuffix("+0000") || text.hasSuffix("GMT")
        return isUTC ? tens * 10 + ones : nil
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }

    static let datelineWords = ["date", "time", "byline", "posted", "publish", "dateline", "timestamp", "meta"]

    /// `link rel=canonical`, else `og:url`, else the page's own URL.
    func url(pageURL: String?) -> (String, MetadataSource)? {
        if let link = nonEmpty(canonical), link.hasPrefix("http") { return (link, .canonicalLink) }
        if let link = nonEmpty(metas["og:url"]), link.hasPrefix("http") { return (link, .openGraphURL) }
        return nonEmpty(pageURL).map { ($0, .pageURL) }
    }

    /// `og:site_name`, else the JSON-LD publisher's name, else the URL's host without `www.`.
    func outlet(url: String?) -> (String, MetadataSource)? {
        if let site = nonEmpty(metas["og:site_name"]) { return (site, .openGraphSiteName) }
        if let publisher = nonEmpty(jsonLD.publisher) { return (publisher, .jsonLDPublisher) }
        if let name = nonEmpty(metas["application-name"]) { return (name, .applicationName) }
        guard let url, let host = URL(string: url)?.host, !host.isEmpty else { return nil }
        return (host.hasPrefix("www.") ? String(host.dropFirst(4)) : host, .domain)
    }

    /// `<html lang>`, else `content-language` or `og:locale`.
    var declaredLanguage: (Language, MetadataSource)? {
        if let code = nonEmpty(language), Language(code: code) != .unknown {
            return (Language(code: code), .langAttribute)
        }
        for name in HTMLPageMetadata.languageMetaNames {
            if let code = nonEmpty(metas[name]), Language(code: code) != .unknown {
                return (Language(code: code), .languageMeta)
            }
        }
        return nil
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text = text.map(HTMLPageMetadata.trimmed), !text.isEmpty else { return nil }
        return text
    }

    /// Removes a trailing " | Site", " - Site" or " — Site" (a short last segment, or the site's own name).
    ///
    ///     stripSiteSuffix("Blinken calls Bourita | Hespress", siteName: nil)  // "Blinken calls Bourita"
    static func stripSiteSuffix(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " · "] {
            // Most titles hold one separator at most: a byte search spares Foundation's search for the others.
            guard separator == " · " || title.utf8.contains(separator.utf8.dropFirst().first!) else { continue }
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            let isSite =
                tail.lowercased() == siteName?.lowercased() || tail.split(separator: " ").count <= 3
                || (siteName.map { tail.lowercased().contains($0.lowercased()) } ?? false)
            if !head.isEmpty, isSite, tail.count < head.count { return head }
        }
        return title
    }
}
