/// Text that escaping and encoding code gets wrong first, for the tests that hold a writer to a reference.
public enum AwkwardText {
    /// Every ASCII control character, quotes, backslashes, slashes, markup, Arabic, emoji, line separators, bidi
    /// controls, characters that share the lead byte E2 with them without being escaped, and plain text.
    public static let samples: [String] = {
        var controls = ""
        for value in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(value)!) }
        return [
            "", controls, "\"quoted\" \\ back/slash", "مقتل 12 شخصا في حلب", "a\u{2028}b\u{2029}c\u{7F}\u{80}é",
            "https://example.com/a?b=c&d=<e>", "👩‍👩‍👧 \u{202E}rtl\u{202C} \u{2066}x\u{2069}", "–—…€™\u{2027}\u{202F}",
            "\u{E2}\u{2030}", "plain text with nothing to escape",
        ]
    }()
}
