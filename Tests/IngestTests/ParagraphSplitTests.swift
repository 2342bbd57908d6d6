import Foundation
import Testing

@testable import Ingest

/// Paragraph splitting reads Unicode scalars; it must give what the Foundation reading gave (split at newline
/// characters, trim `.whitespaces ∪ .controlCharacters`), which stays here as the reference.
@Suite("Paragraph splitting")
struct ParagraphSplitTests {
    static func reference(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces.union(.controlCharacters)) }
            .filter { !$0.isEmpty }
    }

    static let pieces: [String] = [
        "قتل 12 شخصا", "Blinken called Bourita.", " ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}",
        "\u{2028}", "\u{2029}", "\u{A0}", "\u{2007}", "\u{3000}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}",
        "\u{200F}", "\u{061C}", "\u{FEFF}", "\u{AD}", "\u{7F}", "\u{01}", "\u{301}", "é", "e\u{301}", "😀",
        "👩‍👩‍👧", "\u{640}", "ـ", "x", ".",
    ]

    @Test func matchesTheFoundationReadingOnMixedText() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(TextBoilerplate.paragraphs(of: text) == Self.reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func matchesTheFoundationReadingOnTheSamples() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(TextBoilerplate.paragraphs(of: text) == Self.reference(text), "\(name)")
        }
    }
}
