/// The Unicode bidi embedding, override and isolate controls, which reports show instead of obeying.
///
/// A stray U+202E (right-to-left override) in a quoted sentence would reverse the text after it on the page and
/// could make a figure read backwards; reports render it as the visible text `&#x202E;`.
public enum BidiControl {
    /// U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool { isControl(scalar.value) }

    /// The same, for a scalar value (``JSONString`` decodes UTF-8 by hand).
    public static func isControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// "#x202E;": the character reference's text after its `&`, upper-case hex.
    public static func reference(_ scalar: Unicode.Scalar) -> String {
        "#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
    }
}
