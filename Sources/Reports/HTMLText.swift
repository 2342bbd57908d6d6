import CrossCheckModel

/// Escapes text for HTML so that nothing an article says can become markup, a link or a reordering of the page.
///
/// `&`, `<`, `>`, `"` and `'` become entities, valid in text and in quoted attributes alike. The bidi embedding,
/// override and isolate controls (U+202A–U+202E, U+2066–U+2069) could visually reorder a quote or the text after
/// it ("Trojan Source"): they are shown as visible text, `&#x202E;`, instead of acting. Other C0 controls, which
/// HTML does not allow, become spaces.
///
///     HTMLText.escape("<b>\u{202E}")  // "&lt;b&gt;&amp;#x202E;"
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if BidiControl.isControl(scalar) {
                    result += "&amp;" + BidiControl.reference(scalar)
                } else if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// The `href` for an article URL, escaped for a quoted attribute; nil unless the scheme is http or https.
    ///
    /// Browsers ignore leading spaces and controls and tabs or newlines inside a scheme, so anything but a plain
    /// `http://` or `https://` prefix is refused rather than cleaned: `javascript:`, `data:`, `JaVaScRiPt:`,
    /// `java\tscript:` all stay text.
    static func safeHref(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        for scalar in url.unicodeScalars
        where scalar.value <= 0x20 || scalar.value == 0x7F || BidiControl.isControl(scalar) {
            return nil
        }
        return escape(url)
    }
}
