import Foundation
import Testing

@testable import Ingest

@Suite("Encodings: BOM, HTTP header, meta charset, detection")
struct EncodingTests {
    /// "سلام غزة اليوم " in windows-1256 and in ISO-8859-6.
    static let windows1256: [UInt8] = [
        0xD3, 0xE1, 0xC7, 0xE3, 0x20, 0xDB, 0xD2, 0xC9, 0x20, 0xC7, 0xE1, 0xED, 0xE6, 0xE3, 0x20,
    ]
    static let iso88596: [UInt8] = [
        0xD3, 0xE4, 0xC7, 0xE5, 0x20, 0xDA, 0xD2, 0xC9, 0x20, 0xC7, 0xE4, 0xEA, 0xE8, 0xE5, 0x20,
    ]

    static func page(_ body: [UInt8], head: String = "") -> Data {
        var bytes = Array("<html><head>\(head)</head><body><div><p>".utf8)
        for _ in 0..<8 { bytes += body }
        bytes += Array("</p></div></body></html>".utf8)
        return Data(bytes)
    }

    @Test func undeclaredWindows1256IsDetected() throws {
        let document = try HTMLDocument(data: Self.page(Self.windows1256))
        #expect(document.encoding == "windows-1256")
        #expect(document.encodingSource == .detected)
        #expect(HTMLArticleExtractor.extract(from: document).text.hasPrefix("سلام غزة اليوم سلام"))
    }

    @Test func undeclaredISO88596IsDetected() throws {
        let document = try HTMLDocument(data: Self.page(Self.iso88596))
        #expect(document.encoding == "ISO-8859-6")
        #expect(HTMLArticleExtractor.extract(from: document).text.hasPrefix("سلام غزة اليوم سلام"))
    }

    @Test func declaredUTF8WithLegacyBytesIsReadAndLogged() throws {
        let document = try HTMLDocument(data: Self.page(Self.windows1256, head: "<meta charset=\"utf-8\">"))
        #expect(document.encoding == "windows-1256")
        #expect(document.encodingProblem?.contains("declared UTF-8") == true)
        #expect(HTMLArticleExtractor.extract(from: document).text.hasPrefix("سلام غزة"))
    }

    @Test func httpHeaderBeatsMetaCharset() throws {
        let data = Self.page(Self.iso88596, head: "<meta charset=\"windows-1256\">")
        let document = try HTMLDocument(data: data, httpCharset: "iso-8859-6")
        #expect(document.encoding == "ISO-8859-6")
        #expect(document.encodingSource == .httpHeader)
    }

    @Test func latinLegacyPageIsWindows1252() throws {
        let text = Array(
            "<p>Le ministre a d\u{E9}clar\u{E9} que la r\u{E9}forme \u{E9}tait pr\u{EA}te.</p>".unicodeScalars
        )
        .map { UInt8($0.value) }
        let document = try HTMLDocument(data: Data(text), source: "latin.html")
        #expect(document.encoding == "windows-1252")
        #expect(HTMLArticleExtractor.extract(from: document).text.contains("déclaré que la réforme"))
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMark(bigEndian: Bool) throws {
        let html =
            "<html><body><div><p>قال الرئيس إن الهجوم أسفر عن مقتل اثني عشر شخصا في المدينة.</p></div></body></html>"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in html.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        let document = try HTMLDocument(data: Data(bytes))
        #expect(document.encodingSource == .byteOrderMark)
        let extraction = HTMLArticleExtractor.extract(from: document)
        #expect(extraction.text.hasPrefix("قال الرئيس"))
        #expect(extraction.language == .arabic)
    }

    @Test(arguments: [
        ("windows-1256", "windows-1256"), ("cp1256", "windows-1256"), ("ISO-8859-6", "ISO-8859-6"),
        ("asmo-708", "ISO-8859-6"), ("latin1", "windows-1252"), ("us-ascii", "windows-1252"), ("utf8", "UTF-8"),
    ])
    func labelsFollowWHATWGAliases(label: String, expected: String) {
        #expect(HTMLEncodingSniffer.canonical(label) == expected)
    }
}
