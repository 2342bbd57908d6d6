import Comparison
import CrossCheckModel
import Facts

@testable import Reports

/// A small run: an Arabic and an English article about one strike, a hostile article alone, and a failed input.
enum ReportFixture {
    static let arabicTitle = "مقتل أكثر من 2500 شخص في غزة"
    static let arabicSentence = "أدى القصف إلى مقتل أكثر من 2500 شخص، من بينهم 22 أمريكيا، بحسب وزارة الصحة"
    static let arabicDateSentence = "وقع الهجوم أمس الأربعاء 11 أكتوبر"
    static let englishSentence = "The health ministry said 2,600 people had been killed, including 22 Americans."
    static let hostileTitle = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> 'x'"
    static let hostileURL = "javascript:alert(1)"
    static let hostileOutlet = "Evil\" onmouseover=\"alert(3)"
    static let hostileSentence = "Officials said 12 [people](javascript:alert(4)) were *killed* \u{202E}0052 | # x"

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    static func evidence(_ text: String, _ sentence: String) -> Evidence {
        Evidence(
            text: text, start: 0, end: text.unicodeScalars.count, sentence: sentence, sentenceStart: 0,
            sentenceEnd: sentence.unicodeScalars.count)
    }

    static var arabicFacts: ArticleFacts {
        ArticleFacts(
            casualties: [
                CasualtyFact(
                    kind: .killed, count: CountInterval(min: 2501, max: nil), stated: 2500, qualifier: .moreThan,
                    attribution: "وزارة الصحة", evidence: evidence("أكثر من 2500 شخص", arabicSentence)),
                CasualtyFact(
                    kind: .killed, count: .exactly(22), stated: 22, qualifier: .exact, subject: "أمريكيا",
                    subjectKey: "american", relation: .among, attribution: "وزارة الصحة",
                    evidence: evidence("22 أمريكيا", arabicSentence)),
                CasualtyFact(
                    kind: .killed, count: .exactly(5000), stated: 5000, qualifier: .exact, modality: .historical,
                    evidence: evidence("5000", "قتل 5000 في حرب 1967")),
            ],
            dates: [
                DateFact(
                    date: day(2023, 10, 11), grain: .day, role: .event, resolution: .inferredFromWeekday,
                    weekday: .wednesday, evidence: evidence("أمس الأربعاء 11 أكتوبر", arabicDateSentence))
            ])
    }

    static var englishFacts: ArticleFacts {
        ArticleFacts(
            casualties: [
                CasualtyFact(
                    kind: .killed, count: .exactly(2600), stated: 2600, qualifier: .exact,
                    attribution: "the health ministry",
                    evidence: evidence("2,600 people", englishSentence)),
                CasualtyFact(
                    kind: .injured, count: .exactly(200), stated: 200, qualifier: .exact, attribution: "the army",
                    evidence: evidence("200", "The army said 200 were injured.")),
            ],
            dates: [
                DateFact(
                    date: day(2023, 10, 11), grain: .day, role: .event, resolution: .explicit, weekday: .wednesday,
                    evidence: evidence("11 October 2023", "The strike came on 11 October 2023."))
            ])
    }

    static var hostileFacts: ArticleFacts {
        ArticleFacts(casualties: [
            CasualtyFact(
                kind: .killed, count: .exactly(12), stated: 12, qualifier: .exact, subject: "<b>civilians</b>",
                attribution: "</blockquote><script>alert(5)</script>", evidence: evidence("12", hostileSentence))
        ])
    }

    static var report: RunReport {
        let arabic = ArticleSummary(
            id: "ar-1", title: arabicTitle, outlet: "الجزيرة", url: "https://example.org/ar/1?a=1&b=2",
            published: day(2023, 10, 12), language: .arabic, origin: "in/ar-1.html")
        let english = ArticleSummary(
            id: "en-1", title: "Gaza toll passes 2,600", outlet: "Wire", url: "HTTP://example.com/en/1",
            published: day(2023, 10, 12), language: .english, origin: "in/en-1.html")
        let hostile = ArticleSummary(
            id: "x-1", title: hostileTitle, outlet: hostileOutlet, url: hostileURL, language: .english,
            origin: "in/<x>.html")
        let injuredOther = ArticleFacts(casualties: [
            CasualtyFact(
                kind: .injured, count: .exactly(2500), stated: 2500, qualifier: .exact, attribution: "وزارة الصحة",
                evidence: evidence("2500 جريح", "وأصيب 2500 جريح"))
        ])
        var arabicAll = arabicFacts
        arabicAll.casualties += injuredOther.casualties
        let comparison = GroupComparator.compare([
            SourceFacts(articleID: "ar-1", outlet: "الجزيرة", published: day(2023, 10, 12), facts: arabicAll),
            SourceFacts(articleID: "en-1", outlet: "Wire", published: day(2023, 10, 12), facts: englishFacts),
        ])
        let pair = PairEvidence(
            a: "ar-1", b: "en-1", similarity: 0.8333333333333334, nearCopy: true, containmentAInB: 0.9,
            containmentBInA: 0.75, reasons: ["same event date 2023-10-11", "shared place: غزة"])
        let main = GroupReport(
            id: "g001", members: [arabic, english], cohesion: 0.8333333333333334, averageSimilarity: 0.8333333333333334,
            pairs: [pair], comparison: comparison,
            facts: [
                ArticleFactsEntry(articleID: "ar-1", facts: arabicAll),
                ArticleFactsEntry(articleID: "en-1", facts: englishFacts),
            ],
            copies: CopiedPassages(
                passages: [
                    CopiedPassage(
                        text: arabicSentence, wordCount: 15, origin: "ar-1",
                        copies: [
                            PassageCopy(articleID: "ar-1", start: 0, end: 76, text: arabicSentence),
                            PassageCopy(articleID: "en-1", start: 10, end: 86, text: arabicSentence),
                        ]),
                    CopiedPassage(
                        text: hostileTitle, wordCount: 9,
                        copies: [
                            PassageCopy(articleID: "ar-1", start: 100, end: 160, text: hostileTitle),
                            PassageCopy(articleID: "en-1", start: 120, end: 180, text: hostileTitle),
                        ]),
                ],
                containment: [
                    PassageContainment(articleID: "ar-1", containment: 0.5, words: 48),
                    PassageContainment(articleID: "en-1", containment: 0.25, words: 96),
                ]))
        let lone = GroupReport(
            id: "g002", members: [hostile],
            comparison: GroupComparator.compare([
                SourceFacts(articleID: "x-1", outlet: hostileOutlet, facts: hostileFacts)
            ]),
            facts: [ArticleFactsEntry(articleID: "x-1", facts: hostileFacts)])
        let summary = RunSummary(
            inputs: 4, processed: 3, skipped: 0, failed: 1,
            records: [InputRecord(origin: "in/broken.html", status: .failed, reason: "not UTF-8 <and> no charset")])
        return RunReport(
            toolVersion: "0.1.0", referenceDate: day(2023, 10, 15), options: ["threshold": "0.5", "format": "all"],
            summary: summary, groups: [lone, main])
    }

    static var writers: [any ReportWriter] {
        [MarkdownReportWriter(), HTMLReportWriter(), JSONReportWriter(), CSVReportWriter()]
    }
}
