import CrossCheckModel
import Foundation
import Testing

@testable import Ingest

@Suite("Reading articles")
struct ArticleReaderTests {
    @Test func plainTextWithHeadlineAndGzip() throws {
        let folder = try TemporaryFolder()
        let text = "Blinken calls Bourita\n\nThe two ministers spoke on Wednesday.\n\nTags: Gaza, Morocco\n"
        let path = try folder.write("000_d7e9f2fa33406a43.txt.gz", GzipTestSupport.gzip(Data(text.utf8)))
        let item = try #require(InputCollector.collect(paths: [path]).items.first)
        #expect(item == InputItem(path: path, format: .text, isCompressed: true))
        let outcomes = ArticleReader.read(item, manifest: nil)
        let article = try #require(outcomes.first?.article)
        #expect(outcomes.count == 1 && outcomes[0].status == .processed)
        #expect(article.id == "000_d7e9f2fa33406a43")
        #expect(article.title == "Blinken calls Bourita")
        #expect(article.text == "The two ministers spoke on Wednesday.")
        #expect(article.removed == ["Tags: Gaza, Morocco"])
        #expect(article.origin == path)
        #expect(article.language == .unknown)
    }

    @Test(arguments: [
        ("عبر الهاتف.. بلينكن يطلب من بوريطة وساطة المغرب", true),
        ("The two ministers spoke on Wednesday.", false),
        ("هل يتوسط المغرب؟", false),
        ("Blinken: \"We will work together.\"", false),
        (String(repeating: "كلمة ", count: 31), false),
    ])
    func headlineDetection(line: String, isHeadline: Bool) {
        #expect(PlainTextArticle.looksLikeHeadline(line) == isHeadline)
    }

    @Test func jsonlGivesOneOutcomePerLine() throws {
        let folder = try TemporaryFolder()
        let lines = [
            #"{"id": "a1", "text": "Blinken called Bourita.\nRead also: other", "outlet": "Hespress", "#
                + #""published": "2023-10-12", "language": "ar", "url": "https://hespress.com/a1"}"#,
            "",
            #"{"id": 1, "html": "<html lang='fr'><body><div><p>Blinken s'est entretenu avec Bourita, mercredi.</p></div></body></html>", "published": 1697097600}"#,
            #"{"id": "a3", "text": "broken"#,
            #"{"text": "no id here"}"#,
            #"{"id": "a5", "title": "only a title"}"#,
            "   ",
            #"["not", "an", "object"]"#,
        ]
        let path = try folder.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let item = InputItem(path: path, format: .jsonl, isCompressed: false)
        let outcomes = ArticleReader.read(item, manifest: nil)
        #expect(outcomes.map(\.origin) == [1, 3, 4, 5, 6, 8].map { "\(path):\($0)" })
        #expect(outcomes.map(\.status) == [.processed, .processed, .failed, .failed, .failed, .failed])

        let first = try #require(outcomes[0].article)
        #expect(first.id == "a1" && first.text == "Blinken called Bourita." && first.removed == ["Read also: other"])
        #expect(first.outlet == "Hespress" && first.language == .arabic && first.url == "https://hespress.com/a1")
        #expect(first.published == CivilDate(year: 2023, month: 10, day: 12))
        #expect(first.origin == "\(path):1")

        let second = try #require(outcomes[1].article)
        #expect(second.id == "1" && second.language == .french)
        #expect(second.published == CivilDate(year: 2023, month: 10, day: 12))
        #expect(second.text.hasPrefix("Blinken s'est entretenu"))

        #expect(outcomes[2].reason?.contains("not valid JSON") == true)
        #expect(outcomes[3].reason?.contains("missing \"id\"") == true)
        #expect(outcomes[4].reason?.contains("neither \"text\" nor \"html\"") == true)
        #expect(outcomes[5].reason?.contains("not an object") == true)
        for outcome in outcomes[2...] { #expect(outcome.reason?.hasPrefix(outcome.origin) == true) }
    }

    @Test func publishedValuesFromJSON() throws {
        let json =
            #"{"t": true, "s": 1697097600, "ms": 1697097600000, "iso": "2023-10-12T23:59:00-05:00", "x": "soon"}"#
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let day = CivilDate(year: 2023, month: 10, day: 12)
        #expect(PublishedDate.parse(object["t"]!) == nil)
        #expect(PublishedDate.parse(object["s"]!) == day)
        #expect(PublishedDate.parse(object["ms"]!) == day)
        #expect(PublishedDate.parse(object["iso"]!) == day)
        #expect(PublishedDate.parse(object["x"]!) == nil)
        #expect(JSONLines.string(object["t"]) == nil)
        #expect(JSONLines.string(object["s"]) == "1697097600")
    }

    @Test func manifestAppliesToFilesInItsFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("news/a.txt", "Blinken calls Bourita\n\nThe two ministers spoke on Wednesday.")
        try folder.write("news/b.txt.gz", GzipTestSupport.gzip(Data("The ministers spoke again.".utf8)))
        try folder.write(
            "news/manifest.jsonl",
            """
            {"file": "a.txt", "id": "hespress-1", "url": "https://hespress.com/1", "outlet": "Hespress", \
            "published": "2023-10-12T08:00:00Z", "language": "ar"}
            {"file": "b.txt", "published": 1697068800, "title": "Second call"}
            not json
            {"id": "no file"}
            {"file": "c.txt", "published": "yesterday"}
            """)
        let inputs = InputCollector.collect(paths: [folder.path])
        #expect(inputs.items.map(\.fileName) == ["a.txt", "b.txt.gz"])
        let manifest = try #require(inputs.manifest(for: inputs.items[0]))
        #expect(manifest.problems.count == 3)
        #expect(inputs.warnings == manifest.problems)
        #expect(manifest.problems[0].contains("manifest.jsonl:3"))
        #expect(manifest.problems[1].contains("manifest.jsonl:4: manifest line has no \"file\""))
        #expect(manifest.problems[2].contains("manifest.jsonl:5"))

        let a = try #require(ArticleReader.read(inputs.items[0], manifest: manifest).first?.article)
        #expect(a.id == "hespress-1" && a.outlet == "Hespress" && a.url == "https://hespress.com/1")
        #expect(a.published == CivilDate(year: 2023, month: 10, day: 12) && a.language == .arabic)
        #expect(a.title == "Blinken calls Bourita")
        let b = try #require(ArticleReader.read(inputs.items[1], manifest: manifest).first?.article)
        #expect(b.id == "b" && b.title == "Second call")
        #expect(b.published == CivilDate(year: 2023, month: 10, day: 12))
    }

    /// Read concurrently, the batch gives the same outcomes as read one file after another.
    @Test func concurrentReadsMatchSequentialReads() throws {
        let folder = try TemporaryFolder()
        for index in 0..<24 {
            let body =
                "<html lang='ar'><body><div><p>فقرة رقم \(index) من المقال، وهي طويلة بما يكفي.</p></div></body></html>"
            try folder.write(String(format: "p%02d.html", index), body)
            try folder.write(String(format: "t%02d.txt", index), "Headline \(index)\n\nParagraph number \(index).")
        }
        let items = InputCollector.collect(paths: [folder.path]).items
        #expect(items.count == 48)
        let sequential = items.map { ArticleReader.read($0, manifest: nil) }
        let results = ResultBox(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, ArticleReader.read(items[index], manifest: nil))
        }
        #expect(results.values == sequential)
        #expect(sequential.allSatisfy { $0.count == 1 && $0[0].status == .processed })
    }
}

/// Disjoint slots written from `concurrentPerform`, behind a lock.
final class ResultBox: @unchecked Sendable {
    private var slots: [[RecordOutcome]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [RecordOutcome]) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [[RecordOutcome]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
