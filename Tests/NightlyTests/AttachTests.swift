import CrossCheckModel
import Pipeline
import Testing

/// Tonight's articles are linked against the indexed candidates alone; the other members of a stored group they
/// join are read afterwards and take their place in the group, in row order before tonight's articles.
@Suite("Attaching tonight's articles")
struct AttachTests {
    static let day = CivilDate(year: 2026, month: 11, day: 24)!
    static let pipeline = Pipeline(options: PipelineOptions(referenceDate: day))

    /// An article of `corpus` quoting `sentences`, with 12 killed, published on ``day``.
    static func article(_ id: String, _ sentences: [String], from corpus: inout StoryCorpus) -> Article {
        corpus.article(id: id, sentences: sentences, killed: 12, outlet: "outlet-\(id)", published: day)
    }

    @Test func aJoinedGroupGetsItsOtherMembersInRowOrderAndOnlyTonightsPairsAreShown() throws {
        let pipeline = Self.pipeline
        var corpus = StoryCorpus(seed: 11)
        let story = corpus.storySentences()
        let other = corpus.storySentences()
        let unrelated = corpus.storySentences()
        func article(_ id: String, _ sentences: [String]) -> Article { Self.article(id, sentences, from: &corpus) }
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

    /// Two stored groups of one story that an earlier night kept apart (its candidate search missed their pair)
    /// are merged when tonight's article links to both, unless stored groups are kept.
    @Test func aGroupLinkingTwoStoredGroupsOfOneStoryMergesThemUnlessTheyAreKept() throws {
        let pipeline = Self.pipeline
        var corpus = StoryCorpus(seed: 12)
        let story = corpus.storySentences()
        let other = corpus.storySentences()
        func article(_ id: String, _ sentences: [String]) -> Article { Self.article(id, sentences, from: &corpus) }
        let a1 = article("a1", story)
        let b1 = article("b1", story)
        let u1 = article("u1", other)
        let bridge = article("f1", story)
        let indexed = pipeline.prepareWindow([a1, b1, u1])
        var timings = StageTimings()
        let merged = pipeline.link(
            tonight: pipeline.prepareWindow([bridge]), indexed: indexed, storedGroups: [7, 8, 9],
            groupSizes: [7: 1, 8: 1, 9: 1], timings: &timings)
        #expect(merged.joinedGroups == [7, 8])
        let groups = pipeline.report(
            merged, mates: pipeline.prepareWindow([]), mateGroups: [], order: [0, 1, 2], timings: &timings)
        #expect(groups.map { $0.report.members.map(\.id) } == [["a1", "b1", "f1"]])

        let kept = pipeline.link(
            tonight: pipeline.prepareWindow([bridge]), indexed: indexed, storedGroups: [7, 8, 9],
            groupSizes: [7: 1, 8: 1, 9: 1], mergeStories: false, timings: &timings)
        #expect(kept.joinedGroups.count == 1)
        let one = pipeline.report(
            kept, mates: pipeline.prepareWindow([]), mateGroups: [], order: [0, 1, 2], timings: &timings)
        #expect(one.map { $0.report.members.count } == [2])
        #expect(one.first?.report.members.last?.id == "f1")
    }

    /// A second stored story that tonight's article reaches is not merged when the merged story's average linkage
    /// falls short: here the second group has four articles in the index and only one was read back.
    @Test func aReachedStoryIsNotMergedWhenTheMergedAverageFallsShort() throws {
        var corpus = StoryCorpus(seed: 13)
        let story = corpus.storySentences()
        func article(_ id: String) -> Article { Self.article(id, story, from: &corpus) }
        let (a1, b1, bridge) = (article("a1"), article("b1"), article("f1"))
        let tonight = Self.pipeline.prepareWindow([bridge])
        var timings = StageTimings()
        // The premise: alone, group 8 is reached through b1.
        let alone = Self.pipeline.link(
            tonight: tonight, indexed: Self.pipeline.prepareWindow([b1]), storedGroups: [8], groupSizes: [8: 4],
            timings: &timings)
        #expect(alone.joinedGroups == [8])
        let links = Self.pipeline.link(
            tonight: tonight, indexed: Self.pipeline.prepareWindow([a1, b1]), storedGroups: [7, 8],
            groupSizes: [7: 1, 8: 4], timings: &timings)
        #expect(links.joinedGroups == [7])
    }

    /// An article that quotes two unrelated stories (a digest) reaches both stored stories of five articles each, but
    /// each story counts whole and their members' pairs with each other add next to nothing, so the average linkage
    /// of the merge falls short: it joins one. (Between two stories of one article each, the batch's average linkage
    /// would merge all three articles too: the digest's copied sentences score 1.)
    @Test func aDigestOfTwoStoriesDoesNotMergeThem() throws {
        let (day, pipeline) = (Self.day, Self.pipeline)
        var corpus = StoryCorpus(seed: 14)
        let story = corpus.storySentences()
        let other = corpus.storySentences()
        // Each story words its figure its own way, as two unrelated stories do.
        func attack(_ id: String) -> Article {
            corpus.article(id: id, sentences: story, killed: 12, outlet: "Coast Herald", published: day)
        }
        func storm(_ id: String) -> Article {
            corpus.article(
                id: id, sentences: other, killed: 3, outlet: "Nile Times", published: day,
                figure: { "The storm damaged \($0) bridges near the coast." })
        }
        let digest = corpus.article(
            id: "d1", sentences: Array(story[0..<3]) + Array(other[0..<3]), killed: 12, outlet: "Evening Post",
            published: day)
        let tonight = pipeline.prepareWindow([digest])
        var timings = StageTimings()
        // Each stored story (two of its five articles read back) alone is reached.
        for (articles, label) in [([attack("a1"), attack("a2")], Int64(7)), ([storm("u1"), storm("u2")], 8)] {
            let alone = pipeline.link(
                tonight: tonight, indexed: pipeline.prepareWindow(articles), storedGroups: [label, label],
                groupSizes: [label: 5], timings: &timings)
            #expect(alone.joinedGroups == [label])
        }
        let both = pipeline.link(
            tonight: tonight, indexed: pipeline.prepareWindow([attack("a1"), attack("a2"), storm("u1"), storm("u2")]),
            storedGroups: [7, 7, 8, 8], groupSizes: [7: 5, 8: 5], timings: &timings)
        #expect(both.joinedGroups.count == 1)
    }
}
