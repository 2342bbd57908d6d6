import Foundation

/// Decides the character encoding of an HTML page before parsing, in the order browsers use: a byte-order mark, the
/// HTTP `Content-Type` charset (from a WARC record), a `<meta charset>` or `<meta http-equiv>` in the first 4 KB, and
/// last detection from the bytes.
///
/// Legacy Arabic sites still serve windows-1256 or ISO-8859-6; parsing those bytes as UTF-8 would turn every Arabic
/// letter into replacement characters. Declarations are often wrong, so a declared encoding is checked against the
/// bytes: a page declared UTF-8 whose bytes are not UTF-8 is detected instead, and a page declared as a one-byte
/// encoding whose bytes are multi-byte UTF-8 is read as UTF-8. Either way the page is read and `problem` says why.
/// Latin-1 and ASCII labels mean windows-1252, as in the WHATWG Encoding standard.
///
///     HTMLEncodingSniffer.sniff(Data("<meta charset='windows-1256'>".utf8)).encoding  // "windows-1256"
enum HTMLEncodingSniffer {
    struct Sniffed: Hashable {
        /// The encoding name to pass to libxml2.
        var encoding: String
        /// Bytes of byte-order mark to skip.
        var bomLength: Int
        /// How the encoding was decided.
        var source: MetadataSource = .defaultUTF8
        /// Why the declared encoding was not used, when it was not.
        var problem: String?

        init(encoding: String, bomLength: Int, source: MetadataSource = .defaultUTF8, problem: String? = nil) {
            self.encoding = encoding
            self.bomLength = bomLength
            self.source = source
            self.problem = problem
        }
    }

    static func sniff(_ data: Data, httpCharset: String? = nil) -> Sniffed {
        let head = [UInt8](data.prefix(4096))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Sniffed(encoding: "UTF-8", bomLength: 3, source: .byteOrderMark)
        }
        if head.starts(with: [0xFF, 0xFE]) {
            return Sniffed(encoding: "UTF-16LE", bomLength: 2, source: .byteOrderMark)
        }
        if head.starts(with: [0xFE, 0xFF]) {
            return Sniffed(encoding: "UTF-16BE", bomLength: 2, source: .byteOrderMark)
        }
        if let utf16 = EncodingDetector.utf16WithoutBOM(head) {
            return Sniffed(encoding: utf16, bomLength: 0, source: .detected)
        }
        let declared: (name: String, source: MetadataSource)?
        if let http = httpCharset.map(canonical), isKnown(http) {
            declared = (http, .httpHeader)
        } else if let meta = declaredCharset(head), isKnown(meta) {
            declared = (meta, .metaCharset)
        } else {
            declared = nil
        }
        let invalid = UTF8Validation.firstInvalidOffset(data)
        guard let declared else {
            guard let invalid else { return Sniffed(encoding: "UTF-8", bomLength: 0, source: .defaultUTF8) }
            if EncodingDetector.isMostlyUTF8(data) {
                return Sniffed(
                    encoding: "UTF-8", bomLength: 0, source: .detected,
                    problem: "byte \(invalid) is not UTF-8 in a UTF-8 page; damaged bytes replaced")
            }
            return Sniffed(encoding: EncodingDetector.legacy(data), bomLength: 0, source: .detected)
        }
        if declared.name == "UTF-8" {
            guard let invalid else { return Sniffed(encoding: "UTF-8", bomLength: 0, source: declared.source) }
            if EncodingDetector.isMostlyUTF8(data) {
                return Sniffed(
                    encoding: "UTF-8", bomLength: 0, source: declared.source,
                    problem: "byte \(invalid) is not UTF-8 in a UTF-8 page; damaged bytes replaced")
            }
            let detected = EncodingDetector.legacy(data)
            return Sniffed(
                encoding: detected, bomLength: 0, source: .detected,
                problem:
                    "declared UTF-8 (\(declared.source.rawValue)) but byte \(invalid) is not UTF-8; read as \(detected)"
            )
        }
        if invalid == nil, EncodingDetector.hasMultiByteUTF8(data) {
            return Sniffed(
                encoding: "UTF-8", bomLength: 0, source: .detected,
                problem:
                    "declared \(declared.name) (\(declared.source.rawValue)) but the bytes are UTF-8; read as UTF-8")
        }
        return Sniffed(encoding: declared.name, bomLength: 0, source: declared.source)
    }

    /// The charset named in the first `<meta>` tag that names one.
    ///
    /// Read on the lower-cased bytes in place, `memchr` finding each candidate's first byte: the head of every page
    /// goes through here, and a byte loop with a slice comparison per position cost more than parsing the head.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return lower.withUnsafeBufferPointer { lower -> String? in
            var start = 0
            while let meta = find(metaOpen, in: lower, from: start, to: lower.count) {
                let end = firstIndex(of: UInt8(ascii: ">"), in: lower, from: meta, to: lower.count) ?? lower.count
                if let at = find(charsetWord, in: lower, from: meta, to: end) {
                    var index = at + 7
                    while index < end, lower[index] == 0x20 { index += 1 }
                    if index < end, lower[index] == UInt8(ascii: "=") {
                        index += 1
                        while index < end, lower[index] == 0x20 || lower[index] == 0x22 || lower[index] == 0x27 {
                            index += 1
                        }
                        var nameEnd = index
                        while nameEnd < end, isNameByte(lower[nameEnd]) { nameEnd += 1 }
                        if nameEnd > index {
                            return canonical(
                                String(decoding: UnsafeBufferPointer(rebasing: lower[index..<nameEnd]), as: UTF8.self))
                        }
                    }
                }
                start = end
            }
            return nil
        }
    }

    private static let metaOpen = Array("<meta".utf8)
    private static let charsetWord = Array("charset".utf8)

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> Int?
    {
        guard start < end, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), end - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The first `needle` starting at or after `start` and ending by `end`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> Int?
    {
        var index = start
        while let candidate = firstIndex(of: needle[0], in: bytes, from: index, to: end) {
            guard candidate + needle.count <= end else { return nil }
            var matched = 1
            while matched < needle.count, bytes[candidate + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The name libxml2 (iconv) knows for a label, following the WHATWG aliases that matter for news sites.
    static func canonical(_ label: String) -> String {
        let name = label.trimmingCharacters(in: .whitespaces).lowercased()
        switch name {
        case "utf8", "utf-8", "unicode-1-1-utf-8", "unicode": return "UTF-8"
        case "arabic", "cp1256", "windows-1256", "x-cp1256": return "windows-1256"
        case "iso-8859-6", "iso8859-6", "iso_8859-6", "iso-ir-127", "asmo-708", "ecma-114", "csisolatinarabic":
            return "ISO-8859-6"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "cp819",
            "iso_8859-1", "x-cp1252":
            return "windows-1252"
        case "iso-8859-15", "latin-9", "l9", "iso8859-15": return "ISO-8859-15"
        case "iso-8859-2", "latin2", "windows-1250", "cp1250":
            return name.hasPrefix("iso") || name == "latin2"
                ? "ISO-8859-2" : "windows-1250"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return name
        }
    }

    /// True when iconv (through libxml2) can decode this name.
    static func isKnown(_ name: String) -> Bool {
        knownNames.contains(name) || name.hasPrefix("iso-8859-") || name.hasPrefix("windows-125")
    }

    private static let knownNames: Set<String> = [
        "UTF-8", "windows-1256", "ISO-8859-6", "windows-1252", "ISO-8859-15", "ISO-8859-2", "windows-1250",
        "UTF-16LE", "UTF-16BE", "koi8-r", "shift_jis", "euc-jp", "gbk", "gb2312", "big5", "euc-kr",
    ]

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }
}
