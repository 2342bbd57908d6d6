/// JSON string literals for the places that write JSON lines by hand (`extract`, `facts`, `index export`).
///
/// Those writers stream many lines, or splice already-encoded JSON in as is, so they build text rather than go
/// through `JSONEncoder`; they must all escape alike, so the escaping lives here once (no Foundation needed).
public enum JSONString {
    /// Which characters a literal escapes beyond quotes, backslashes and control characters.
    public enum Style: Sendable {
        /// JSON lines written by hand: U+2028 and U+2029 escaped too, since some JavaScript readers end a line there.
        case lines
        /// As Foundation's `JSONEncoder` writes (without `.withoutEscapingSlashes`): `/` as `\/`, and backspace and
        /// form feed as `\b` and `\f`. For text that must equal what `JSONEncoder` wrote before.
        case jsonEncoder
        /// As `JSONEncoder` writes with `.withoutEscapingSlashes`: as ``jsonEncoder``, but `/` as is.
        case jsonEncoderKeepingSlashes
        /// Report files: as ``jsonEncoderKeepingSlashes``, and also `<`, `>`, `&`, U+2028, U+2029 and the bidi
        /// embedding, override and isolate controls as upper-case `\uXXXX`, so that a file opened in a browser or a
        /// terminal shows no markup and no reordered line; the decoded text is unchanged.
        case inert
    }

    /// A JSON string literal, or `null`; quotes, backslashes, control characters and U+2028/2029 are escaped.
    public static func quote(_ text: String?) -> String {
        guard let text else { return "null" }
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out, style: .lines)
        return out
    }

    /// Appends `text` as a JSON string literal escaped in `style`.
    ///
    /// Most text (article sentences) has nothing to escape: it is appended whole, after one pass over its bytes.
    public static func append(_ text: String, to out: inout String, style: Style) {
        if !text.utf8.contains(where: { mayEscape($0, style) }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        append(text, to: &bytes, style: style)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal escaped in `style`, as UTF-8.
    ///
    /// Everything a style escapes starts with a byte ``mayEscape(_:_:)`` names: an ASCII byte, or the lead byte `E2`
    /// of the three-byte characters U+2000–U+2FFF. The bytes between escapes are copied in runs, with no decoding.
    public static func append(_ text: String, to out: inout [UInt8], style: Style) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &out, style: style) }
    }

    /// Appends the text whose UTF-8 `bytes` are as a JSON string literal escaped in `style`.
    public static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], style: Style) {
        out.append(UInt8(ascii: "\""))
        var copied = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard mayEscape(byte, style) else {
                index += 1
                continue
            }
            var length = 1
            let escape: Escape
            switch byte {
            case UInt8(ascii: "\""): escape = .text("\\\"")
            case UInt8(ascii: "\\"): escape = .text("\\\\")
            case UInt8(ascii: "\n"): escape = .text("\\n")
            case UInt8(ascii: "\r"): escape = .text("\\r")
            case UInt8(ascii: "\t"): escape = .text("\\t")
            case 0x08 where style != .lines: escape = .text("\\b")
            case 0x0C where style != .lines: escape = .text("\\f")
            case 0..<0x20: escape = .hex(UInt32(byte), uppercase: false)
            case UInt8(ascii: "/"): escape = .text("\\/")
            case 0xE2:
                guard index + 2 < bytes.count else {
                    index += 1
                    continue
                }
                let scalar =
                    UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                    | UInt32(bytes[index + 2] & 0x3F)
                let separator = scalar == 0x2028 || scalar == 0x2029
                guard separator || (style == .inert && BidiControl.isControl(scalar)) else {
                    index += 3
                    continue
                }
                escape = .hex(scalar, uppercase: true)
                length = 3
            default: escape = .hex(UInt32(byte), uppercase: true)  // `<`, `>`, `&` (inert)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            switch escape {
            case .text(let text):
                out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            case .hex(let value, let uppercase):
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(ascii: "u"))
                for shift in stride(from: 12, through: 0, by: -4) {
                    let digit = UInt8(value >> UInt32(shift) & 0xF)
                    out.append(digit < 10 ? UInt8(ascii: "0") + digit : (uppercase ? 0x41 : 0x61) + digit - 10)
                }
            }
            index += length
            copied = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        out.append(UInt8(ascii: "\""))
    }

    /// How one character is escaped: a fixed escape, or `\u` and four hex digits.
    private enum Escape {
        case text(StaticString)
        case hex(UInt32, uppercase: Bool)
    }

    /// Whether a UTF-8 byte may start something `style` escapes: a control character, a quote, a backslash, a slash
    /// (``Style/jsonEncoder``), `<`, `>` or `&` (``Style/inert``), or the lead byte of U+2028, U+2029 and the bidi
    /// controls (``Style/lines`` and ``Style/inert``; other characters share it).
    @inline(__always)
    private static func mayEscape(_ byte: UInt8, _ style: Style) -> Bool {
        switch byte {
        case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"): return true
        case UInt8(ascii: "/"): return style == .jsonEncoder
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): return style == .inert
        case 0xE2: return style == .lines || style == .inert
        default: return false
        }
    }
}
