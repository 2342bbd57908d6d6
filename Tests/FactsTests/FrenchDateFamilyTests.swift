import CrossCheckModel
import Testing

@testable import Facts

/// French date families: named spans (centuries, half-years, fortnights), a day named from another date, intervals
/// whose ends have different grains, relative years after a month or a week, and recurring parts of the day. Made-up
/// sentences, read forward from Tuesday 12 February 2013 like `DateGrammarTests`.
@Suite("French date families")
struct FrenchDateFamilyTests {
    typealias Case = DateGrammarTests.Case

    static let namedSpans: [Case] = [
        Case("au XXe siècle", .french, "1900-01-01 year ..2000-01-01"),
        Case("les records du 21e siècle", .french, "2000-01-01 year ..2100-01-01"),
        Case("au premier semestre 2016", .french, "2016-01-01 month ..2016-07-01"),
        Case("le chiffre du H2 2016", .french, "2016-07-01 month ..2017-01-01"),
        Case("la deuxième quinzaine d'avril", .french, "2013-04-15 day ..2013-05-01"),
        Case("la première quinzaine de mars 2016", .french, "2016-03-01 day ..2016-03-15"),
        // A Roman numeral before no "siècle", a half-year without a year: no date.
        Case("sous la Ve République", .french, ""),
        Case("au premier semestre", .french, ""),
    ]

    static let dayFromDate: [Case] = [
        Case("le lendemain du 13 février", .french, "2013-02-14 day"),
        Case("la veille du 5 mai", .french, "2013-05-04 day"),
        // Without a date after it, "lendemain" is the day after the anchor, as before.
        Case("le lendemain de l'attaque", .french, "2013-02-13 day"),
        Case("à la veille des élections", .french, ""),
    ]

    static let mixedRanges: [Case] = [
        Case("entre 2015 et février 2018", .french, "2015-01-01 year ..2018-03-01"),
        Case("entre mai 2015 et 2018", .french, "2015-05-01 month ..2019-01-01"),
        Case("du 2015 au 5 mai 2017", .french, "2015-01-01 year ..2017-05-06"),
        Case("du 1er février au mars 2019", .french, "2019-02-01 day ..2019-04-01"),
        Case("les 4 et 22 de ce mois", .french, "2013-02-04 day ..2013-02-23"),
        Case("du 4 au 23 mois prochain", .french, "2013-03-04 day ..2013-03-24"),
        Case("du 13e au dix-huit", .french, "2013-02-13 day ..2013-02-19"),
        Case("la semaine prochaine du mercredi au vendredi", .french, "2013-02-20 day ..2013-02-23"),
    ]

    static let relativeYears: [Case] = [
        Case("en juin de l'année prochaine", .french, "2014-06-01 month"),
        Case("la troisième semaine de l'année prochaine", .french, "2014-01-20 week"),
        Case("la troisième semaine de deux mille vingt sept", .french, "2027-01-18 week"),
        Case("l'année après la prochaine", .french, "2015-01-01 year"),
        Case("au mois de 11, 2016", .french, "2016-11-01 month"),
        Case("les années deux mille", .french, "2000-01-01 year ..2010-01-01"),
        // "prochain" is singular: 23 is the day of next month, not 23 months.
        Case("le 23 mois prochain", .french, "2013-03-23 day"),
    ]

    static let others: [Case] = [
        Case("le premier vendredi en juillet", .french, "2013-07-05 day"),
        Case("jeudi le vingt et un", .french, "2013-02-21 day"),
        Case("dans la journée", .french, "2013-02-12 day"),
        Case("dans la semaine", .french, "2013-02-11 week"),
        Case("d'ici 2 semaines à compter d'aujourd'hui", .french, "2013-02-26 day"),
        Case("tous les matins", .french, "set XXXX-XX-XXTMO"),
        Case("une fois par semaine", .french, "set P1W"),
        Case("chaque 15/04", .french, "set XXXX-04-15"),
        Case("je suis rentré pour le 27 .", .french, "2013-02-27 day"),
        Case("4 semaines dans le futur", .french, "2013-03-12 day"),
        Case("le 21 avr. 2016", .french, "2016-04-21 day"),
        Case("Je reviendrai Mai vingt et un", .french, "2013-05-21 day"),
        // Open before: up to the first day of 2012.
        Case("La limite est avant 2012", .french, " year ..2012-01-01"),
        Case("en mai vingt et un soldats sont morts", .french, "2013-05-01 month"),
        Case("il y a deux ans", .french, "2011-02-01 month"),
        Case("dans trois jours", .french, "2013-02-15 day"),
        // A year named by its number is cut in thirds, the current one in two-month ends.
        Case("créée fin 2000", .french, "2000-09-01 month ..2001-01-01"),
        Case("au début de 2000", .french, "2000-01-01 month ..2000-05-01"),
        Case("en fin d'année", .french, "2013-11-01 month ..2014-01-01"),
        // "tué" folds to English "tue", and "mon" is "my": no Tuesday or Monday in French.
        Case("L'attaque a tué 12 civils", .french, ""),
        Case("pendant 3 jours à partir de lundi", .french, "2013-02-18 day"),
        // Twice a week is no weekly set; a count of people before "le mois dernier" stays a count.
        Case("deux fois par semaine", .french, ""),
        Case("23 personnes tuées le mois dernier", .french, "2013-01-01 month"),
    ]

    @Test(arguments: namedSpans) func namedSpan(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: dayFromDate) func dayNamedFromADate(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: mixedRanges) func rangeOfMixedGrains(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: relativeYears) func relativeYear(_ item: Case) {
        #expect(DateGrammarTests.render(item) == item.expected)
    }
    @Test(arguments: others) func otherFamily(_ item: Case) { #expect(DateGrammarTests.render(item) == item.expected) }

    /// "cet été" is the summer of the anchor's year in both reading directions: in November the one just gone, in
    /// March the one to come; a bare "l'été" follows the direction.
    @Test(arguments: [
        ("cet été", 11, DateDirection.forward, "2016-06-21 day ..2016-09-24"),
        ("cet été", 11, .backward, "2016-06-21 day ..2016-09-24"),
        ("this summer", 3, .backward, "2016-06-21 day ..2016-09-24"),
        ("je partirai l'été", 11, .forward, "2017-06-21 day ..2017-09-24"),
        ("il est parti l'été", 3, .backward, "2015-06-21 day ..2015-09-24"),
    ])
    func thisSeasonIsTheAnchorYears(text: String, month: Int, direction: DateDirection, expected: String) {
        let anchor = CivilDate(year: 2016, month: month, day: 7)!
        let language: Language = text.hasPrefix("this") ? .english : .french
        let facts = FactExtractor(referenceDate: anchor, direction: direction).extract(
            text: text, language: language, published: anchor)
        let rendered = facts.dates.map { "\($0.date?.iso ?? "") \($0.grain.rawValue) ..\($0.end?.iso ?? "")" }
        #expect(rendered == [expected])
    }

    @Test func countStaysANumber() {
        let extractor = FactExtractor(referenceDate: DateGrammarTests.published, direction: .forward)
        let facts = extractor.extract(
            text: "23 personnes tuées le mois dernier", language: .french, published: DateGrammarTests.published)
        #expect(facts.numbers.map(\.value) == [23])
    }
}
