import Foundation
import Testing

@testable import Reports

@Suite("Escaping: article text is inert in every format")
struct EscapingTests {
    static func allText(_ writer: any ReportWriter) throws -> [(String, String)] {
        try writer.files(for: ReportFixture.report).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    @Test("HTML: no script, no javascript: link, no broken attribute, no live bidi control")
    func html() throws {
        for (path, page) in try Self.allText(HTMLReportWriter()) {
            #expect(!page.contains("<script"), "\(path)")
            #expect(!page.contains("<img"), "\(path)")
            #expect(!page.contains("<b>"), "\(path)")
            #expect(!page.contains("\" onmouseover"), "\(path)")
            #expect(!page.contains("\u{202E}"), "\(path)")
            #expect(!page.lowercased().contains("href=\"javascript"), "\(path)")
            for href in Self.hrefs(in: page) {
                let allowed =
                    href.lowercased().hasPrefix("http://") || href.lowercased().hasPrefix("https://")
                    || href == "../index.html" || href.hasPrefix("groups/")
                #expect(allowed, "\(path): href \(href)")
            }
            #expect(page.contains("<meta charset=\"utf-8\">"))
            #expect(page.contains("name=\"viewport\""))
            #expect(!page.contains("<link") && !page.contains(" src=\""), "\(path) loads an external asset")
        }
        let lone = try #require(try HTMLReportWriter().files(for: ReportFixture.report)["groups/g002.html"])
        #expect(lone.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(lone.contains("Evil&quot; onmouseover=&quot;alert(3)"))
        #expect(lone.contains("&amp;#x202E;0052"))
        #expect(lone.contains("<span class=\"inert-url\" dir=\"auto\">javascript:alert(1)</span>"))
        #expect(lone.contains("&#39;x&#39;"))
    }

    @Test("HTML: Arabic text sits in elements with dir=\"auto\"")
    func arabicDirection() throws {
        let files = try HTMLReportWriter().files(for: ReportFixture.report)
        let page = try #require(files["groups/g001.html"])
        for text in [ReportFixture.arabicTitle, ReportFixture.arabicSentence, "وزارة الصحة", "الجزيرة"] {
            let tags = Self.enclosingTags(of: text, in: page)
            #expect(!tags.isEmpty, "\(text) not found")
            for tag in tags {
                let isolated = tag.contains("dir=\"auto\"") || tag.contains("unicode-bidi=\"plaintext\"")
                #expect(isolated, "\(text) in \(tag)")
            }
        }
        #expect(page.contains("<blockquote dir=\"auto\" lang=\"ar\">"))
        let index = try #require(files["index.html"])
        for tag in Self.enclosingTags(of: ReportFixture.arabicTitle, in: index) {
            #expect(tag.contains("dir=\"auto\""))
        }
    }

    @Test("Markdown: metacharacters escaped, no raw HTML, no javascript: link, no live bidi control")
    func markdown() throws {
        for (path, page) in try Self.allText(MarkdownReportWriter()) {
            #expect(!page.contains("<script>"), "\(path)")
            #expect(!page.contains("<b>"), "\(path)")
            #expect(!page.contains("](javascript"), "\(path)")
            #expect(!page.contains("<javascript"), "\(path)")
            #expect(!page.contains("\u{202E}"), "\(path)")
        }
        let lone = try #require(try MarkdownReportWriter().files(for: ReportFixture.report)["groups/g002.md"])
        #expect(lone.contains("\\<script\\>alert\\(1\\)\\</script\\>"))
        #expect(lone.contains("\\[people\\]\\(javascript:alert\\(4\\)\\) were \\*killed\\* \\&#x202E;0052 \\| \\# x"))
        #expect(lone.contains("javascript:alert\\(1\\)"))
        let main = try #require(try MarkdownReportWriter().files(for: ReportFixture.report)["groups/g001.md"])
        #expect(main.contains("<https://example.org/ar/1?a=1&b=2>"))
    }

    @Test("JSON: valid, exact after decoding, and inert when opened as text")
    func json() throws {
        for (path, text) in try Self.allText(JSONReportWriter()) {
            #expect(!text.contains("<script>"), "\(path)")
            #expect(!text.contains("\u{202E}"), "\(path)")
            #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any], "\(path)")
        }
        let files = try JSONReportWriter().files(for: ReportFixture.report)
        let decoded = try JSONDecoder().decode(
            GroupReport.self, from: Data(try #require(files["groups/g002.json"]).utf8))
        #expect(decoded.members.first?.title == ReportFixture.hostileTitle)
        #expect(decoded.comparison.rows.first?.entries.first?.fact.evidence.sentence == ReportFixture.hostileSentence)
    }

    @Test(
        "Only plain http and https URLs become links",
        arguments: [
            ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&amp;c=2"),
            ("HTTP://example.com", "HTTP://example.com"), ("javascript:alert(1)", nil), ("JaVaScRiPt:alert(1)", nil),
            (" javascript:alert(1)", nil), ("java\tscript:alert(1)", nil), ("data:text/html,<b>", nil),
            ("https://example.org/\"onmouseover=x", "https://example.org/&quot;onmouseover=x"),
            ("https://example.org/ x", nil), ("//evil.example/x", nil),
        ] as [(String, String?)])
    func safeHref(url: String, expected: String?) {
        #expect(HTMLText.safeHref(url) == expected)
    }

    @Test(
        "Markdown escaping table",
        arguments: [
            ("*bold* _it_", "\\*bold\\* \\_it\\_"), ("a|b", "a\\|b"), ("<b>&", "\\<b\\>\\&"),
            ("line\nbreak", "line break"),
            ("[x](y)", "\\[x\\]\\(y\\)"), ("2,500 قتيل", "2,500 قتيل"), ("\u{2067}x\u{2069}", "\\&#x2067;x\\&#x2069;"),
        ])
    func markdownEscape(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    /// The `href` values of a page.
    static func hrefs(in page: String) -> [String] {
        var result: [String] = []
        var rest = page[...]
        while let start = rest.range(of: "href=\"") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            result.append(String(after[..<end]))
            rest = after[end...]
        }
        return result
    }

    /// The opening tag right before each occurrence of `text` (after HTML escaping) in `page`.
    static func enclosingTags(of text: String, in page: String) -> [String] {
        let needle = HTMLText.escape(text)
        var tags: [String] = []
        var searchStart = page.startIndex
        while let found = page.range(of: needle, range: searchStart..<page.endIndex) {
            let before = page[..<found.lowerBound]
            if let open = before.range(of: "<", options: .backwards) {
                tags.append(String(page[open.lowerBound..<found.lowerBound]))
            }
            searchStart = found.upperBound
        }
        return tags
    }
}
