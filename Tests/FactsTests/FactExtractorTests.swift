import CrossCheckModel
import Testing

@testable import Facts

/// Focused cases beyond the pattern examples: the brief's English, negation and publication-date cases.
@Suite("FactExtractor")
struct FactExtractorTests {
    let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)

    @Test func englishAttributionAndSubset() throws {
        let facts = extractor.extract(
            text: "The attack killed at least 20 people, including 5 children, according to the health ministry.",
            language: .english, published: nil)
        #expect(facts.casualties.count == 2)
        let whole = try #require(facts.casualties.first)
        #expect(whole.kind == .killed)
        #expect(whole.qualifier == .atLeast)
        #expect(whole.count == CountInterval(min: 20, max: nil))
        #expect(whole.attribution == "the health ministry")
        let subset = try #require(facts.casualties.last)
        #expect(subset.kind == .killed)
        #expect(subset.relation == .among)
        #expect(subset.subjectKey == "children")
        #expect(subset.count == .exactly(5))
        #expect(facts.totals[.killed] == CountInterval(min: 20, max: nil))
    }

    /// Headline totals of the traps that misled readers: a later toll raised in other words wins, an age, a road
    /// number or a code is no count, and a denied figure is not asserted.
    @Test(arguments: [
        ("أسفر الحادث في البداية عن 3 قتلى، قبل أن ترتفع الحصيلة إلى 7 قتلى.", Language.arabic, 7.0 as Double?),
        ("L'accident a fait 3 morts. Les secours ont ensuite porté le bilan à sept morts.", .french, 7),
        ("The singer died aged 85 at his home.", .english, nil),
        ("A cyclist was killed on Route 66 near the town.", .english, 1),
        ("Covid-19 killed three more patients at the hospital.", .english, 3),
        ("The army denied that it had killed 50 civilians.", .english, nil),
        ("Five people, including two children, were killed in the strike.", .english, 5),
    ])
    func headlineKilled(text: String, language: Language, expected: Double?) {
        let facts = extractor.extract(text: text, language: language, published: nil)
        #expect(facts.totals[.killed] == expected.map { CountInterval.exactly($0) })
    }

    @Test func weekdayBeforePublication() throws {
        let facts = extractor.extract(
            text: "A bomb killed 29 people on Saturday", language: .english,
            published: CivilDate(year: 2017, month: 3, day: 15)!)
        let date = try #require(facts.dates.first)
        #expect(date.date == CivilDate(year: 2017, month: 3, day: 11))
        #expect(date.role == .event)
        #expect(facts.casualties.first?.count == .exactly(29))
    }

    @Test func negatedArabic() {
        let facts = extractor.extract(text: "لم يسفر الحادث عن سقوط قتلى", language: .arabic, published: nil)
        #expect(!facts.casualties.contains { $0.kind == .killed && $0.modality == .asserted })
        #expect(facts.totals[.killed] == nil)
    }

    @Test func unknownLanguageReadsBoth() {
        let facts = extractor.extract(
            text: "قتل 20 شخصا. 30 people were injured.", language: .unknown, published: nil)
        #expect(facts.casualties.map(\.kind) == [.killed, .injured])
    }

    @Test func historicalWarFigure() throws {
        let facts = extractor.extract(
            text: "قتل 300 شخص في حرب 1967. وقتل 20 شخصا أمس.", language: .arabic,
            published: CivilDate(year: 2023, month: 10, day: 12)!)
        #expect(facts.casualties.map(\.modality) == [.historical, .asserted])
        #expect(facts.totals[.killed] == .exactly(20))
    }

    @Test func sentencesDoNotSplitNumbersOrAbbreviations() {
        let text = TokenizedText(
            "قتل 2.5 ألف. وصل 1,200 نازح! Feb. 1 was calm؟ نعم", vocabulary: Lexicon.shared.vocabulary)
        #expect(text.sentences.count == 4)
        #expect(text.tokens.filter(\.isNumber).map(\.value) == [2.5, 1200, 1])
    }

    @Test func scalarFolding() {
        let plain = TokenizedText("امريكيا").tokens[0].full
        let marked = TokenizedText("أمريكيًّا").tokens[0].full
        let tatweel = TokenizedText("أمريكـيا").tokens[0].full
        #expect(plain == marked)
        #expect(plain == tatweel)
        #expect(TokenizedText("مدرسة").tokens[0].full == TokenizedText("مدرسه").tokens[0].full)
        #expect(TokenizedText("Tués").tokens[0].full == TokenizedText("tues").tokens[0].full)
    }

    @Test func hijriCalendarRoundTrip() {
        let date = HijriCalendar.civil(year: 1445, month: 9, day: 1)
        #expect(date == CivilDate(year: 2024, month: 3, day: 11))
        #expect(HijriCalendar.year(of: date!) == 1445)
        #expect(HijriCalendar.civil(year: 1, month: 1, day: 1)?.weekday == .friday)
    }

    @Test func totalsTakeWholeFiguresOnly() {
        let facts = extractor.extract(
            text: "استشهاد 12 فلسطينيا بينهم 4 أطفال. قد يؤدي القصف إلى مقتل 100 شخص. وأصيب 30 آخرون.",
            language: .arabic, published: nil)
        #expect(facts.totals[.killed] == .exactly(12))
        #expect(facts.totals[.injured] == .exactly(30))
        #expect(facts.casualties.count == 4)
    }

    @Test func yearsAreNotCounts() {
        let facts = extractor.extract(
            text: "killed in 2014 and injured in the 2000 war", language: .english, published: nil)
        #expect(facts.casualties.isEmpty)
    }
}

/// Evidence offsets count Unicode scalars of the original text, whatever precedes the fact.
@Suite("Evidence offsets")
struct EvidenceOffsetTests {
    @Test(arguments: [
        "🇲🇦 الدبلوماسية المغربية: قُتِلَ ٢٥ شخصًا أمس.",
        "Café ☕️ — 20 people were killed, officials said.",
        "قتـــل 20 شخصاً",
    ])
    func offsetsSliceTheOriginalText(_ text: String) throws {
        let facts = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)
            .extract(text: text, language: .unknown, published: nil)
        let fact = try #require(facts.casualties.first)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[fact.evidence.start..<fact.evidence.end])
        #expect(String(view) == fact.evidence.text)
        var sentence = String.UnicodeScalarView()
        sentence.append(contentsOf: scalars[fact.evidence.sentenceStart..<fact.evidence.sentenceEnd])
        #expect(String(sentence) == fact.evidence.sentence)
        #expect(fact.count.min == 20 || fact.count.min == 25)
    }
}
