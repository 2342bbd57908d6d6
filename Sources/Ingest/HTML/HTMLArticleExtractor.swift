import CrossCheckModel
import Foundation

/// Extracts the article from a news page: its main text and its metadata.
///
/// Pages wrap one article in navigation, share buttons, comment threads, "read also" lists and ads. Extraction drops
/// page furniture by tag (`nav`, `aside`, `footer`, `script`, …) and widgets by class or id (`related`, `share`,
/// `comments`, …), scores the remaining containers by text length and link density, and keeps the best container's
/// paragraphs. `TextBoilerplate` then cuts what markup did not reveal, such as a "اقرأ أيضا" paragraph inside the
/// article body.
///
///     let page = try HTMLDocument(data: bytes, source: path)
///     let extraction = HTMLArticleExtractor.extract(from: page)
///     extraction.text   // paragraphs joined by "\n\n"
public enum HTMLArticleExtractor {
    /// What a page gave.
    public struct Extraction: Sendable, Hashable {
        public var title: String?
        /// The article text, paragraphs joined by "\n\n", boilerplate cut.
        public var text: String
        /// Paragraphs cut by `TextBoilerplate`.
        public var removed: [String]
        public var published: CivilDate?
        public var outlet: String?
        /// The canonical URL (`link rel=canonical`, else `og:url`).
        public var url: String?
        public var language: Language
    }

    /// Extracts the article from a parsed page; an empty `text` means no article was found.
    /// - Parameter pageURL: where the page came from, if known; used for the outlet when the page names none.
    public static func extract(from document: HTMLDocument, pageURL: String? = nil) -> Extraction {
        guard let root = document.root else {
            return Extraction(title: nil, text: "", removed: [], url: pageURL, language: .unknown)
        }
        return extract(from: root, pageURL: pageURL)
    }

    /// Parses and extracts in one call.
    /// - Throws: `IngestError.unparsableHTML`.
    public static func extract(html data: Data, source: String = "HTML", pageURL: String? = nil) throws -> Extraction {
        extract(from: try HTMLDocument(data: data, source: source), pageURL: pageURL)
    }

    /// Extracts the article from a page already converted to Swift values.
    public static func extract(from root: HTMLElement, pageURL: String? = nil) -> Extraction {
        let metadata = HTMLPageMetadata(root: root)
        let url = metadata.url ?? pageURL
        let outlet = metadata.outlet(url: url ?? pageURL)
        let title = metadata.title(siteName: outlet)

        var blocks = HTMLBlockScanner(root: root, useClassRules: true).articleBlocks()
        if blocks.isEmpty {
            // A page whose wrapper carries a widget-like class ("social-news"): try again on tags alone.
            blocks = HTMLBlockScanner(root: root, useClassRules: false).articleBlocks()
        }
        var paragraphs = blocks.map(\.text)
        if let title, paragraphs.first == title { paragraphs.removeFirst() }
        let cleaned = TextBoilerplate.clean(lines: paragraphs)
        return Extraction(
            title: title, text: cleaned.text, removed: cleaned.removed, published: metadata.published,
            outlet: outlet, url: url, language: metadata.pageLanguage)
    }
}
