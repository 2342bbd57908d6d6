import CrossCheckModel
import Foundation
import Testing

@testable import Ingest

/// The publication-date rules that read time zones, URL layouts and unmarked datelines.
@Suite("Publication date rules")
struct PublishedDateRulesTests {
    @Test func utcTimestampGivesWayToTheURLsLocalDay() throws {
        // 07:03 UTC is the evening before for a site west of Greenwich; its URL carries its own day.
        let west = try PageMetadataTests.extract(
            #"<meta property="article:published_time" content="2019-11-19T07:03:25+00:00">"#,
            url: "https://v.example/2019/11/18/story/")
        #expect(west.published == CivilDate(year: 2019, month: 11, day: 18))
        #expect(west.sources.published == .urlPath)
        // An evening UTC hour cannot become the previous day: the timestamp stays.
        let evening = try PageMetadataTests.extract(
            #"<meta property="article:published_time" content="2019-11-19T20:00:00Z">"#,
            url: "https://v.example/2019/11/18/story/")
        #expect(evening.published == CivilDate(year: 2019, month: 11, day: 19))
        // A timestamp with the publisher's own offset is its local day already.
        let local = try PageMetadataTests.extract(
            #"<meta property="article:published_time" content="2019-11-19T07:03:25-08:00">"#,
            url: "https://v.example/2019/11/18/story/")
        #expect(local.published == CivilDate(year: 2019, month: 11, day: 19))
    }

    @Test(arguments: [
        ("2019-11-20T01:50:59.403Z", 1), ("2019-11-19T07:03:25+00:00", 7), ("2019-11-19 19:31:39 GMT", 19),
    ])
    func utcHour(text: String, hour: Int) {
        #expect(HTMLPageMetadata.utcHour(text) == hour)
    }

    @Test func localTimestampHasNoUTCHour() {
        #expect(HTMLPageMetadata.utcHour("2019-11-19T07:03:25+02:00") == nil)
        #expect(HTMLPageMetadata.utcHour("2019-11-19") == nil)
    }

    @Test func rfcStyleJSONLDDate() throws {
        let extraction = try PageMetadataTests.extract(
            #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"19 Nov 2019 07:09 GMT"}</script>"#
        )
        #expect(extraction.published == CivilDate(year: 2019, month: 11, day: 19))
        #expect(extraction.sources.published == .jsonLDDatePublished)
    }

    @Test(arguments: [
        ("https://c.example/2023/10/12/x", "2023-10-12"),
        ("https://c.example/story/2019-11-19/disney", "2019-11-19"),
        ("https://c.example/a/20231012-x", "2023-10-12"),
    ])
    func urlDates(url: String, iso: String) {
        #expect(DatelineParser.date(inURL: url) == CivilDate(iso: iso))
    }

    @Test func urlDigitsInSeparateSegmentsAreNoDate() {
        // Year, a section name, then month and day of an older story slot: not a date of this article.
        #expect(
            DatelineParser.date(inURL: "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html") == nil)
    }

    @Test func unmarkedArabicDatelineWhenNothingElseDates() throws {
        let extraction = try PageMetadataTests.extract(
            "<title>اشتباكات</title>", body: "<div class=\"stamp\">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00</div>")
        #expect(extraction.published == CivilDate(year: 2013, month: 8, day: 28))
        #expect(extraction.sources.published == .dateline)
    }
}
