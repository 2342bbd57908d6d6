import CrossCheckModel
import Foundation

/// What a page's JSON-LD blocks (`<script type="application/ld+json">`) say about its article.
///
/// Publishers describe the article for search engines as schema.org `NewsArticle`, often inside an `@graph` list next
/// to `WebPage`, `Organization` and `BreadcrumbList` objects. Values of an `…Article` object win over those of any
/// other object, since a `WebPage` may carry the site's own dates.
///
///     var ld = HTMLJSONLD()
///     ld.add(#"{"@type":"NewsArticle","datePublished":"2023-10-12T08:00:00Z","headline":"Blinken calls Bourita"}"#)
///     ld.datePublished  // 2023-10-12
struct HTMLJSONLD: Hashable {
    private(set) var datePublished: CivilDate?
    /// The `datePublished` value as written, so its time zone can be read (`…Z` is UTC, not the publisher's day).
    private(set) var datePublishedText: String?
    private(set) var headline: String?
    private(set) var publisher: String?
    private var fromArticle = false

    mutating func add(_ text: String) {
        guard HTMLJSONLD.mayHoldArticleFields(text) else { return }
        guard let data = text.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for element in array { visit(element, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        let isArticle = types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
        if isArticle || !fromArticle {
            // Some sites write RFC-style dates ("19 Nov 2019 07:09 GMT") that only the dateline reader knows.
            let raw = object["datePublished"]
            let date = raw.flatMap { PublishedDate.parse($0) ?? ($0 as? String).flatMap(DatelineParser.date(in:)) }
            if let date, isArticle || datePublished == nil {
                datePublished = date
                datePublishedText = raw as? String
            }
            if let text = object["headline"] as? String, isArticle || headline == nil {
                headline = HTMLBlockScanner.collapseWhitespace(text)
            }
            if let name = Self.name(of: object["publisher"]), isArticle || publisher == nil { publisher = name }
            if isArticle, date != nil { fromArticle = true }
        }
        for key in object.keys.sorted() where key != "publisher" {
            if let child = object[key], child is [Any] || child is [String: Any] { visit(child, depth: depth + 1) }
        }
    }

    /// False when no object of the block can give a field: none of the keys read occurs, and no key is written with
    /// `\u` escapes. Breadcrumb, site and organisation blocks are skipped so, before Foundation's parser builds them.
    static func mayHoldArticleFields(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            fieldKeys.contains { key in key.withUnsafeBufferPointer { MatchKey.contains(bytes, $0) } }
        }
    }

    private static let fieldKeys = ["datePublished", "headline", "publisher", "\\u"].map { Array($0.utf8) }

    private static func name(of value: Any?) -> String? {
        if let object = value as? [String: Any], let name = object["name"] as? String, !name.isEmpty { return name }
        if let array = value as? [Any] { return array.lazy.compactMap { name(of: $0) }.first }
        return nil
    }
}
