import CrossCheckModel
import Pipeline
import Testing

/// Tonight's articles are linked against the indexed candidates alone; the other members of a stored group they
/// join are read afterwards and take their place in the group, in row order before tonight's articles.
@Suite("Attaching tonight's articles")
struct AttachTests {
    @Test func aJoinedGroupGetsItsOtherMembersInRowOrderAndOnlyTonightsPairsAreShown() throws {
        let day = CivilDate(year: 2026, month: 11, day: 24)!
        let pipeline = Pipeline(options: PipelineOptions(referenceDate: day))
        var corpus = StoryCorpus(seed: 11)
        let story = corpus.storySentences()
        let other = corpus.storySentences()
        let unrelated = corpus.storySentences()
        func article(_ id: String, _ sentences: [String]) -> Article {
            corpus.article(id: id, sentences: sentences, killed: 12, outlet: "outlet-\(id)", published: day)
        }
        // Stored rows 1–4: a1, a2 and a3 are group 7 (a2 shares no band key with tonight, so it is no candidate);
        // u1 is group 9.
        let (a1, a2, a3, u1) = (article("a1", story), article("a2", story), article("a3", story), article("u1", other))
        let (f1, f2) = (article("f1", story), article("f2", unrelated))
        var timings = StageTimings()
        let links = pipeline.link(
            tonight: pipeline.prepareWindow([f1, f2]), indexed: pipeline.prepareWindow([a1, a3, u1]),
            storedGroups: [7, 7, 9], groupSizes: [7: 3, 9: 1], timings: &timings)
        #expect(links.joinedGroups == [7])

        // Candidates are 0 (a1), 1 (a3), 2 (u1); the mate is 3 (a2). By row: a1, a2, a3, u1.
        let groups = pipeline.report(
            links, mates: pipeline.prepareWindow([a2]), mateGroups: [7], order: [0, 3, 1, 2], timings: &timings)
        #expect(groups.map(\.members) == [[0, 1, 2, 4], [5]])
        let joined = try #require(groups.first?.report)
        #expect(joined.members.map(\.id) == ["a1", "a2", "a3", "f1"])
        // The page shows the pairs with tonight's article only, each assessed (a2's under the window's weights).
        #expect(joined.pairs.map { "\($0.a)-\($0.b)" } == ["a1-f1", "a2-f1", "a3-f1"])
        #expect(joined.pairs.allSatisfy { $0.similarity > 0.3 })
        // The stored pairs are scored again for the group's cohesion, the mate's included.
        #expect(joined.cohesion > 0.3)
        #expect(groups.last?.report.members.map(\.id) == ["f2"])
    }
}
