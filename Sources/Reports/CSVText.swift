import CrossCheckModel

/// Quotes CSV fields so that article text stays text in a spreadsheet.
///
/// A field is double-quoted when it holds a comma, a quote or a line break, and inner quotes are doubled (RFC 4180).
/// A field that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by Excel,
/// LibreOffice and Google Sheets ("CSV injection"): it gets a leading `'`. Bidi controls become the visible text
/// `[U+202E]`, and other control characters spaces, so a cell cannot reorder what a reader sees.
///
///     CSVText.field("=HYPERLINK(\"http://x\")")  // "\"'=HYPERLINK(\"\"http://x\"\")\""
enum CSVText {
    static func field(_ text: String) -> String {
        var cleaned = ""
        for scalar in text.unicodeScalars {
            if BidiControl.isControl(scalar) {
                cleaned += "[U+" + String(scalar.value, radix: 16, uppercase: true) + "]"
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                cleaned += " "
            } else {
                cleaned.unicodeScalars.append(scalar)
            }
        }
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
            Double(text) == nil
        {
            cleaned = "'" + cleaned
        }
        let needsQuotes = cleaned.unicodeScalars.contains { $0 == "," || $0 == "\"" }
        guard needsQuotes else { return cleaned }
        return "\"" + cleaned.replacingQuotes() + "\""
    }

    /// One record, CRLF-terminated.
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == "\"" { result += "\"\"" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
