import Foundation

/// Finds the character encoding of an HTML page before parsing: a byte-order mark, else a `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KB, else UTF-8.
///
/// Legacy Arabic sites still serve windows-1256; parsing those bytes as UTF-8 would turn every Arabic letter into
/// replacement characters, so the declared name is passed to libxml2, which converts it (through iconv).
///
///     HTMLEncodingSniffer.sniff(Data("<meta charset='windows-1256'>".utf8)).encoding  // "windows-1256"
enum HTMLEncodingSniffer {
    struct Sniffed: Hashable {
        /// The encoding name to pass to libxml2.
        var encoding: String
        /// Bytes of byte-order mark to skip.
        var bomLength: Int
    }

    static func sniff(_ data: Data) -> Sniffed {
        let bytes = [UInt8](data.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Sniffed(encoding: "UTF-8", bomLength: 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Sniffed(encoding: "UTF-16LE", bomLength: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Sniffed(encoding: "UTF-16BE", bomLength: 2) }
        return Sniffed(encoding: declaredCharset(bytes) ?? "UTF-8", bomLength: 0)
    }

    /// The charset named in the first `<meta>` tag that names one.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var start = 0
        while let meta = find(Array("<meta".utf8), in: lower, from: start) {
            let end = lower[meta...].firstIndex(of: UInt8(ascii: ">")) ?? lower.count
            let tag = Array(lower[meta..<end])
            if let at = find(Array("charset".utf8), in: tag, from: 0) {
                var index = at + 7
                while index < tag.count, tag[index] == 0x20 { index += 1 }
                if index < tag.count, tag[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < tag.count, tag[index] == 0x20 || tag[index] == 0x22 || tag[index] == 0x27 {
                        index += 1
                    }
                    let name = tag[index...].prefix { isNameByte($0) }
                    if !name.isEmpty { return canonical(String(decoding: name, as: UTF8.self)) }
                }
            }
            start = end
        }
        return nil
    }

    private static func canonical(_ name: String) -> String {
        switch name {
        case "utf8", "utf-8", "unicode": return "UTF-8"
        case "arabic", "cp1256": return "windows-1256"
        default: return name
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
