import CrossCheckModel
import Foundation
import Ingest

/// One line of `crosscheck extract` output: an article as a JSON object with a fixed key order.
///
/// Written by hand rather than with `JSONEncoder` so that absent fields print as `null` (scripts can rely on every key
/// being there) and the key order stays the one documented: `id`, `title`, `published`, `outlet`, `url`, `language`,
/// `text`, then `sources` and the optional `ms` and `removed`.
///
///     {"id":"page","title":"…","published":"2023-10-12","outlet":"CNN","url":null,"language":"ar","text":"…",
///      "sources":{"title":"og:title",…}}
struct ExtractLine {
    var article: Article
    var sources: MetadataSources?
    var milliseconds: Double?
    var includeRemoved: Bool

    func json() -> Data {
        var out = "{"
        out += "\"id\":" + JSONString.quote(article.id)
        out += ",\"title\":" + JSONString.quote(article.title)
        out += ",\"published\":" + JSONString.quote(article.published?.iso)
        out += ",\"outlet\":" + JSONString.quote(article.outlet)
        out += ",\"url\":" + JSONString.quote(article.url)
        out += ",\"language\":" + JSONString.quote(article.language.rawValue)
        out += ",\"text\":" + JSONString.quote(article.text)
        if let sources {
            let fields = [
                ("title", sources.title), ("published", sources.published), ("outlet", sources.outlet),
                ("url", sources.url), ("language", sources.language), ("encoding", sources.encoding),
            ]
            out += ",\"sources\":{"
            out += fields.map { "\"\($0.0)\":" + JSONString.quote($0.1?.rawValue) }.joined(separator: ",")
            if let charset = sources.charset { out += ",\"charset\":" + JSONString.quote(charset) }
            out += "}"
        }
        if let milliseconds { out += ",\"ms\":" + String(format: "%.3f", milliseconds) }
        if includeRemoved {
            out += ",\"removed\":[" + article.removed.map { JSONString.quote($0) }.joined(separator: ",") + "]"
        }
        out += "}"
        return Data(out.utf8)
    }
}
