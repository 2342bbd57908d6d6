import CrossCheckModel
import Facts
import Foundation
import Pipeline
import Reports
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

/// An indexed member's facts must compare on later nights as on its first: vague counts and relative ordinals, which
/// `ArticleFacts` does not encode, survive the index.
@Suite("Stored facts")
struct StoredFactsTests {
    static let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 23)!)

    static func roundTrip(_ facts: ArticleFacts) throws -> ArticleFacts {
        try StoredFacts.facts(json: StoredFacts.json(facts))
    }

    @Test func vagueCountsAndRelativeOrdinalsSurvive() throws {
        let facts = Self.extractor.extract(
            text: "قتل عشرات الأشخاص في الهجوم الأخير، وأصيب 12 آخرون.", language: .arabic, published: nil)
        #expect(!facts.vagueCounts.isEmpty)
        #expect(facts.vagueCounts.allSatisfy { $0.vague != nil })
        #expect(!facts.relativeOrdinals.isEmpty)
        let back = try Self.roundTrip(facts)
        #expect(back.vagueCounts == facts.vagueCounts)
        #expect(back.relativeOrdinals == facts.relativeOrdinals)
        #expect(back.casualties == facts.casualties)
        #expect(back.dates == facts.dates)
        #expect(back.numbers == facts.numbers)
    }

    @Test func factsWithoutThemAreStoredAsBefore() throws {
        let facts = Self.extractor.extract(
            text: "At least 12 people were killed on Tuesday, the ministry said.", language: .english, published: nil)
        #expect(facts.vagueCounts.isEmpty && facts.relativeOrdinals.isEmpty)
        #expect(try StoredFacts.json(facts) == (try StoredJSON.encode(facts)))
        #expect(try Self.roundTrip(facts) == facts)
        // Facts stored before vague counts were kept read back with none.
        let old = try StoredFacts.facts(json: StoredJSON.encode(facts))
        #expect(old == facts)
    }

    @Test func everySampleArticlesFactsRoundTrip() throws {
        let batch = LoadedBatch.load(paths: [NightlyPaths.samples])
        #expect(batch.articles.count >= 5)
        for article in batch.articles {
            let facts = Self.extractor.extract(
                text: article.text, language: article.language, published: article.published)
            #expect(try Self.roundTrip(facts) == facts, "\(article.id)")
        }
    }
}

/// `changes.json` is written by hand for speed; a reader of earlier nights' files must find the same bytes.
@Suite("changes.json written directly")
struct ChangesJSONTests {
    @Test func changesMatchJSONEncoder() throws {
        let awkward = StoredJSONTests.awkward
        let groups: [[NightlyRun.GroupChanges]] = [
            [],
            [NightlyRun.GroupChanges(group: "s000001", title: nil, changes: [])],
            awkward.enumerated().map { index, text in
                NightlyRun.GroupChanges(
                    group: text, title: index % 2 == 0 ? awkward[(index + 1) % awkward.count] : nil,
                    changes: [
                        GroupChange(kind: .newSource, detail: text),
                        GroupChange(kind: .changedFigure, detail: "killed: 12 → 12, 15"),
                    ])
            },
        ]
        let encoder = JSONReportWriter.makeEncoder()  // what wrote changes.json before
        for list in groups {
            let direct = NightlyRun.changesJSON(of: list)
            #expect(direct == String(decoding: try encoder.encode(list), as: UTF8.self))
        }
    }
}
