import Foundation
import Testing

@testable import Nightly

/// The snapshot and change list are written by hand for speed; they must be the very bytes `JSONEncoder` writes, or
/// an unchanged group would look changed against the snapshot an earlier night stored.
@Suite("Stored JSON written directly")
struct StoredJSONTests {
    /// Text with every ASCII control character, quotes, backslashes, slashes, Arabic, emoji and line separators.
    static let awkward: [String] = {
        var controls = ""
        for value in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(value)!) }
        return [
            "", controls, "\"quoted\" \\ back/slash", "مقتل 12 شخصا في حلب", "a\u{2028}b\u{2029}c\u{7F}\u{80}é",
            "https://example.com/a?b=c&d=<e>", "👩‍👩‍👧 \u{202E}rtl",
        ]
    }()

    @Test func snapshotsMatchJSONEncoder() throws {
        for (index, text) in Self.awkward.enumerated() {
            let other = Self.awkward[(index + 1) % Self.awkward.count]
            for snapshot in [
                GroupSnapshot(
                    members: [.init(id: text, outlet: other), .init(id: other, outlet: nil)],
                    figures: [.init(key: text, values: [other, text]), .init(key: "killed", values: [])],
                    eventDate: index % 2 == 0 ? text : nil),
                GroupSnapshot(members: [], figures: [], eventDate: nil),
            ] {
                #expect(snapshot.storedJSON == (try StoredJSON.encode(snapshot)))
            }
        }
    }

    @Test func changeListsMatchJSONEncoder() throws {
        let lists: [[GroupChange]] = [
            [], Self.awkward.map { GroupChange(kind: .newSource, detail: $0) },
            [
                GroupChange(kind: .changedFigure, detail: "killed: 12 → 12, 15"),
                GroupChange(kind: .newGroup, detail: ""),
            ],
        ]
        for list in lists {
            #expect(StoredJSON.changeList(list) == (try StoredJSON.encode(list)))
        }
    }
}
