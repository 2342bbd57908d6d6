/// The Unicode bidi embedding, override and isolate controls, which reports show instead of obeying.
///
/// A stray U+202E (right-to-left override) in a quoted sentence would reverse the text after it on the page and
/// could make a figure read backwards; reports render it as the visible text `&#x202E;`.
enum BidiControl {
    /// U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// "#x202E;": the character reference's text after its `&`, upper-case hex.
    static func reference(_ scalar: Unicode.Scalar) -> String {
        "#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
    }
}
