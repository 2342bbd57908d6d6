import Foundation
import Testing

@testable import Ingest

/// The folding table must give what Foundation's folding gives for whole lines.
@Suite("Match keys: table folding against Foundation")
struct MatchKeyTests {
    static func foundationFolded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// ASCII capitals are lowered by `make` as it reads, not by the table.
    static func tableFolded(_ text: String) -> String {
        String(
            decoding: MatchKey.foldedByTable(text).utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 },
            as: UTF8.self)
    }

    @Test func everyTableScalarFoldsAsInALine() {
        let values = (Array(MatchKey.latinRange) + Array(MatchKey.cyrillicRange)).filter {
            MatchKey.tableIndex($0) != nil
        }
        let line = values.map { "A" + String(Unicode.Scalar($0)!) + "b " }.joined()
        #expect(Self.tableFolded(line) == Self.foundationFolded(line))
    }

    @Test(arguments: [
        "À LIRE AUSSI : Éric Zemmour déçoit à Marseille",
        "Última hora: o Conselho de Segurança reúne-se às 15h",
        "Читайте также: Средняя суточная калорийность ЁЖИК",
        "Łódź, Kraków — Štefan Čapek’s « œuvre »",
    ])
    func linesMatchFoundation(line: String) {
        #expect(Self.tableFolded(line) == Self.foundationFolded(line))
        #expect(MatchKey.make(line) == MatchKey.make(Self.foundationFolded(line)))
    }

    @Test(arguments: [
        ("  Read\u{00A0}ALSO:\t\u{201C}x\u{201D} \u{2019}s\u{3000}", "read also: \u{201C}x\u{201D} 's"),
        ("إقرأ أيضاً:", "اقرا ايضا:"),
        ("ـــمقالات  ذات صلة", "مقالات ذات صلة"),
        ("a😀B", "a😀b"),
        ("À LIRE aussi", "a lire aussi"),
    ])
    func keysAreLooseSpellings(line: String, key: String) {
        #expect(MatchKey.make(line) == key)
    }
}
