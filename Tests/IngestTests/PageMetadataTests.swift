import CrossCheckModel
import Foundation
import Testing

@testable import Ingest

@Suite("Page metadata and its provenance")
struct PageMetadataTests {
    static func extract(_ head: String, body: String = "", url: String? = nil) throws -> HTMLArticleExtractor.Extraction
    {
        let html = """
            <html><head>\(head)</head><body>\(body)<div>
            <p>The council approved the budget on Monday after a long debate, officials said, and work will start soon.</p>
            <p>Opponents said the plan, which costs more than last year's, leaves the old district without a school.</p>
            </div></body></html>
            """
        return try HTMLArticleExtractor.extract(html: Data(html.utf8), pageURL: url)
    }

    @Test func jsonLDArticleBeatsMetaAndGivesItsSource() throws {
        let extraction = try Self.extract(
            """
            <script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},
            {"@type":"NewsArticle","datePublished":"2023-10-12T08:00:00Z","headline":"Budget passes",
            "publisher":{"@type":"Organization","name":"City Daily"}}]}</script>
            <meta property="article:published_time" content="2023-10-10">
            """)
        #expect(extraction.published == CivilDate(year: 2023, month: 10, day: 12))
        #expect(extraction.sources.published == .jsonLDDatePublished)
        #expect(extraction.title == "Budget passes")
        #expect(extraction.sources.title == .jsonLDHeadline)
        #expect(extraction.outlet == "City Daily")
        #expect(extraction.sources.outlet == .jsonLDPublisher)
    }

    @Test func urlDateThenVisibleDateline() throws {
        let fromURL = try Self.extract(
            "<title>Budget passes - City Daily</title>", url: "https://c.example/2023/10/12/x")
        #expect(fromURL.published == CivilDate(year: 2023, month: 10, day: 12))
        #expect(fromURL.sources.published == .urlPath)
        #expect(fromURL.sources.url == .pageURL)
        let fromDateline = try Self.extract(
            "", body: "<h1>Budget passes</h1><span class=\"date\">12 octobre 2023</span>")
        #expect(fromDateline.published == CivilDate(year: 2023, month: 10, day: 12))
        #expect(fromDateline.sources.published == .dateline)
        #expect(fromDateline.sources.title == .firstHeading)
    }

    @Test(arguments: [
        ("Published Oct. 12, 2023 at 8:00 am", "2023-10-12"), ("12 octobre 2023", "2023-10-12"),
        ("الأربعاء، 28 آب/اغسطس 2013", "2013-08-28"), ("الخميس ١٢ أكتوبر ٢٠٢٣", "2023-10-12"),
        ("Updated November 3rd, 2019", "2019-11-03"), ("2018-09-16 by admin", "2018-09-16"),
    ])
    func datelines(text: String, iso: String) {
        #expect(DatelineParser.date(in: text)?.iso == iso)
    }

    @Test func timestampOneDayOffTheVisibleDatelineTakesTheVisibleDay() throws {
        let extraction = try Self.extract(
            "<meta property=\"article:published_time\" content=\"2019-11-19T07:03:25+00:00\">",
            body: "<time class=\"the-time\" datetime=\"2019-11-19T07:03:25+00:00\">November 18, 2019 11:03 PM</time>")
        #expect(extraction.published == CivilDate(year: 2019, month: 11, day: 18))
        #expect(extraction.sources.published == .dateline)
    }
}
