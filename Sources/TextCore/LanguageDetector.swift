import CrossCheckModel

/// Guesses an article's language from its first 4 KB: Arabic by script, English or French by stop words.
///
/// Ingest usually knows the language from the page's `lang` attribute or the manifest; this is the fallback and a
/// check. Arabic script letters outnumbering Latin letters (and at least 20 of them) means Arabic; otherwise the
/// Latin tokens vote by stop-word hits (English vs French lists); a tie (also no hit) gives `.unknown`.
///
///     LanguageDetector.detect("قال وزير الخارجية")               // .arabic
///     LanguageDetector.detect("Le ministre a déclaré que la …") // .french
public enum LanguageDetector {
    /// How many leading UTF-8 bytes are read: enough for a reliable vote, and constant time on long articles.
    public static let sampleBytes = 4096

    public static func detect(_ text: String) -> Language {
        let sample = prefix(of: text)
        var arabicLetters = 0
        var latinLetters = 0
        var englishHits = 0
        var frenchHits = 0
        for token in Tokenizer.tokens(in: sample) where token.kind == .word {
            guard let first = token.text.unicodeScalars.first else { continue }
            switch ScriptClass(first.value) {
            case .arabic:
                arabicLetters += token.text.unicodeScalars.count
            case .latin:
                latinLetters += token.text.unicodeScalars.count
                if StopWords.english.contains(token.text) { englishHits += 1 }
                if StopWords.french.contains(token.text) { frenchHits += 1 }
            case .digit, .other:
                break
            }
        }
        if arabicLetters >= 20 && arabicLetters > latinLetters { return .arabic }
        if arabicLetters > 0 && latinLetters == 0 { return .arabic }
        if englishHits > frenchHits { return .english }
        if frenchHits > englishHits { return .french }
        return .unknown
    }

    /// The text cut to at most ``sampleBytes`` UTF-8 bytes, at a scalar boundary.
    private static func prefix(of text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > sampleBytes else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: sampleBytes)
        while end > utf8.startIndex && UTF8.isContinuation(utf8[end]) { end = utf8.index(before: end) }
        return String(decoding: utf8[utf8.startIndex..<end], as: UTF8.self)
    }
}
