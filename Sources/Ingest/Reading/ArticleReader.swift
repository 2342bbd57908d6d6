import CrossCheckModel
import Foundation

/// Reads one input file into articles, accounting for every record.
///
/// A file gives at least one outcome and a JSONL file one outcome per non-blank line; nothing throws, so one bad
/// file never stops the batch. Empty files are `skipped`; binary data, invalid UTF-8 (with its byte offset), damaged
/// gzip and malformed JSONL lines are `failed` with a reason a user can act on.
///
/// `read` keeps no shared state and may be called from several threads at once, one file per call.
///
///     let inputs = InputCollector.collect(paths: ["articles"])
///     let outcomes = inputs.items.flatMap { ArticleReader.read($0, manifest: inputs.manifest(for: $0)) }
public enum ArticleReader {
    /// Bytes checked for NUL to recognise binary files.
    static let binaryProbeLength = 8192

    public static func read(_ item: InputItem, manifest: Manifest?) -> [RecordOutcome] {
        var outcomes: [RecordOutcome] = []
        forEach(item, manifest: manifest) { outcomes.append($0) }
        return outcomes
    }

    /// Reads one input and hands each outcome to `body` as soon as it is known.
    ///
    /// A WARC file is streamed: its records are read, extracted and handed over one at a time, so memory stays
    /// bounded whatever the file's size. Other inputs are read whole (they are single pages or article lists).
    public static func forEach(_ item: InputItem, manifest: Manifest?, _ body: (RecordOutcome) -> Void) {
        if item.format == .warc {
            readWARC(item, body)
            return
        }
        let data: Data
        do {
            data = try load(item)
        } catch let error as IngestError {
            if case .emptyFile = error { return body(.skipped(item.path, "empty file")) }
            return body(.failed(item.path, error))
        } catch {
            return body(.failed(item.path, .unreadable(path: item.path, reason: "\(error)")))
        }
        switch item.format {
        case .text: body(readText(data, item: item, manifest: manifest))
        case .html: body(readHTML(data, item: item, manifest: manifest))
        case .jsonl: forEachJSONL(data, item: item, manifest: manifest, body)
        case .warc: break
        }
    }

    /// Reads and decompresses a file, rejecting empty and binary content.
    static func load(_ item: InputItem) throws -> Data {
        guard let raw = FileManager.default.contents(atPath: item.path) else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory) else {
                throw IngestError.notFound(path: item.path)
            }
            let reason = isDirectory.boolValue ? "it is a folder" : "permission denied or I/O error"
            throw IngestError.unreadable(path: item.path, reason: reason)
        }
        guard !raw.isEmpty else { throw IngestError.emptyFile(path: item.path) }
        let data = item.isCompressed ? try GzipDecoder.decompress(raw, source: item.path) : raw
        guard !data.isEmpty else { throw IngestError.emptyFile(path: item.path) }
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if !(item.format == .html && utf16), data.prefix(binaryProbeLength).contains(0) {
            throw IngestError.binaryData(path: item.path)
        }
        return data
    }

    static func readText(_ data: Data, item: InputItem, manifest: Manifest?) -> RecordOutcome {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        if let offset = UTF8Validation.firstInvalidOffset(Data(body)) {
            return .failed(item.path, .invalidUTF8(path: item.path, offset: offset + (data.count - body.count)))
        }
        let (title, paragraphs) = PlainTextArticle.split(String(decoding: body, as: UTF8.self))
        let cleaned = TextBoilerplate.clean(lines: paragraphs)
        var article = Article(
            id: item.baseName, title: title, text: cleaned.text, origin: item.path, removed: cleaned.removed)
        manifest?.apply(to: &article, fileName: item.fileName)
        return finish(article)
    }

    static func readHTML(_ data: Data, item: InputItem, manifest: Manifest?) -> RecordOutcome {
        let pageURL = manifest?.entry(forFile: item.fileName)?.url
        var outcome = extractHTML(data, id: item.baseName, origin: item.path, pageURL: pageURL, httpCharset: nil)
        if var article = outcome.article {
            manifest?.apply(to: &article, fileName: item.fileName)
            outcome.article = article
        }
        return outcome
    }

    /// Decodes, parses and extracts one page, timing the work; shared by HTML files and WARC records.
    static func extractHTML(
        _ data: Data, id: String, origin: String, pageURL: String?, httpCharset: String?
    ) -> RecordOutcome {
        let start = DispatchTime.now().uptimeNanoseconds
        let extraction: HTMLArticleExtractor.Extraction
        do {
            let document = try HTMLDocument(data: data, source: origin, httpCharset: httpCharset)
            extraction = HTMLArticleExtractor.extract(from: document, pageURL: pageURL)
        } catch {
            return .failed(origin, error as? IngestError ?? .unparsableHTML(source: origin))
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        var outcome = finish(Article(extraction, id: id, origin: origin))
        outcome.sources = extraction.sources
        outcome.extractionMilliseconds = elapsed
        return outcome
    }

    /// A processed outcome, or skipped when nothing of the article is left.
    static func finish(_ article: Article) -> RecordOutcome {
        guard !article.text.isEmpty else {
            return RecordOutcome(
                origin: article.origin, status: .skipped,
                reason: IngestError.noArticleText(origin: article.origin).description, article: nil)
        }
        return .processed(article)
    }
}

extension Article {
    init(_ extraction: HTMLArticleExtractor.Extraction, id: String, origin: String) {
        self.init(
            id: id, title: extraction.title, text: extraction.text, url: extraction.url, outlet: extraction.outlet,
            published: extraction.published, language: extraction.language, origin: origin,
            removed: extraction.removed)
    }
}
