import Foundation

/// Cuts boilerplate from article text: "read also" blocks, tag and source lines, link lines, "follow us" lines.
///
/// Boilerplate that stays in the text becomes facts later: a "read also" headline about another strike adds a
/// casualty figure that the article never reported, and an appended second article merges two events. So a
/// "read also"/"related" cue removes everything from its line to the end, while tag, source, link-only and
/// call-to-action lines are removed one by one. Everything removed is returned, for `Article.removed`.
///
/// The text is read line by line; each non-blank line is a paragraph, and the result joins paragraphs with a blank
/// line. A cut cue on the very first line (before any article text) only drops that line.
///
///     let result = TextBoilerplate.clean("Blinken called Bourita.\nTags: Gaza\nRead also: Another story")
///     result.text     // "Blinken called Bourita."
///     result.removed  // ["Tags: Gaza", "Read also: Another story"]
public enum TextBoilerplate {
    /// The cleaned text and what was taken out of it.
    public struct Result: Sendable, Hashable {
        /// Paragraphs joined by blank lines ("\n\n").
        public var text: String
        /// Removed lines and blocks, in text order; a cut block is one entry, its lines joined by "\n".
        public var removed: [String]
    }

    /// Cleans `text` with the cues of `BoilerplateCue.all`.
    public static func clean(_ text: String) -> Result { clean(lines: paragraphs(of: text)) }

    /// Cleans text already split into paragraphs (HTML extraction gives them this way).
    public static func clean(lines: [String]) -> Result {
        var kept: [String] = []
        var removed: [String] = []
        for (index, line) in lines.enumerated() {
            switch classify(line) {
            case .keep:
                kept.append(line)
            case .drop:
                removed.append(line)
            case .cut where kept.isEmpty:
                removed.append(line)
            case .cut:
                removed.append(lines[index...].joined(separator: "\n"))
                return Result(text: kept.joined(separator: "\n\n"), removed: removed)
            }
        }
        return Result(text: kept.joined(separator: "\n\n"), removed: removed)
    }

    /// Splits text into trimmed, non-blank lines (a line of only spaces or no-break spaces is blank).
    ///
    /// Read on Unicode scalars: a line ends at any newline (LF, VT, FF, CR, NEL, U+2028, U+2029), and its ends lose
    /// spaces (general category Zs), controls (Cc) and format characters (Cf: zero-width spaces and joiners, direction
    /// marks, the byte order mark), as Foundation's `.whitespaces ∪ .controlCharacters` trims them. Every article of
    /// a JSONL or text input passes here, and splitting by `Character` cost a grapheme break test per character.
    public static func paragraphs(of text: String) -> [String] {
        let scalars = text.unicodeScalars
        var lines: [String] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if isLineBreak(scalars[index]) {
                appendTrimmed(scalars[start..<index], to: &lines)
                start = next
            }
            index = next
        }
        appendTrimmed(scalars[start..<scalars.endIndex], to: &lines)
        return lines
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Space, control or format: what a line's ends lose.
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value <= 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .control, .format: return true
        default: return false
        }
    }

    private static func appendTrimmed(_ line: Substring.UnicodeScalarView, to lines: inout [String]) {
        var first = line.startIndex
        var end = line.endIndex
        while first < end, isTrimmed(line[first]) { first = line.index(after: first) }
        while end > first, isTrimmed(line[line.index(before: end)]) { end = line.index(before: end) }
        if first < end { lines.append(String(line[first..<end])) }
    }

    enum Verdict {
        case keep
        case drop
        case cut
    }

    static func classify(_ line: String) -> Verdict {
        let trimmed = trimBullets(line)
        if trimmed.isEmpty || isURLOnly(trimmed) { return trimmed.isEmpty ? .keep : .drop }
        // Counted on scalars, before the costly loose key: long prose never matches a cue.
        let words = wordCount(trimmed, upTo: longestCue + 1)
        guard words <= longestCue else { return .keep }
        let key = MatchKey.make(trimmed)
        let lead = key.utf8.first ?? 0
        // The plain filters first: most lines match no cue, and a `KeyedCue` costs retains to read.
        for (index, filter) in cueFilters.enumerated()
        where words <= filter.maximumWords && (filter.lead == 0 || filter.lead == lead) {
            let keyed = keyedCues[index]
            if matches(key, keyed) { return keyed.cue.action == .cutToEnd ? .cut : .drop }
        }
        return .keep
    }

    /// What rules a cue out before its keys are compared: too many words, or (for cues matched at the start of the
    /// line) a different first byte; `lead` is 0 for cues found anywhere in the line.
    private struct CueFilter {
        var maximumWords: Int
        var lead: UInt8
    }

    private static let cueFilters: [CueFilter] = keyedCues.map { keyed in
        if case .containing = keyed.cue.form { return CueFilter(maximumWords: keyed.cue.maximumWords, lead: 0) }
        return CueFilter(maximumWords: keyed.cue.maximumWords, lead: keyed.key.utf8.first ?? 0)
    }

    private struct KeyedCue {
        var cue: BoilerplateCue
        var key: String
        var otherKey: String
    }

    private static let keyedCues: [KeyedCue] = BoilerplateCue.all.map { cue in
        var other = ""
        switch cue.form {
        case .prefixContaining(let phrase), .containing(let phrase): other = MatchKey.make(phrase)
        default: break
        }
        return KeyedCue(cue: cue, key: MatchKey.make(cue.phrase), otherKey: other)
    }

    private static let longestCue = BoilerplateCue.all.map(\.maximumWords).max() ?? 0

    /// Words separated by spaces, tabs, line feeds and no-break spaces, counted on the UTF-8 bytes (a no-break
    /// space is C2 A0; no other scalar's encoding holds that pair, and a word starts at its first byte), up to
    /// `limit`.
    static func wordCount(_ text: String, upTo limit: Int = .max) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var space = byte == 0x20 || byte == 0x09 || byte == 0x0A
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    space = true
                    index += 1
                }
                if !space && !inWord {
                    count += 1
                    // Long prose stops counting once it is known to be longer than any cue.
                    if count >= limit { return count }
                }
                inWord = !space
                index += 1
            }
            return count
        }
    }

    private static let separators: Set<Character> = [":", "：", "-", "–", "—", "|", "»", "›", ">", "…", ".", "؛"]

    private static func matches(_ key: String, _ keyed: KeyedCue) -> Bool {
        let cue = keyed.cue
        let cueKey = keyed.key
        if case .containing = cue.form {
            return MatchKey.contains(key, cueKey) && MatchKey.contains(key, keyed.otherKey)
        }
        // The bytes first: `hasPrefix` compares characters, slowly, and both keys are already normalised.
        guard key.utf8.starts(with: cueKey.utf8), key.hasPrefix(cueKey) else { return false }
        let rest = key.dropFirst(cueKey.count).trimmingCharacters(in: .whitespaces)
        switch cue.form {
        case .wholeLine:
            return rest.allSatisfy { separators.contains($0) || $0.isWhitespace }
        case .labeled:
            return rest.first.map { separators.contains($0) } ?? true
        case .prefix:
            let next = key.dropFirst(cueKey.count).first
            return next == nil || cue.language == .arabic || !(next!.isLetter)
        case .prefixContaining:
            return MatchKey.contains(rest, keyed.otherKey)
        case .containing:
            return true
        }
    }

    /// A line that is one URL and nothing else (a leftover link).
    static func isURLOnly(_ line: String) -> Bool {
        guard !line.unicodeScalars.contains(" ") else { return false }
        let stripped = line.trimmingCharacters(in: CharacterSet(charactersIn: "<>()[]"))
        guard !stripped.contains(where: \.isWhitespace) else { return false }
        let lower = stripped.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    private static let bulletScalars: Set<Unicode.Scalar> = [
        "•", "·", "▪", "◦", "*", "-", "–", "—", "»", " ", "\u{00A0}", "\t", "\u{2009}", "\u{202F}", "\u{3000}",
    ]

    /// Trims bullets, dashes and spaces from both ends (on scalars: Foundation's trimming is slow per line).
    private static func trimBullets(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let start = scalars.firstIndex(where: { !bulletScalars.contains($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !bulletScalars.contains($0) })!
        if start == scalars.startIndex && end == scalars.index(before: scalars.endIndex) { return line }
        return String(scalars[start...end])
    }
}
