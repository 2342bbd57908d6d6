import CrossCheckModel
import Facts
import Foundation
import Pipeline
import Reports
import TestSupport
import Testing

@testable import Nightly

/// What the index stores, as Foundation's `JSONEncoder` wrote it with sorted keys: the reference every stored row is
/// held to, since rows written by earlier versions must compare and hash alike.
func byJSONEncoder(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Snapshots and change lists are stored through ``JSONTextEncoder``; they must be the very bytes `JSONEncoder`
/// wrote, or an unchanged group would look changed against the snapshot an earlier night stored.
@Suite("Stored JSON written directly")
struct StoredJSONTests {
    static let awkward = AwkwardText.samples

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
                #expect(try StoredJSON.encode(snapshot) == byJSONEncoder(snapshot))
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
            #expect(try StoredJSON.encode(list) == byJSONEncoder(list))
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
        #expect(try StoredFacts.json(facts) == (try byJSONEncoder(facts)))
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
            // Rows are written as JSONEncoder wrote them, so old and new rows read and hash alike; the direct reader
            // reads what JSONDecoder read.
            let json = try StoredFacts.json(facts)
            #expect(json == (try byJSONEncoder(StoredFacts(facts))), "\(article.id)")
            #expect(try StoredFactsReader.facts(json: json) == Self.decoded(json), "\(article.id)")
        }
    }

    /// Every optional field present and absent, every escape `JSONEncoder` makes, and numbers whose text it writes
    /// in other forms (fractions, exponents, a negative zero).
    @Test func theDirectWriterWritesWhatJSONEncoderWrote() throws {
        let awkward =
            "quote \" slash / back \\ tab \t line \n return \r bell \u{07} bs \u{08} ff \u{0C} "
            + "sep \u{2028} nul \u{00} عربي ١٢ 😀 end\u{1F}"
        let evidence = Evidence(
            text: awkward, start: 0, end: 12, sentence: "«" + awkward + "»", sentenceStart: 3, sentenceEnd: 99)
        let plain = Evidence(text: "12", start: 5, end: 7, sentence: "x", sentenceStart: 0, sentenceEnd: 1)
        var flagged = CasualtyFact(
            kind: .killed, count: CountInterval(min: 2500, max: nil), stated: 2500.5, qualifier: .moreThan,
            subject: awkward, subjectKey: "people", relation: .among, attribution: "the ministry / الوزارة",
            modality: .hypothetical, evidence: evidence)
        flagged.isToll = true
        flagged.isUnidentified = true
        let bare = CasualtyFact(
            kind: .injured, count: CountInterval(min: nil, max: nil), stated: nil, qualifier: .exact, evidence: plain)
        var interval = DateFact(
            date: CivilDate(year: 2026, month: 3, day: 1), grain: .day, role: .event, resolution: .explicit,
            weekday: .sunday, weekdayMismatch: true, evidence: evidence)
        interval.kind = .interval
        interval.end = CivilDate(year: 2026, month: 3, day: 9)
        interval.closing = CivilDate(year: 2026, month: 3, day: 8)
        interval.recurrence = "weekly"
        let undated = DateFact(
            date: nil, grain: .month, role: .historical, resolution: .unresolved, weekday: nil, weekdayMismatch: false,
            evidence: plain)
        var vague = NumberMention(value: 10, evidence: plain)
        vague.vague = CountInterval(min: 10, max: 99)
        var ordinal = NumberMention(value: -1, isOrdinal: true, evidence: evidence)
        ordinal.anchor = .end
        let numbers = [0.5, 1e16, 1e-7, 123_456.789, -0.0, 2500, 0.1 + 0.2, 1e300].map {
            NumberMention(value: $0, evidence: plain)
        }
        var facts = ArticleFacts(casualties: [flagged, bare], dates: [interval, undated], numbers: numbers)
        facts.vagueCounts = [vague]
        facts.relativeOrdinals = [ordinal]
        for value in [facts, ArticleFacts(), ArticleFacts(casualties: [bare], dates: [undated])] {
            let json = try StoredFacts.json(value)
            #expect(json == (try byJSONEncoder(StoredFacts(value))))
            #expect(try Self.roundTrip(value) == value)
            #expect(try Self.decoded(json) == value)
            // Laid out otherwise, as JSON may be: the reader reads what the decoder reads.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            let pretty = String(decoding: try encoder.encode(StoredFacts(value)), as: UTF8.self)
            #expect(try StoredFactsReader.facts(json: pretty) == value)
        }
    }

    /// What `JSONDecoder` reads from a row, the reference the direct reader must equal.
    static func decoded(_ json: String) throws -> ArticleFacts {
        try JSONDecoder().decode(StoredFacts.self, from: Data(json.utf8)).facts
    }

    /// Rows of other forms read as the decoder reads them: nulls for optionals, unknown keys, a date without `kind`
    /// (stored before intervals), `\u` escapes with a surrogate pair.
    @Test func theDirectReaderReadsWhatJSONDecoderRead() throws {
        let evidence =
            #"{"text":"\u0041\ud83d\ude00\/x","start":1,"end":2,"sentence":"s","sentenceStart":0,"sentenceEnd":3,"#
            + #""extra":[1,{"a":null},true]}"#
        let row =
            #"{ "numbers" : [ ], "dates":[{"grain":"day","role":"event","resolution":"explicit","weekday":null,"#
            + #""weekdayMismatch":false,"date":"2026-03-01","evidence":"# + evidence + #"}],"future":{"x":[1.5e3]},"#
            + #""casualties":[{"kind":"killed","count":{"min":2.5e3,"max":null},"stated":null,"qualifier":"about","#
            + #""relation":"whole","modality":"asserted","evidence":"# + evidence + #","subject":null}],"#
            + #""casualtyFlags":[5]}"#
        let read = try StoredFactsReader.facts(json: row)
        #expect(read == (try Self.decoded(row)))
        #expect(read.casualties.first?.count.min == 2500)
        #expect(read.casualties.first?.isToll == true)
        #expect(read.dates.first?.evidence.text == "A😀/x")
    }

    /// A row that `JSONDecoder` refuses is refused, so that the night extracts those facts again.
    @Test(arguments: [
        "", "{", "[]", #"{"casualties":[],"dates":[]}"#, #"{"casualties":[],"dates":[],"numbers":[]} x"#,
        #"{"casualties":[{"kind":"stolen"}],"dates":[],"numbers":[]}"#,
        #"{"casualties":[],"dates":[],"numbers":[{"value":"1","isOrdinal":false}]}"#,
        #"{"casualties":[],"dates":[],"numbers":["\ud800"]}"#, #"{"casualties":[],"dates":[],"numbers":[1,]}"#,
    ])
    func aBrokenRowIsRefused(row: String) {
        #expect(throws: (any Error).self) { try StoredFactsReader.facts(json: row) }
        #expect(throws: (any Error).self) { try Self.decoded(row) }
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
        let encoder = JSONEncoder()  // what wrote changes.json before
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        for list in groups {
            let direct = try NightlyRun.changesJSON(of: list)
            #expect(direct == String(decoding: try encoder.encode(list), as: UTF8.self))
        }
    }
}
