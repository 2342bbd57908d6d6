import CrossCheckModel

/// Makes article text safe to print on a terminal.
///
/// ESC and the other C0/C1 controls would let an article move the cursor, rewrite earlier lines or change colours
/// (ANSI escape injection); bidi controls would reorder the line. Both are replaced by visible text: `<U+1B>`,
/// `<U+202E>`. Line breaks and tabs become spaces, so one fact stays on one line.
///
///     TerminalText.clean("\u{1B}[2J12")  // "<U+1B>[2J12"
enum TerminalText {
    static func clean(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                result += " "
            } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || BidiControl.isControl(scalar) {
                result += "<U+" + String(scalar.value, radix: 16, uppercase: true) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Columns a cleaned text takes: one per scalar, none for combining marks (Arabic harakat).
    static func width(_ text: String) -> Int {
        text.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
    }
}
