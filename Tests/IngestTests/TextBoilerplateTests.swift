import CrossCheckModel
import Foundation
import Testing

@testable import Ingest

@Suite("Boilerplate cutting")
struct TextBoilerplateTests {
    static let lead = "أجرى وزير الخارجية ناصر بوريطة، أمس الأربعاء، مباحثات هاتفية مع نظيره الأمريكي."
    static let tail = "غزة.. قصف ونوايا إسرائيلية للاحتفاظ بالخط الأصفر"

    /// Every cue's own example is removed; a cut cue also takes what follows.
    @Test(arguments: BoilerplateCue.all)
    func cueExampleIsRemoved(cue: BoilerplateCue) {
        let result = TextBoilerplate.clean("\(Self.lead)\n\n\(cue.example)\n\n\(Self.tail)")
        switch cue.action {
        case .cutToEnd:
            #expect(result.text == Self.lead)
            #expect(result.removed == ["\(cue.example)\n\(Self.tail)"])
        case .dropLine:
            #expect(result.text == "\(Self.lead)\n\n\(Self.tail)")
            #expect(result.removed == [cue.example])
        }
    }

    /// Lines a cue lists as look-alikes stay in the text.
    @Test(arguments: BoilerplateCue.all.filter { !$0.keeps.isEmpty })
    func cueLookAlikesAreKept(cue: BoilerplateCue) {
        for line in cue.keeps {
            #expect(TextBoilerplate.clean("\(Self.lead)\n\n\(line)").text == "\(Self.lead)\n\n\(line)")
        }
    }

    @Test func readAlsoGluedToTheNextWordCutsToTheEnd() {
        let text =
            "\(Self.lead)\n\nاقرأ أيضاًبلينكن: سأفكر طوال حياتي\n\nالمصدر: الأسبوع\n\nإقرأ أيضاً:\n\nمقال آخر كامل."
        let result = TextBoilerplate.clean(text)
        #expect(result.text == Self.lead)
        #expect(result.removed.count == 1)
        #expect(result.removed[0].hasPrefix("اقرأ أيضاًبلينكن"))
        #expect(result.removed[0].hasSuffix("مقال آخر كامل."))
    }

    @Test func englishAndFrenchCues() {
        let english =
            "Blinken called Bourita on Wednesday.\nTags: Gaza, Morocco\nhttps://example.com/x\nRead more: Other"
        let cleaned = TextBoilerplate.clean(english)
        #expect(cleaned.text == "Blinken called Bourita on Wednesday.")
        #expect(cleaned.removed == ["Tags: Gaza, Morocco", "https://example.com/x", "Read more: Other"])

        let french = "Blinken a appelé Bourita mercredi.\nSource : AFP\nÀ LIRE AUSSI : Gaza\nUne autre histoire."
        let cleanedFrench = TextBoilerplate.clean(french)
        #expect(cleanedFrench.text == "Blinken a appelé Bourita mercredi.")
        #expect(cleanedFrench.removed == ["Source : AFP", "À LIRE AUSSI : Gaza\nUne autre histoire."])
    }

    /// Prose that merely starts like a cue stays: long lines, "related" inside a sentence, "follow us" mid-text.
    @Test(arguments: [
        "Related to the attack, the police said three people had died in the blast near the market on Tuesday.",
        "Source: a senior official who spoke on condition of anonymity said the talks would resume next week in Cairo.",
        "لمزيد من المعلومات حول هذا الوضع والتطورات الدولية الأخرى، تابعونا. إن السلام والأمن في المنطقة يشكلان شاغلين.",
        "Tagsmith Ltd said the figures were wrong.",
        "Readers also wrote to the editor.",
        "أجرى السيد ناصر بوريطة، اليوم، اتصالاً هاتفياً مع كاتب الدولة الأمريكي.@SecBlinken pic.twitter.com/fkkTiTMF4s",
    ])
    func proseIsKept(line: String) {
        let result = TextBoilerplate.clean("\(Self.lead)\n\(line)")
        #expect(result.text == "\(Self.lead)\n\n\(line)")
        #expect(result.removed.isEmpty)
    }

    @Test func cutCueBeforeAnyTextOnlyDropsItsLine() {
        let result = TextBoilerplate.clean("Related\nBlinken called Bourita on Wednesday.")
        #expect(result.text == "Blinken called Bourita on Wednesday.")
        #expect(result.removed == ["Related"])
    }

    @Test func blankAndNoBreakSpaceLinesSeparateParagraphs() {
        let result = TextBoilerplate.clean("first line\r\n\u{00A0}\n\n  second line  \n")
        #expect(result.text == "first line\n\nsecond line")
    }

    @Test func matchKeyFoldsSpellings() {
        #expect(MatchKey.make("إقرأ أيضاً:") == "اقرا ايضا:")
        #expect(MatchKey.make("À  LIRE AUSSI") == "a lire aussi")
        #expect(MatchKey.make("للإطلاع على") == "للاطلاع علي")
    }
}

/// The five shared samples: what each must lose and keep (skipped when `../shared` is absent).
@Suite("Boilerplate on the shared samples", .enabled(if: SharedSamples.isPresent, "../shared/samples is absent"))
struct SampleBoilerplateTests {
    func read(_ name: String) throws -> Article {
        let item = InputItem(path: SharedSamples.path(name), format: .text, isCompressed: false)
        let outcomes = ArticleReader.read(item, manifest: nil)
        #expect(outcomes.count == 1)
        return try #require(outcomes.first?.article)
    }

    @Test func sample000LosesTheLinkLineAndTheSourceLine() throws {
        let article = try read("000_d7e9f2fa33406a43.txt")
        #expect(article.id == "000_d7e9f2fa33406a43")
        #expect(article.title?.hasPrefix("عبر الهاتف.. بلينكن يطلب من بوريطة") == true)
        #expect(article.removed.count == 2)
        #expect(article.removed.first?.hasPrefix("للإطلاع على جميع منشورات الجريدة") == true)
        #expect(article.removed.last == "عن موقع: فاس نيوز ميديا")
        #expect(article.text.hasSuffix("يشكلان شاغلين رئيسيين للمجتمع الدولي."))
        #expect(!article.text.contains("https://"))
    }

    @Test func sample001LosesTheReadAlsoBlock() throws {
        let article = try read("001_a5aac33fb0cc4554.txt")
        #expect(article.title == "بوريطة يجري مباحثات عبر الهاتف مع نظيره الأمريكي أنتوني بلينكن")
        #expect(article.removed.count == 1)
        #expect(article.removed[0].hasPrefix("اقرأ أيضا\n"))
        #expect(article.removed[0].hasSuffix("قرب خان يونس …"))
        #expect(!article.text.contains("رغم الهدنة"))
        #expect(!article.text.contains("7 أكتوبر"))
        #expect(article.text.contains("أمس الأربعاء 11 أكتوبر الجاري"))
    }

    @Test func sample004LosesEverythingFromTheFirstReadAlso() throws {
        let article = try read("004_63db5f05a641605d.txt")
        #expect(article.title == nil)
        #expect(article.removed.count == 1)
        #expect(article.removed[0].hasPrefix("اقرأ أيضاًبلينكن"))
        #expect(article.removed[0].contains("مقالات مشابهة"))
        #expect(!article.text.contains("المصدر"))
        #expect(!article.text.contains("عبدالله بن زايد"))
        #expect(article.text.hasSuffix("لتحقيق السلام والاستقرار في المنطقة."))
        #expect(article.text.components(separatedBy: "\n\n").count == 5)
    }

    @Test(arguments: ["002_b836564ad961b99c.txt", "003_d70429863f0ac442.txt"])
    func samplesWithoutBoilerplateKeepTheirText(name: String) throws {
        let article = try read(name)
        #expect(article.removed.isEmpty)
        let source = try String(contentsOfFile: SharedSamples.path(name), encoding: .utf8)
        let lines = TextBoilerplate.paragraphs(of: source)
        #expect(article.title == nil)
        #expect(article.text.components(separatedBy: "\n\n") == lines)
    }

    @Test func sample003KeepsItsEmbeddedTweets() throws {
        let article = try read("003_d70429863f0ac442.txt")
        #expect(article.text.contains("— Secretary Antony Blinken (@SecBlinken) February 1, 2023"))
        #expect(article.text.contains("(@MarocDiplo_AR) February 1, 2023"))
    }
}
