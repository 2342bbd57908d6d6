import CrossCheckModel

/// Escapes text for Markdown so that article words stay words: no emphasis, links, tables broken or raw HTML.
///
/// Every ASCII punctuation mark that CommonMark or GitHub-flavoured Markdown gives a meaning to is escaped with a
/// backslash (`<script>` becomes `\<script\>`, which renders as text); line breaks become spaces so a quote cannot
/// start a heading or a list; bidi controls are shown as `\&#x202E;` (rendered as the text `&#x202E;`), as in HTML.
///
///     MarkdownText.escape("*2,500* [x](javascript:y)")  // "\*2,500\* \[x\]\(javascript:y\)"
enum MarkdownText {
    static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "!", "|", "~", "&", "$", "^",
    ]

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if special.contains(scalar) {
                result.append("\\")
                result.unicodeScalars.append(scalar)
            } else if BidiControl.isControl(scalar) {
                result += "\\&" + BidiControl.reference(scalar)
            } else if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result += " "
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An autolink (`<https://…>`) for an http or https URL with nothing in it that could end the link early;
    /// otherwise the URL as escaped text, which no renderer turns into a link.
    static func link(_ url: String) -> String {
        let lower = url.lowercased()
        let plain = url.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && scalar != "<" && scalar != ">" && scalar != "\\"
                && scalar != "`"
        }
        if plain && (lower.hasPrefix("http://") || lower.hasPrefix("https://")) { return "<\(url)>" }
        return escape(url)
    }
}
