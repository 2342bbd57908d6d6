/// Reads the layout of a plain-text article: an optional headline line, then paragraphs.
///
/// Scraped text files start with the page's headline when there is one, but some start straight with the first
/// sentence. The first line is taken as the title only when it reads like a headline: at most 30 words and no
/// sentence-final punctuation. Every other non-blank line is a paragraph.
///
///     PlainTextArticle.split("Blinken calls Bourita\n\nThe two ministers spoke.").title  // "Blinken calls Bourita"
///     PlainTextArticle.split("The two ministers spoke today.\nThey agreed.").title        // nil
enum PlainTextArticle {
    static let maximumHeadlineWords = 30

    static func split(_ text: String) -> (title: String?, paragraphs: [String]) {
        let lines = TextBoilerplate.paragraphs(of: text)
        guard let first = lines.first, lines.count > 1, looksLikeHeadline(first) else { return (nil, lines) }
        return (first, Array(lines.dropFirst()))
    }

    static func looksLikeHeadline(_ line: String) -> Bool {
        guard line.split(whereSeparator: \.isWhitespace).count <= maximumHeadlineWords else { return false }
        let closing: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "“"]
        guard let last = line.reversed().first(where: { !closing.contains($0) && !$0.isWhitespace }) else {
            return false
        }
        let sentenceEnds: Set<Character> = [".", "!", "?", "؟", "…", "。", ";", "؛", ":"]
        return !sentenceEnds.contains(last)
    }
}
