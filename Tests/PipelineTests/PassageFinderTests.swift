import CrossCheckModel
import Reports
import Testing

@testable import Pipeline

/// Copied passages: an agency story reprinted by several sites is one origin and its copies.
@Suite struct PassageFinderTests {
    static let agency =
        "قالت وزارة الصحة في غزة إن عدد القتلى ارتفع إلى 2500 شخص منذ بداية الحرب وإن آلاف الجرحى ينتظرون العلاج "
        + "في المستشفيات المكتظة"

    static func day(_ value: Int) -> CivilDate? { CivilDate(year: 2026, month: 11, day: value) }

    static let articles = [
        Article(
            id: "site-b", text: "نقلت الوكالة: " + agency + ". وأضاف مراسلنا أن القصف استمر ليلا.", published: day(22)),
        Article(id: "wire", text: agency, outlet: "Agency", published: day(20)),
        // Diacritics and tatweel do not hide a copy: words are compared after normalisation.
        Article(id: "site-a", text: "غزة ـ " + agency.replacing("وزارة", with: "وَزَارَة") + ".", published: day(21)),
        Article(id: "site-c", text: "في خبر آخر، " + agency + " بحسب المصادر.", published: day(23)),
    ]

    @Test func agencyStoryHasOneOriginAndItsCopies() throws {
        let found = PassageFinder().passages(in: Self.articles)
        #expect(found.passages.count == 1)
        let passage = try #require(found.passages.first)
        #expect(passage.origin == "wire")
        #expect(passage.text == Self.agency)
        #expect(passage.wordCount == 23)  // every word of the agency text
        #expect(passage.copies.map(\.articleID) == ["site-b", "wire", "site-a", "site-c"])
        for copy in passage.copies {
            let text = try #require(Self.articles.first { $0.id == copy.articleID }).text
            let span = String(String.UnicodeScalarView(Array(text.unicodeScalars)[copy.start..<copy.end]))
            #expect(span == copy.text)
        }
        #expect(passage.copies[2].text.contains("وَزَارَة"))
        let containment = Dictionary(uniqueKeysWithValues: found.containment.map { ($0.articleID, $0.containment) })
        #expect(containment["wire"] == 1)
        #expect((containment["site-b"] ?? 1) < 1)
    }

    @Test func sameDayOrUndatedOriginIsUnknown() {
        var articles = Self.articles
        articles[0].published = Self.day(20)
        #expect(PassageFinder().passages(in: articles).passages.first?.origin == nil)
        articles[0].published = nil
        #expect(PassageFinder().passages(in: articles).passages.first?.origin == nil)
    }

    @Test func shortSharedPhrasesAreNotPassages() {
        let articles = [
            Article(id: "a", text: "قالت وزارة الصحة في غزة إن القصف مستمر"),
            Article(id: "b", text: "قالت وزارة الصحة في غزة إن المساعدات وصلت"),
            Article(id: "c", text: "لا شيء مشترك هنا"),
        ]
        let found = PassageFinder().passages(in: articles)
        #expect(found.isEmpty)
        #expect(found.containment.map(\.containment) == [0, 0, 0])
        #expect(PassageFinder().passages(in: [articles[0]]).isEmpty)
    }

    /// Spans are counted in Unicode scalars and cut from the UTF-8 text: scalars of three and four bytes before a
    /// passage (an emoji, the euro sign) must not shift it.
    @Test func spansStayExactAfterWideScalars() throws {
        let shared = "the ministry said the convoy reached the northern crossing before dawn on tuesday"
        let articles = [
            Article(id: "a", text: "🚀🚀 €€ 新闻 " + shared + " end"),
            Article(id: "b", text: "plain start " + shared),
        ]
        let passage = try #require(PassageFinder().passages(in: articles).passages.first)
        #expect(passage.text == shared)
        for copy in passage.copies {
            let text = try #require(articles.first { $0.id == copy.articleID }).text
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[copy.start..<copy.end])) == copy.text)
            #expect(copy.text == shared)
        }
    }

    /// Shared runs that overlap in one member are one passage, whoever shares which part; a run shared elsewhere is
    /// another. Longest first; with `involving`, only the passages a new member shares.
    @Test func overlappingRunsJoinAndSeparateRunsStayApart() throws {
        let words = "the ministry of health said on monday that the convoy had reached the northern city before dawn"
            .split(separator: " ").map(String.init)
        func run(_ range: Range<Int>) -> String { words[range].joined(separator: " ") }
        let rescue = "rescue teams kept searching the rubble for survivors all night"
        let articles = [
            Article(id: "a", text: "alpha report. " + run(0..<12) + ". end of alpha"),
            Article(id: "b", text: run(0..<12) + ". " + rescue + "."),
            // Shares words 5–12 with a and b, and words 6–16 with d: one run of its own joins them.
            Article(id: "c", text: "charlie: " + run(4..<16) + ". " + rescue + " today."),
            Article(id: "d", text: run(5..<16) + " and nothing else of note"),
        ]
        let found = PassageFinder().passages(in: articles)
        #expect(found.passages.map { $0.copies.map(\.articleID) } == [["a", "b", "c", "d"], ["b", "c"]])
        let joined = try #require(found.passages.first)
        #expect(joined.text == run(0..<12))
        #expect(joined.wordCount == 12)
        #expect(joined.copies.map(\.text) == [run(0..<12), run(0..<12), run(4..<16), run(5..<16)])
        #expect(found.passages.last?.text == rescue)
        let containment = Dictionary(uniqueKeysWithValues: found.containment.map { ($0.articleID, $0.containment) })
        #expect(containment["d"] == 11.0 / 16.0)
        let tonight = PassageFinder().passages(in: articles, involving: 3)
        #expect(tonight.passages.map { $0.copies.map(\.articleID) } == [["a", "b", "c", "d"]])
    }

    /// A passage that one member repeats is not shared: copying needs two members.
    @Test func aPassageOneMemberRepeatsIsNotShared() {
        let repeated = "the ministry said the convoy reached the northern crossing before dawn"
        let articles = [
            Article(id: "a", text: repeated + ". " + repeated + "."),
            Article(id: "b", text: "an unrelated report about the weather in the capital this week and next"),
        ]
        let found = PassageFinder().passages(in: articles)
        #expect(found.isEmpty)
        #expect(found.containment.map(\.containment) == [0, 0])
    }

    @Test func gramOwnersTellSharedFromOwned() {
        var owners = GramOwners(expected: 4)
        owners.add(7, member: 0)
        owners.add(7, member: 0)
        owners.add(0, member: 1)
        owners.add(0, member: 2)
        owners.add(9, member: 1)
        #expect(!owners.isShared(7))
        #expect(owners.isShared(0))
        #expect(!owners.isShared(9))
        #expect(!owners.isShared(12))
        // Small keys all start at slot 0 (a slot comes from the high bits): they probe past each other.
        var crowded = GramOwners(expected: 12)
        for key in UInt64(0)..<12 { crowded.add(key, member: Int32(key % 2)) }
        for key in UInt64(0)..<12 { crowded.add(key, member: key % 3 == 0 ? 0 : 1) }
        for key in UInt64(0)..<12 {
            #expect(crowded.isShared(key) == ((key % 2 == 0) != (key % 3 == 0)))
        }
    }
}
