import Testing

@testable import Ingest

/// JSON-LD blocks that cannot give a field are skipped before parsing; the others are read as before.
@Suite("JSON-LD blocks skipped before parsing")
struct JSONLDSkipTests {
    @Test func blocksWithoutFieldKeysAreSkipped() {
        #expect(!HTMLJSONLD.mayHoldArticleFields(#"{"@type":"BreadcrumbList","itemListElement":[]}"#))
        #expect(HTMLJSONLD.mayHoldArticleFields(#"{"@type":"NewsArticle","headline":"A"}"#))
        #expect(HTMLJSONLD.mayHoldArticleFields(#"{"@type":"NewsArticle","head\u006Cine":"A"}"#))
        var ld = HTMLJSONLD()
        ld.add(#"{"@type":"WebSite","name":"Site"}"#)
        ld.add(#"{"@type":"NewsArticle","datePublished":"2023-10-12T08:00:00Z","headline":"Blinken calls Bourita"}"#)
        #expect(ld.headline == "Blinken calls Bourita")
        #expect(ld.datePublished != nil)
    }
}
