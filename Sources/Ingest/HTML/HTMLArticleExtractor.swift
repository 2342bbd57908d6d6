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
        /// Where each metadata field came from, and how the encoding was decided.
        public var sources = MetadataSources()
    }

    /// Extracts the article from a parsed page; an empty `text` means no article was found.
    /// - Parameter pageURL: where the page came from, if known; used for the outlet when the page names none.
    public static func extract(from document: HTMLDocument, pageURL: String? = nil) -> Extraction {
        var extraction: Extraction
        if document.tree.root >= 0 {
            extraction = extract(from: document.tree, pageURL: pageURL)
        } else {
            extraction = Extraction(title: nil, text: "", removed: [], url: pageURL, language: .unknown)
        }
        extraction.sources.encoding = document.encodingSource
        extraction.sources.charset = document.encoding
        extraction.sources.encodingProblem = document.encodingProblem
        return extraction
    }

    /// Parses and extracts in one call.
    /// - Throws: `IngestError.unparsableHTML`.
    public static func extract(html data: Data, source: String = "HTML", pageURL: String? = nil) throws -> Extraction {
        extract(from: try HTMLDocument(data: data, source: source), pageURL: pageURL)
    }

    /// Extracts the article from a page already converted to Swift values.
    public static func extract(from root: HTMLElement, pageURL: String? = nil) -> Extraction {
        extract(from: HTMLTree(element: root), pageURL: pageURL)
    }

    /// Extracts the article from a page's tree: one class-evidence pass shared by the metadata walk and the block scan.
    static func extract(from tree: HTMLTree, pageURL: String?) -> Extraction {
        let evidence = ClassEvidence.Cache.table(for: tree)
        let metadata = HTMLPageMetadata(tree: tree, evidence: evidence)
        var sources = MetadataSources()
        let url = metadata.url(pageURL: pageURL)
        sources.url = url?.1
        let outlet = metadata.outlet(url: url?.0 ?? pageURL)
        sources.outlet = outlet?.1
        let title = metadata.title(siteName: outlet?.1 == .domain ? nil : outlet?.0)
        sources.title = title?.1

        let content = HTMLContentFinder(tree: tree, title: title?.0, evidence: evidence)
        let cleaned = TextBoilerplate.clean(lines: content.paragraphs)
        let published = metadata.published(url: url?.0 ?? pageURL, textBlocks: content.shortTexts)
        sources.published = published?.1
        var language = metadata.declaredLanguage
        let sample = cleaned.text.isEmpty ? (title?.0 ?? "") : cleaned.text
        // A declared language other than Arabic gives way to Arabic script only: the rest of the detection is not read.
        let detected: Language
        if let declared = language?.0, declared != .arabic {
            detected = ScriptLanguage.isArabic(sample) ? .arabic : .unknown
        } else {
            detected = ScriptLanguage.detect(sample)
        }
        if detected != .unknown, language?.0 != detected,
            language == nil || detected == .arabic || language?.0 == .arabic
        {
            language = (detected, .scriptDetection)
        }
        sources.language = language?.1
        return Extraction(
            title: title?.0, text: cleaned.text, removed: cleaned.removed, published: published?.0,
            outlet: outlet?.0, url: url?.0, language: language?.0 ?? .unknown, sources: sources)
    }
}
