import Foundation
import Testing

@testable import Ingest

/// The cut reading (`HTMLRawTextStripper` before libxml2's events) must give what the whole page gives.
@Suite("Cutting script bodies and unread attribute values")
struct HTMLRawTextStripperTests {
    static func cut(_ html: String) -> String? {
        HTMLRawTextStripper.strip(Array(html.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        ("<p>a</p><script>if (a < b) x = '</div>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>"),
        ("<style>p { color: red }</style>", "<style></style>"),
        // A JSON-LD body is kept whole, even markup inside its strings.
        (
            "<script type=\"application/ld+json\">{\"a\":\"<img src='x'>\"}</script><img src=\"y\">",
            "<script type=\"application/ld+json\">{\"a\":\"<img src='x'>\"}</script><img >"
        ),
        ("<SCRIPT type=text/javascript>x()</ScRiPt>", "<SCRIPT type=text/javascript></ScRiPt>"),
        // Unread attributes go whole, name and value; the blank before each stays.
        ("<img src=\"a.jpg\" class=\"share\" data-x='1'>", "<img  class=\"share\" >"),
        ("<a title=\"t\"href=\"/x\"class=\"related\">x</a>", "<a class=\"related\">x</a>"),
        // Class names that say nothing go; a name with any feature stays (a dateline and its `updated` veto alike).
        ("<div class=\"col-md-6 article-body x\">", "<div class=\"article-body \">"),
        ("<span class=\"post-date updated c\">", "<span class=\"post-date updated \">"),
        ("<time class=\"wide created-at\">", "<time class=\"created-at\">"),
        // Page state in JSON is never read: only JSON-LD keeps its body.
        (
            "<script type=\"application/json\">{\"a\":1}</script><script type=\"application/ld+json\">{}</script>",
            "<script type=\"application/json\"></script><script type=\"application/ld+json\">{}</script>"
        ),
        (
            "<a href=\"/x\" id=\"y\">x</a><link rel=\"canonical\" href=\"https://a.b/c\">",
            "<a  id=\"y\">x</a><link rel=\"canonical\" href=\"https://a.b/c\">"
        ),
        // A link's href is read only from the canonical link.
        (
            "<link rel=\"stylesheet\" href=\"/a.css\"><link href=\"/i.png\" rel=\"icon\"/>",
            "<link rel=\"stylesheet\" ><link  rel=\"icon\"/>"
        ),
        // A meta's content is read only under the keys the metadata walk asks for.
        (
            "<meta name=\"viewport\" content=\"width=1\"><meta content=\"T\" property=\"OG:Title\">"
                + "<meta content=\"x\" name=\"description\"/>",
            "<meta name=\"viewport\" ><meta content=\"T\" property=\"OG:Title\"><meta  name=\"description\"/>"
        ),
        // Blank runs between tags become one byte; a blank run before text or a comment is left.
        ("<div>\n    <p>a</p>\n  </div>\n\n<p>b</p>", "<div>\n<p>a</p>\n</div>\n<p>b</p>"),
        ("<ul>\n  <li>a  </li>  x<br>  <!-- c --></ul>", "<ul>\n<li>a  </li>  x<br>  <!----></ul>"),
        // Comment bodies are never read ("<script" inside one is no tag); abruptly closed ones, "--!>" and control
        // bytes keep theirs.
        ("<!-- <script>x</script> --><p>a</p>", "<!----><p>a</p>"),
        (
            "<p>a</p><!-- [if IE]> old <![endif] --><!-->x<!--->y<!-- a --!> b --><!-- \u{01} --><p>b</p>",
            "<p>a</p><!----><!-->x<!--->y<!-- a --!> b --><!-- \u{01} --><p>b</p>"
        ),
    ])
    func cutsWhatNoReaderLooksAt(page: String, expected: String) {
        #expect(Self.cut(page) == expected)
    }

    @Test(arguments: [
        // JSON-LD is read; a self-closed script has no body; "<script" inside a value is no tag.
        "<script type=\"application/ld+json\">{\"a\":1}</script>",
        "<script src=x.js /><p>text</p>",
        "<div title=<script>>x</div>",
        "<p>no markup worth cutting</p>",
        // A link href stays when in doubt: no rel, a rel in capitals, a canonical rel among others, two hrefs.
        "<link href=\"/a\"><link href=\"/b\" REL=\"icon\"><link rel=\"Canonical amphtml\" href=\"/c\">",
        "<link rel=\"icon\" href=\"/d\" href=\"/e\">",
        "<meta NAME=\"viewport\" content=\"a\"><meta name=\"og&#58;title\" content=\"b\"><meta name=x content=\"c\">",
        // An HTML reader may drop the first newline of a <pre>: blanks after its start tag stay.
        "<pre>\n   <b>x</b></pre>",
    ])
    func leavesWhatLibxml2ReadsDifferently(page: String) {
        #expect(Self.cut(page) == nil)
    }

    @Test func stopsWhereLibxml2WouldLeaveRawText() {
        // A control character ends libxml2's raw-text mode: nothing from there on is cut.
        #expect(Self.cut("<script>a\u{01}b</script><script>c</script>") == nil)
        // A body that starts with "</" is read as an end tag first.
        #expect(Self.cut("<script></div></script><script>c</script>") == nil)
        // Tested eight bytes at a time: a control byte anywhere in a long body is found, blanks are not one.
        let code = String(repeating: "a = 1;\n\tb(\r\n", count: 9)
        for offset in [0, 7, 8, 61, code.utf8.count] {
            let index = code.utf8.index(code.utf8.startIndex, offsetBy: offset)
            let body = String(code[..<index]) + "\u{1F}" + String(code[index...])
            #expect(Self.cut("<script>\(body)</script><script>c</script>") == nil)
        }
        #expect(Self.cut("<script>\(code)</script>") == "<script></script>")
    }

    @Test(arguments: [
        "<html><head><title>T | Site</title><script>var a = '<p>';</script></head>"
            + "<body><article><h1 class=\"headline\">Title</h1><p class=\"lead\" data-track=\"x\">"
            + String(repeating: "Gaza, said the ministry. ", count: 12)
            + "</p><img src=\"a.jpg\" alt=\"b\"><aside class=\"related\"><a href=\"/r\">Read also</a></aside>"
            + "</article></body></html><script>trailing()</script>",
        "<!doctype html><p>" + String(repeating: "نص المقال، قالت الوزارة. ", count: 20)
            + "<style>p{}</style><span style=\"display:none\">hidden</span></p></html><p>after</p>",
        "<p>" + String(repeating: "Text after the root closes. ", count: 12) + "</p></html><div>late</div>",
        // A custom wrapper with links near the top and the story deep down is no link cluster, with or without the
        // page-state JSON that the cut reading drops.
        "<body><x-page><a href=\"/a\">" + String(repeating: "Section one link ", count: 4) + "</a><a href=\"/b\">"
            + String(repeating: "Section two link ", count: 4) + "</a><script type=\"application/json\">{\"state\":\""
            + String(repeating: "x", count: 3000) + "\"}</script>" + String(repeating: "<div>", count: 14) + "<p>"
            + String(repeating: "The story sits deep inside the wrapper. ", count: 10) + "</p>"
            + String(repeating: "</div>", count: 14) + "</x-page></body>",
        // Indentation between tags, after a stray end tag (no event, so the blanks join the text before it).
        "<html>\n  <body>\n    <article>\n      <p>" + String(repeating: "Words of the story. ", count: 14)
            + "</span>\n      <b>bold</b></p>\n    </article>\n  </body>\n</html>",
    ])
    func cutReadingExtractsTheSame(page: String) throws {
        let document = try HTMLDocument(data: Data(page.utf8))
        let root = try #require(document.root)
        let whole = HTMLArticleExtractor.extract(from: root)
        var cut = HTMLArticleExtractor.extract(from: document)
        cut.sources = whole.sources
        #expect(cut == whole)
        #expect(!cut.text.isEmpty)
    }

    @Test(arguments: [
        "col-md-6 related-posts", "post-date updated", "article-body sidebar", "entry-content", "relatedArticles x",
        "byline__author", "sharebar", "has-sidebar main", "publish-time", "no-match at-all",
    ])
    func judgedNamesGiveTheSameEvidence(value: String) {
        var names = ClassNameFeatures()
        let bytes = Array(value.utf8)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                let name = UnsafeBufferPointer(rebasing: all[start..<index])
                if !name.isEmpty { _ = names.look(name, hash: ClassNameFeatures.hash(name)) }
                start = index + 1
            }
            var scratch = HTMLPruning.ClassNameScratch()
            #expect(!names.isEmpty)
            #expect(
                HTMLPruning.evidence(ofValue: all, names: names, scratch: &scratch)
                    == HTMLPruning.evidence(ofValue: all, scratch: &scratch))
        }
    }

    @Test func wordSetsMatchBytes() {
        let set = ByteWordSet(["ad", "nav", "share"])
        let prefixes = ByteWordSet.prefixes(["related", "date"])
        #expect(Array("nav".utf8).withUnsafeBufferPointer { set.contains($0) })
        #expect(!Array("navs".utf8).withUnsafeBufferPointer { set.contains($0) })
        #expect(Array("relatedposts".utf8).withUnsafeBufferPointer { prefixes.hasPrefixIn($0) })
        #expect(Array("postdate".utf8).withUnsafeBufferPointer { prefixes.occursIn($0) })
        #expect(!Array("dat".utf8).withUnsafeBufferPointer { prefixes.occursIn($0) })
    }
}
