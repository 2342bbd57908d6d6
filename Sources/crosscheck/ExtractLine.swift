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
        out += "\"id\":" + Self.quote(article.id)
        out += ",\"title\":" + Self.quote(article.title)
        out += ",\"published\":" + Self.quote(article.published?.iso)
        out += ",\"outlet\":" + Self.quote(article.outlet)
        out += ",\"url\":" + Self.quote(article.url)
        out += ",\"language\":" + Self.quote(article.language.rawValue)
        out += ",\"text\":" + Self.quote(article.text)
        if let sources {
            let fields = [
                ("title", sources.title), ("published", sources.published), ("outlet", sources.outlet),
                ("url", sources.url), ("language", sources.language), ("encoding", sources.encoding),
            ]
            out += ",\"sources\":{"
            out += fields.map { "\"\($0.0)\":" + Self.quote($0.1?.rawValue) }.joined(separator: ",")
            if let charset = sources.charset { out += ",\"charset\":" + Self.quote(charset) }
            out += "}"
        }
        if let milliseconds { out += ",\"ms\":" + String(format: "%.3f", milliseconds) }
        if includeRemoved {
            out += ",\"removed\":[" + article.removed.map { Self.quote($0) }.joined(separator: ",") + "]"
        }
        out += "}"
        return Data(out.utf8)
    }

    /// A JSON string literal, or `null`; control characters and the two JSON specials are escaped.
    static func quote(_ text: String?) -> String {
        guard let text else { return "null" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
