import CrossCheckModel
import Foundation

extension ArticleReader {
    /// Reads a JSONL file: one outcome per non-blank line, each named `path:line`.
    ///
    /// A line needs an `id` and a `text` or an `html`; `title`, `url`, `outlet`, `published` and `language` are
    /// optional and win over what HTML extraction finds. A bad line fails alone and the next lines go on.
    ///
    ///     {"id": "a1", "text": "…", "outlet": "Hespress", "published": "2023-10-12", "language": "ar"}
    ///
    /// Lines are read on every core, a round at a time: each round's outcomes go to `body` in line order before the
    /// next round is read, so a large file (a night's JSONL dump) uses both cores and its first articles can be
    /// stored while the rest are read.
    static func forEachJSONL(
        _ data: Data, item: InputItem, manifest: Manifest?, _ body: (RecordOutcome) -> Void
    ) {
        let lines = JSONLines.split(data)
        guard !lines.isEmpty else { return body(.skipped(item.path, "empty file (only blank lines)")) }
        ParallelMap.forEachInRounds(lines, round: Self.jsonlRound, chunk: Self.jsonlChunk) {
            line(number: $0.0, $0.1, item, manifest)
        } body: {
            body($0)
        }
    }

    /// Lines per task, and per round of tasks handed on together.
    static let jsonlChunk = 128
    static let jsonlRound = 2048

    private static func line(number: Int, _ line: Data, _ item: InputItem, _ manifest: Manifest?) -> RecordOutcome {
        let origin = "\(item.path):\(number)"
        switch JSONLines.object(line) {
        case .failure(let reason):
            return .failed(origin, .malformedRecord(origin: origin, reason: reason.description))
        case .success(let object):
            return record(object, origin: origin, item: item, manifest: manifest)
        }
    }

    private static func record(
        _ object: [String: Any], origin: String, item: InputItem, manifest: Manifest?
    ) -> RecordOutcome {
        guard let id = JSONLines.string(object["id"]) else {
            return .failed(origin, .malformedRecord(origin: origin, reason: "missing \"id\"; give each line an id"))
        }
        let url = JSONLines.string(object["url"])
        var article: Article
        if let text = object["text"] as? String, !text.isEmpty {
            let cleaned = TextBoilerplate.clean(text)
            article = Article(id: id, text: cleaned.text, origin: origin, removed: cleaned.removed)
        } else if let html = object["html"] as? String, !html.isEmpty {
            do {
                let extraction = try HTMLArticleExtractor.extract(html: Data(html.utf8), source: origin, pageURL: url)
                article = Article(extraction, id: id, origin: origin)
            } catch {
                return .failed(origin, error as? IngestError ?? .unparsableHTML(source: origin))
            }
        } else {
            let reason = "neither \"text\" nor \"html\"; each line needs the article as one of them"
            return .failed(origin, .malformedRecord(origin: origin, reason: reason))
        }
        if let title = JSONLines.string(object["title"]) { article.title = title }
        if let url { article.url = url }
        if let outlet = JSONLines.string(object["outlet"]) { article.outlet = outlet }
        if let value = object["published"], let date = PublishedDate.parse(value) { article.published = date }
        if let code = JSONLines.string(object["language"]) { article.language = Language(code: code) }
        manifest?.apply(to: &article, fileName: item.fileName, includeIdentity: false)
        return finish(article)
    }
}
