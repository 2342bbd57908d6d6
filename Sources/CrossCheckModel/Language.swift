/// The language of an article, as an ISO 639-1 code.
///
/// crosscheck reads Arabic first, then English and French; anything else is `unknown` and still grouped by its
/// shingles, but fact extraction then only finds digits.
public enum Language: String, Codable, Sendable, CaseIterable {
    case arabic = "ar"
    case english = "en"
    case french = "fr"
    case unknown = "und"

    /// Accepts the codes and names a manifest or a page's `lang` attribute uses (`ar`, `ar-MA`, `en_US`, `Arabic`).
    public init(code: String) {
        let lower = code.lowercased()
        let prefix = String(lower.prefix(2))
        switch prefix {
        case "ar": self = .arabic
        case "en": self = .english
        case "fr": self = .french
        default: self = .unknown
        }
    }
}
