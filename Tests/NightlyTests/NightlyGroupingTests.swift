import CrossCheckModel
import Foundation
import Nightly
import Pipeline
import TestSupport
import Testing

/// `evaluate groups --nights N`: a gold file's articles spread over nights of a fresh index.
@Suite("Grouping over nights")
struct NightlyGroupingTests {
    @Test func articlesSpreadOverThreeNightsEndInTheirStoriesEachOnce() throws {
        let folder = try ScratchFolder()
        var corpus = StoryCorpus(seed: 31)
        let stories = [corpus.storySentences(), corpus.storySentences()]
        let day = CivilDate(year: 2026, month: 11, day: 20)!
        // Two stories of six articles each, interleaved so that each story has two articles on every night; no
        // publication date, so every article counts from its night.
        var articles: [Article] = []
        for member in 0..<6 {
            for (story, sentences) in stories.enumerated() {
                var article = corpus.article(
                    id: "s\(story)-\(member)", sentences: sentences, killed: 10 + story, outlet: "Outlet \(member)",
                    published: day, figure: { story == 0 ? "\($0) people were killed." : "\($0) bridges fell." })
                article.published = nil
                articles.append(article)
            }
        }
        let gold = folder.file("gold.jsonl")
        try StoryCorpus.writeJSONL(articles, to: gold)
        let groups = try NightlyGrouping(nights: 3, mergeStories: true)
            .groups(goldPath: gold, options: PipelineOptions(referenceDate: day))
        #expect(groups.flatMap { $0 }.sorted() == articles.map(\.id).sorted())
        let sets = Set(groups.map { Set($0.map { $0.prefix(2) }) })
        #expect(sets == [["s0"], ["s1"]], "each group holds one story: \(groups)")
        #expect(groups.count == 2)
        #expect(throws: NightlyGrouping.Unreadable.self) {
            try NightlyGrouping(nights: 2, mergeStories: true)
                .groups(goldPath: folder.file("missing.jsonl"), options: PipelineOptions(referenceDate: day))
        }
    }
}
