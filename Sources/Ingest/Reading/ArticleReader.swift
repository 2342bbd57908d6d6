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
        let data: Data
        do {
            data = try load(item)
        } catch let error as IngestError {
            if case .emptyFile = error { return [.skipped(item.path, "empty file")] }
            return [.failed(item.path, error)]
        } catch {
            return [.failed(item.path, .unreadable(path: item.path, reason: "\(error)"))]
        }
        switch item.format {
        case .text: return [readText(data, item: item, manifest: manifest)]
        case .html: return [readHTML(data, item: item, manifest: manifest)]
        case .jsonl: return readJSONL(data, item: item, manifest: manifest)
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
        let extraction: HTMLArticleExtractor.Extraction
        do {
            let pageURL = manifest?.entry(forFile: item.fileName)?.url
            extraction = try HTMLArticleExtractor.extract(html: data, source: item.path, pageURL: pageURL)
        } catch {
            return .failed(item.path, error as? IngestError ?? .unparsableHTML(source: item.path))
        }
        var article = Article(extraction, id: item.baseName, origin: item.path)
        manifest?.apply(to: &article, fileName: item.fileName)
        return finish(article)
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
