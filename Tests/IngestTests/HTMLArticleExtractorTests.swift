import CrossCheckModel
import Foundation
import Testing

@testable import Ingest

@Suite("HTML extraction")
struct HTMLArticleExtractorTests {
    /// A news page with navigation, a share widget, an in-text "read also", a tag list, a "read also" aside, comments
    /// and scripts around a three-paragraph article.
    static let page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <title>بوريطة يجري مباحثات مع بلينكن | هسبريس</title>
        <meta property="og:site_name" content="هسبريس">
        <link rel="canonical" href="https://www.hespress.com/politics/article-1.html">
        <script type="application/ld+json">{"@graph": [{"@type": "WebPage", "datePublished": "2023-10-01"},
          {"@type": "NewsArticle", "datePublished": "2023-10-12T08:30:00+01:00"}]}</script>
        <style>.share { color: red }</style></head>
        <body class="single has-sidebar">
        <header class="site-header"><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a></nav></header>
        <div class="breadcrumb"><a href="/">الرئيسية</a> › سياسة › أخبار الدبلوماسية المغربية اليوم</div>
        <main><article class="post tag-gaza">
        <h1>بوريطة يجري مباحثات عبر الهاتف مع نظيره الأمريكي</h1>
        <time datetime="2023-10-11">الأربعاء</time>
        <div class="entry-content">
        <p>أجرى وزير الشؤون الخارجية ناصر بوريطة، أمس الأربعاء 11 أكتوبر الجاري، مباحثات هاتفية مع نظيره
        الأمريكي أنتوني بلينكن.</p>
        <p>وكشف بيان لوزارة الخارجية الأمريكية، أن بوريطة وبلينكن، نقاشا في اتصال جمعهما، الحرب بين إسرائيل
        وحركة <b>حماس</b>.</p>
        <div class="share-buttons"><a href="#">فيسبوك</a> <a href="#">تويتر</a> شارك المقال على مواقع التواصل</div>
        <p>وقال المتحدث باسم الخارجية الأميركية، ماثيو ميلر، إن الوزيرين تطرقا إلى الجهود المبذولة لمنع التصعيد.</p>
        <p>اقرأ أيضا: غزة.. مصابون إثر خروقات إسرائيلية</p>
        <p>في اليوم الـ53 من بدء وقف إطلاق النار، واصل الاحتلال خرق الاتفاق، باستهداف مناطق داخل الخط الأصفر.</p>
        </div>
        <div class="tags"><a href="/tag/gaza">غزة</a> <a href="/tag/morocco">المغرب</a></div>
        </article>
        <aside class="read-also"><h3>اقرأ أيضا</h3><ul>
        <li><a href="/a2">غزة.. قصف ونوايا إسرائيلية للاحتفاظ بالخط الأصفر في اليوم الـ52 من وقف النار</a></li>
        <li><a href="/a3">رغم الهدنة.. إسرائيل تكثف غاراتها على أحياء غزة، وتقتل 12 شخصا على الأقل</a></li>
        </ul><time datetime="2023-12-01">قبل يومين</time></aside>
        <section id="comments" class="comments-area"><h3>تعليقان</h3><div class="comment">
        <p>تعليق طويل من قارئ يقول إن 500 شخص قتلوا في هذا الهجوم، وهذا رقم غير صحيح، والله أعلم بالحقيقة.</p>
        </div></section>
        </main>
        <footer>© 2023 هسبريس، جميع الحقوق محفوظة، ولا يجوز النسخ دون إذن مسبق من إدارة الموقع.</footer>
        <script>var label = "اقرأ أيضا 999 قتيلا";</script>
        </body></html>
        """

    @Test func extractsTheArticleAndItsMetadata() throws {
        let extraction = try HTMLArticleExtractor.extract(html: Data(Self.page.utf8), source: "page.html")
        #expect(extraction.title == "بوريطة يجري مباحثات عبر الهاتف مع نظيره الأمريكي")
        #expect(extraction.published == CivilDate(year: 2023, month: 10, day: 12))
        #expect(extraction.outlet == "هسبريس")
        #expect(extraction.url == "https://www.hespress.com/politics/article-1.html")
        #expect(extraction.language == .arabic)
        let paragraphs = extraction.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first?.hasPrefix("أجرى وزير الشؤون الخارجية ناصر بوريطة") == true)
        #expect(paragraphs.first?.contains("نظيره الأمريكي أنتوني") == true)  // the line break is now a space
        #expect(paragraphs[1].hasSuffix("وحركة حماس."))
        for leaked in ["فيسبوك", "الرئيسية", "500", "999", "الهدنة", "المغرب", "الـ53", "جميع الحقوق", "color"] {
            #expect(!extraction.text.contains(leaked), "leaked: \(leaked)")
        }
        #expect(extraction.removed.count == 1)
        #expect(extraction.removed.first?.hasPrefix("اقرأ أيضا: غزة") == true)
        #expect(extraction.removed.first?.contains("الـ53") == true)
    }

    @Test func titleFallsBackToTheTitleTagWithoutTheSiteSuffix() throws {
        let html = """
            <html><head><title>Blinken calls Bourita over Gaza hostages | Morocco World News</title>
            <meta property="article:published_time" content="2023-10-11T21:00:00Z"></head>
            <body><div><p>Secretary of State Antony Blinken spoke with Moroccan Foreign Minister Nasser Bourita.</p>
            <p>They discussed efforts to prevent regional escalation, the State Department said.</p></div></body></html>
            """
        let extraction = try HTMLArticleExtractor.extract(
            html: Data(html.utf8), pageURL: "https://www.moroccoworldnews.com/2023/10/x")
        #expect(extraction.title == "Blinken calls Bourita over Gaza hostages")
        #expect(extraction.published == CivilDate(year: 2023, month: 10, day: 11))
        #expect(extraction.outlet == "moroccoworldnews.com")
        #expect(extraction.language == .english)
        #expect(extraction.sources.title == .titleElement)
        #expect(extraction.sources.outlet == .domain)
        #expect(extraction.sources.language == .scriptDetection)
        #expect(extraction.sources.published == .publishedMeta)
        #expect(extraction.text.components(separatedBy: "\n\n").count == 2)
    }

    @Test(arguments: [
        ("Headline | Site", "Headline"),
        ("غزة.. قصف ونوايا إسرائيلية - الجزيرة نت", "غزة.. قصف ونوايا إسرائيلية"),
        ("Blinken - Bourita call | Hespress English", "Blinken - Bourita call"),
        ("A title with no site", "A title with no site"),
    ])
    func siteSuffixIsStripped(title: String, expected: String) {
        #expect(HTMLPageMetadata.stripSiteSuffix(title, siteName: nil) == expected)
    }

    @Test func timeElementGivesTheDateWhenNothingElseDoes() throws {
        let html = """
            <html lang="fr-MA"><body><article><header><h1>Titre</h1><time datetime="2021-05-17T10:00">17 mai</time>
            </header><p>Antony Blinken s'est entretenu avec Nasser Bourita, a indiqué le département d'État.</p>
            </article></body></html>
            """
        let extraction = try HTMLArticleExtractor.extract(html: Data(html.utf8))
        #expect(extraction.published == CivilDate(year: 2021, month: 5, day: 17))
        #expect(extraction.language == .french)
        #expect(extraction.title == "Titre")
    }

    @Test func legacyArabicEncodingIsDecoded() throws {
        // "سلام غزة " in windows-1256.
        let words: [UInt8] = [0xD3, 0xE1, 0xC7, 0xE3, 0x20, 0xDB, 0xD2, 0xC9, 0x20]
        var bytes = Array(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">".utf8)
        bytes += Array("</head><body><div><p>".utf8)
        for _ in 0..<6 { bytes += words }
        bytes += Array("</p></div></body></html>".utf8)
        let document = try HTMLDocument(data: Data(bytes), source: "legacy.html")
        #expect(document.encoding == "windows-1256")
        let extraction = HTMLArticleExtractor.extract(from: document)
        #expect(extraction.text.hasPrefix("سلام غزة سلام غزة"))
    }

    @Test func encodingSniffing() {
        #expect(HTMLEncodingSniffer.sniff(Data("<meta charset='Windows-1256'>".utf8)).encoding == "windows-1256")
        #expect(
            HTMLEncodingSniffer.sniff(Data([0xEF, 0xBB, 0xBF, 0x3C]))
                == .init(encoding: "UTF-8", bomLength: 3, source: .byteOrderMark))
        #expect(HTMLEncodingSniffer.sniff(Data("<p>no declaration</p>".utf8)).encoding == "UTF-8")
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: IngestError.unparsableHTML(source: "empty.html")) {
            try HTMLDocument(data: Data(), source: "empty.html")
        }
    }

    @Test func documentTreeIsPlainSwiftValues() throws {
        let document = try HTMLDocument(data: Data("<p class='a' id=b>x &amp; <i>y</i></p>".utf8))
        let root = try #require(document.root)
        #expect(root.name == "html")
        let paragraph = try #require(root.childElements.first?.childElements.first)
        #expect(paragraph.name == "p")
        #expect(paragraph.attribute("class") == "a" && paragraph.attribute("id") == "b")
        #expect(paragraph.textContent == "x & y")
    }
}
