import CrossCheckModel
import Foundation
import Nightly
import Pipeline
import Reports
import TestSupport
import Testing

@testable import Store

/// The nightly run over an index: idempotence, stories that grow over three nights, resuming an interrupted run.
@Suite("Nightly indexer")
struct NightlyIndexerTests {
    static let firstNight = CivilDate(year: 2026, month: 11, day: 23)!

    static func indexer(_ path: String, night: CivilDate) -> NightlyIndexer {
        NightlyIndexer(pipeline: Pipeline(options: PipelineOptions(referenceDate: night)), indexPath: path)
    }

    /// Every report file of a nightly run, plus its list of changes.
    static func outputs(_ run: NightlyRun) throws -> [String: String] {
        var files = try run.run.files(formats: ReportFormat.allCases)
        files["changes.md"] = run.changesMarkdown
        return files
    }

    @Test func twoRunsOverTheSameFolderGiveTheSameIndexAndReports() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        let indexer = Self.indexer(path, night: Self.firstNight)
        let first = try indexer.run(paths: [NightlyPaths.samples])
        let afterFirst = try IndexStore.openForReading(path: path).checksum()
        let second = try indexer.run(paths: [NightlyPaths.samples])
        let afterSecond = try IndexStore.openForReading(path: path).checksum()
        #expect(first.admission.added == 5)
        #expect(second.admission.added == 0)
        #expect(second.admission.alreadyIndexed == 5)
        #expect(afterFirst == afterSecond)
        #expect(try Self.outputs(first) == Self.outputs(second))
        #expect(first.run.report.groups.count == 4, "000 and 001 together, the other three alone")

        let other = folder.file("other.db")
        _ = try Self.indexer(other, night: Self.firstNight).run(paths: [NightlyPaths.samples])
        #expect(try IndexStore.openForReading(path: other).checksum() == afterFirst, "a fresh index is the same")
    }

    /// A night whose report folder refuses the files (here `groups` is a file) is still stored: the run says so with
    /// ``UnwrittenReports`` and the night's date, no article is left pending, and running the same night again adds
    /// nothing and writes the reports a clean run writes.
    @Test func aNightWhoseReportsCannotBeWrittenIsStoredAndItsRerunWritesThem() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        let blocked = folder.file("blocked")
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: blocked + "/groups", contents: Data("not a folder".utf8)))
        let indexer = Self.indexer(path, night: Self.firstNight)
        do {
            _ = try indexer.run(paths: [NightlyPaths.samples], reportsTo: blocked, formats: [.json, .markdown])
            Issue.record("the run did not report the folder it could not write")
        } catch let error as UnwrittenReports {
            #expect(error.directory == blocked)
            #expect(error.night == Self.firstNight)
        }
        let stats = try IndexStore.openForReading(path: path).stats()
        #expect(stats.articles == 5 && stats.pending == 0)
        let stored = try IndexStore.openForReading(path: path).checksum()

        let rerun = try indexer.run(
            paths: [NightlyPaths.samples], reportsTo: folder.file("rerun"), formats: [.json, .markdown])
        #expect(rerun.admission.added == 0)
        #expect(try IndexStore.openForReading(path: path).checksum() == stored)
        let clean = try Self.indexer(folder.file("clean.db"), night: Self.firstNight).run(
            paths: [NightlyPaths.samples], reportsTo: folder.file("clean"), formats: [.json, .markdown])
        #expect(clean.admission.added == 5)
        /// Every file under a report folder, by its path there.
        func files(_ name: String) throws -> [String: Data] {
            let root = folder.file(name)
            var contents: [String: Data] = [:]
            for relative in try FileManager.default.subpathsOfDirectory(atPath: root) {
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
                if !isFolder.boolValue {
                    contents[relative] = FileManager.default.contents(atPath: root + "/" + relative)
                }
            }
            return contents
        }
        let written = try files("rerun")
        #expect(written.keys.contains("changes.md") && written.keys.contains("index.json"))
        #expect(written == (try files("clean")))
    }

    /// Three nights of one story (an article a night, its figure raised on the third) beside an unrelated article
    /// each night, indexed in `path`; returns each night's run and input file.
    static func storyNights(in folder: ScratchFolder, path: String) throws -> (runs: [NightlyRun], inputs: [String]) {
        var corpus = StoryCorpus(seed: 7)
        let story = corpus.storySentences()
        let outlets = ["Coast Herald", "Evening Post", "Atlas Press"]
        var runs: [NightlyRun] = []
        var inputs: [String] = []
        for night in 0..<3 {
            let day = Self.firstNight.adding(days: night)
            var articles = [
                corpus.article(
                    id: "story-\(night)", sentences: story, killed: night < 2 ? 12 : 15, outlet: outlets[night],
                    published: day)
            ]
            let other = corpus.storySentences()
            articles.append(
                corpus.article(
                    id: "other-\(night)", sentences: other, killed: 3, outlet: "Nile Times", published: day,
                    figure: { "The storm damaged \($0) bridges near the coast." }))
            let input = folder.file("night-\(night)/articles.jsonl")
            try StoryCorpus.writeJSONL(articles, to: input)
            runs.append(try Self.indexer(path, night: day).run(paths: [input]))
            inputs.append(input)
        }
        return (runs, inputs)
    }

    @Test func aStoryOverThreeNightsJoinsOneGroupAndEachNightSaysWhatItAdded() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        let runs = try Self.storyNights(in: folder, path: path).runs
        var lines: [String] = []
        try IndexStore.openForReading(path: path).exportJSONL { lines.append($0) }
        let storyLines = lines.filter { $0.contains("story-0") }
        #expect(storyLines.count == 1)
        for night in 0..<3 { #expect(storyLines.first?.contains("\"story-\(night)\"") == true) }

        func changes(_ run: NightlyRun) -> [GroupChange] {
            run.changes.first { group in group.changes.contains { $0.detail.contains("story-") } }?.changes ?? []
        }
        #expect(changes(runs[0]).contains(GroupChange(kind: .newGroup, detail: "1 article")))
        #expect(changes(runs[1]).contains(GroupChange(kind: .newSource, detail: "Evening Post (story-1)")))
        #expect(!changes(runs[1]).contains { $0.kind == .newGroup })
        #expect(changes(runs[2]).contains(GroupChange(kind: .newSource, detail: "Atlas Press (story-2)")))
        #expect(
            changes(runs[2]).contains { $0.kind == .changedFigure && $0.detail.hasSuffix("→ at least 12, at least 15") }
        )
        #expect(runs[2].changesMarkdown.contains("- new source: Atlas Press (story-2)"))
        let group = runs[2].changes.first { $0.changes.contains { $0.detail.contains("story-2") } }?.group
        #expect(group == runs[0].changes.first { $0.changes.contains { $0.detail.contains("story-0") } }?.group)
        // The grown group's page lists and compares all three sources; its pairs and copied passages are those of
        // tonight's article (the pair of the first two was shown the night before).
        let page = try #require(runs[2].run.report.groups.first { $0.members.contains { $0.id == "story-2" } })
        #expect(page.members.map(\.id).sorted() == ["story-0", "story-1", "story-2"])
        #expect(page.facts.count == 3)
        #expect(page.pairs.count == 2)
        #expect(page.pairs.allSatisfy { $0.a == "story-2" || $0.b == "story-2" })
        #expect(page.copies.passages.allSatisfy { $0.copies.contains { $0.articleID == "story-2" } })
        #expect(!page.copies.passages.isEmpty)
        let before = try #require(runs[1].run.report.groups.first { $0.members.contains { $0.id == "story-1" } })
        #expect(before.pairs.count == 1)
    }

    /// A night's change records keep its scores and member rows, not whole pages: running the night again rebuilds
    /// every page (a grown story's, with its earlier members, included) byte for byte from the stored articles. A
    /// member pruned since is left out of the rebuilt page, and the run names the group.
    @Test func aRerunRebuildsTheNightsPagesFromItsRecords() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        let (runs, inputs) = try Self.storyNights(in: folder, path: path)
        let third = Self.firstNight.adding(days: 2)
        let records = try IndexStore.openForReading(path: path).changes(night: third.daysSinceEpoch)
        let grown = try #require(records.first { $0.memberRows?.count == 3 })
        #expect(grown.firstNew == 2, "the first two members were indexed on earlier nights")
        #expect(!grown.reportJSON.contains("comparison") && grown.reportJSON.contains("pairs"))

        let rerun = try Self.indexer(path, night: third).run(paths: [inputs[2]])
        #expect(rerun.admission.added == 0)
        #expect(rerun.unreadable.isEmpty)
        #expect(try Self.outputs(rerun) == Self.outputs(runs[2]))

        let store = try IndexStore.openForWriting(path: path)
        #expect(try store.prune(before: Self.firstNight.adding(days: 1).daysSinceEpoch) == 2)
        try store.close()
        let pruned = try Self.indexer(path, night: third).run(paths: [inputs[2]])
        let page = try #require(pruned.run.report.groups.first { $0.members.contains { $0.id == "story-2" } })
        #expect(page.members.map(\.id).sorted() == ["story-1", "story-2"])
        #expect(pruned.unreadable.map(\.kind) == [.members])
        #expect(pruned.unreadable.first?.description.contains("1 of its 3 members are no longer indexed") == true)
    }

    /// A change record whose stored scores do not decode is a damaged file: the re-run says so, naming the group and
    /// the night, rather than a bare decoding error.
    @Test func aRecordWhoseScoresDoNotDecodeIsNamed() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        let indexer = Self.indexer(path, night: Self.firstNight)
        _ = try indexer.run(paths: [NightlyPaths.samples])
        let store = try IndexStore.openForWriting(path: path)
        let night = Self.firstNight.daysSinceEpoch
        let damaged = GroupChangeRecord(
            night: night, groupID: 999, beforeJSON: nil, changesJSON: "[]", reportJSON: "{\"pairs\": 3}",
            memberRows: [1], firstNew: 0)
        try store.beginRun(night: night)
        try store.commit(NightCommit(night: night, indexed: [], groups: [], deletedGroups: [], changes: [damaged]))
        try store.close()
        do {
            _ = try indexer.run(paths: [NightlyPaths.samples])
            Issue.record("the damaged record was not reported")
        } catch let error as StoreError {
            #expect(String(describing: error).contains("the stored scores of group s000999 on night 2026-11-23"))
        }
    }

    /// A lone article of a story finds the story's earlier articles by its keywords alone: with the band keys made
    /// blind, the second night's article joins the stored group when three shared keywords make a candidate, and
    /// starts a group of its own when keywords do not count.
    @Test(arguments: [3, 0])
    func aLoneArticleFindsItsStoryByItsKeywords(keywordKeys: Int) throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        var corpus = StoryCorpus(seed: 23)
        let story = corpus.storySentences()
        let nights: [[(String, [String])]] = [[("a0", story), ("a1", story)], [("a2", story)]]
        var runs: [NightlyRun] = []
        for (night, articles) in nights.enumerated() {
            let day = Self.firstNight.adding(days: night)
            let input = folder.file("night-\(night)/articles.jsonl")
            try StoryCorpus.writeJSONL(
                articles.map {
                    corpus.article(id: $0.0, sentences: $0.1, killed: 12, outlet: "Outlet \($0.0)", published: day)
                }, to: input)
            var indexer = Self.indexer(path, night: day)
            indexer.candidateRule = CandidateRule(
                sharedKeys: 1_000, rareBucket: 50, commonKeys: 0, commonBucket: 1_000, keywordKeys: keywordKeys,
                keywordBucket: 500)
            runs.append(try indexer.run(paths: [input]))
        }
        let page = try #require(runs[1].run.report.groups.first { $0.members.contains { $0.id == "a2" } })
        if keywordKeys > 0 {
            #expect(page.members.map(\.id).sorted() == ["a0", "a1", "a2"])
            #expect(try IndexStore.openForReading(path: path).stats().groups == 1)
        } else {
            #expect(page.members.map(\.id) == ["a2"], "the story's second night started a group of its own")
            #expect(try IndexStore.openForReading(path: path).stats().groups == 2)
        }
    }

    /// A night stores each article's near-copy band keys and its keywords, and its content-word band keys only when
    /// the common-key rule, the one rule that counts them, is on.
    @Test(arguments: [false, true])
    func contentWordKeysAreStoredOnlyForTheCommonKeyRule(commonKeys: Bool) throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        var corpus = StoryCorpus(seed: 25)
        let story = corpus.storySentences()
        let articles = ["a0", "a1", "a2"].map {
            corpus.article(id: $0, sentences: story, killed: 4, outlet: "Outlet \($0)", published: Self.firstNight)
        }
        let input = folder.file("night-0/articles.jsonl")
        try StoryCorpus.writeJSONL(articles, to: input)
        var indexer = Self.indexer(path, night: Self.firstNight)
        if commonKeys { indexer.candidateRule.commonKeys = 5 }
        _ = try indexer.run(paths: [input])
        let window = indexer.pipeline.prepareWindow(articles)
        let bandKeys = indexer.pipeline.bandKeys(window, contentWords: commonKeys)
        let keywordKeys = indexer.pipeline.keywordKeys(window)
        let stored = try IndexStore.openForReading(path: path).debugStoredKeyCounts()
        #expect(stored == zip(bandKeys, keywordKeys).map { $0.count + $1.count })
        #expect(stored.count == 3)
    }

    /// Keyword keys are the article's heaviest terms over the whole window: the same whatever order the window lists
    /// its articles in, several shared by two reports of one story, and a common word or two at most by an unrelated
    /// one.
    @Test func keywordKeysAreAStorysHeaviestTerms() {
        var corpus = StoryCorpus(seed: 24)
        let (story, other) = (corpus.storySentences(), corpus.storySentences())
        let articles = [
            corpus.article(id: "a0", sentences: story, killed: 3, outlet: "A", published: Self.firstNight),
            corpus.article(id: "a1", sentences: story, killed: 3, outlet: "B", published: Self.firstNight),
            corpus.article(id: "b0", sentences: other, killed: 9, outlet: "C", published: Self.firstNight),
        ]
        let pipeline = Pipeline(options: PipelineOptions(referenceDate: Self.firstNight))
        let keys = pipeline.keywordKeys(pipeline.prepareWindow(articles))
        let reversed = pipeline.keywordKeys(pipeline.prepareWindow(articles.reversed()))
        #expect(keys == reversed.reversed())
        #expect(keys.allSatisfy { $0.count == pipeline.options.keywordsPerArticle })
        #expect(Set(keys[0]).intersection(keys[1]).count >= 5)
        #expect(Set(keys[2]).intersection(keys[0]).count <= 2, "a common word or two at most")
    }

    /// A story split over two stored groups (the second night's candidate search is made to find nothing) is merged
    /// when the third night's article links to both: one group holds all four articles under the id of the larger
    /// group, the story's first night is the first group's, and the night says which story was merged in. With
    /// stored groups kept, the third night joins one of them and the other stays.
    @Test(arguments: [true, false])
    func twoStoredGroupsOfOneStoryAreMergedByTheArticleThatLinksThem(merge: Bool) throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        var corpus = StoryCorpus(seed: 21)
        let story = corpus.storySentences()
        let blind = CandidateRule(sharedKeys: 1_000, rareBucket: 50, commonKeys: 0, commonBucket: 1_000)
        var runs: [NightlyRun] = []
        for (night, names) in [["story-0"], ["story-1a", "story-1b"], ["story-2"]].enumerated() {
            let day = Self.firstNight.adding(days: night)
            let input = folder.file("night-\(night)/articles.jsonl")
            try StoryCorpus.writeJSONL(
                names.map {
                    corpus.article(id: $0, sentences: story, killed: 12, outlet: "Outlet \($0)", published: day)
                }, to: input)
            var indexer = Self.indexer(path, night: day)
            indexer.mergeStories = merge
            if night == 1 { indexer.candidateRule = blind }
            runs.append(try indexer.run(paths: [input]))
        }
        #expect(runs[1].changes.first?.changes.first?.kind == .newGroup, "the second night kept the story apart")
        let groups = [runs[0], runs[1]].map { $0.changes.first?.group ?? "" }
        let tonight = try #require(runs[2].changes.first)
        #expect(runs[2].changes.count == 1)
        let store = try IndexStore.openForReading(path: path)
        var lines: [String] = []
        try store.exportJSONL { lines.append($0) }
        guard merge else {
            #expect(!tonight.changes.contains { $0.kind == .mergedStory })
            #expect(try store.stats().groups == 2)
            return
        }
        #expect(tonight.group == groups[1], "the group holding more of the stored articles keeps its id")
        #expect(tonight.changes.contains(GroupChange(kind: .mergedStory, detail: groups[0])))
        #expect(tonight.changes.contains(GroupChange(kind: .newSource, detail: "Outlet story-0 (story-0)")))
        #expect(try store.stats().groups == 1)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"first_night\":\"\(Self.firstNight.iso)\"") == true, "\(lines)")
        let page = try #require(runs[2].run.report.groups.first)
        #expect(page.members.map(\.id).sorted() == ["story-0", "story-1a", "story-1b", "story-2"])
    }

    /// A story merged by a second run of the same night: the group the first run made and the later run merged is no
    /// longer listed as one of the night's groups, a third run keeps the merge in its record, and a run that adds
    /// nothing writes the same reports.
    @Test func aMergeByASecondRunOfTheNightIsKeptByTheNextRunsOfThatNight() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        var corpus = StoryCorpus(seed: 22)
        let story = corpus.storySentences()
        let night = Self.firstNight.adding(days: 1)
        func input(_ name: String, published: CivilDate) throws -> String {
            let file = folder.file("\(name)/articles.jsonl")
            try StoryCorpus.writeJSONL(
                [
                    corpus.article(
                        id: name, sentences: story, killed: 12, outlet: "Outlet \(name)", published: published)
                ],
                to: file)
            return file
        }
        let first = try input("a1", published: Self.firstNight)
        let (second, bridge, late) = (
            try input("b1", published: night), try input("f1", published: night), try input("c1", published: night)
        )
        _ = try Self.indexer(path, night: Self.firstNight).run(paths: [first])
        var blind = Self.indexer(path, night: night)
        blind.candidateRule = CandidateRule(sharedKeys: 1_000, rareBucket: 50, commonKeys: 0, commonBucket: 1_000)
        let apart = try blind.run(paths: [second])
        let kept = try #require(apart.changes.first?.group)
        let merging = try Self.indexer(path, night: night).run(paths: [second, bridge])
        let story0 = try #require(merging.changes.first?.group)
        #expect(story0 != kept)
        #expect(merging.changes.map(\.group) == [story0], "the merged group is not listed on its own")
        #expect(merging.changes.first?.changes.contains(GroupChange(kind: .mergedStory, detail: kept)) == true)
        let again = try Self.indexer(path, night: night).run(paths: [second, bridge])
        #expect(try Self.outputs(again) == Self.outputs(merging))
        let grown = try Self.indexer(path, night: night).run(paths: [second, bridge, late])
        #expect(grown.changes.map(\.group) == [story0])
        #expect(grown.changes.first?.changes.contains(GroupChange(kind: .mergedStory, detail: kept)) == true)
        #expect(grown.changes.first?.changes.contains(GroupChange(kind: .newSource, detail: "Outlet c1 (c1)")) == true)
        #expect(try IndexStore.openForReading(path: path).stats().groups == 1)
    }

    /// An indexed article whose stored facts do not decode is named, gets its facts extracted again (and stored
    /// again), and still joins tonight's story; its group's damaged snapshot is named too.
    @Test func aStoredRowThatDoesNotDecodeIsNamedAndRepaired() throws {
        let folder = try ScratchFolder()
        let path = folder.file("index.db")
        var corpus = StoryCorpus(seed: 11)
        let story = corpus.storySentences()
        var runs: [NightlyRun] = []
        for night in 0..<2 {
            let day = Self.firstNight.adding(days: night)
            let article = corpus.article(
                id: "story-\(night)", sentences: story, killed: 12, outlet: night == 0 ? "Coast Herald" : "Atlas Press",
                published: day)
            let input = folder.file("night-\(night)/articles.jsonl")
            try StoryCorpus.writeJSONL([article], to: input)
            if night == 1 {
                // The writer's lock goes with the store: damage the index in a scope of its own.
                let stored = try { () throws -> String? in
                    let store = try IndexStore.openForWriting(path: path)
                    let stored = try store.debugFactsJSON(article: "story-0")
                    try store.debugDamage(article: "story-0", with: "{\"numbers\": [")
                    return stored
                }()
                #expect(stored != nil)
                runs.append(try Self.indexer(path, night: day).run(paths: [input]))
                #expect(try IndexStore.openForReading(path: path).debugFactsJSON(article: "story-0") == stored)
            } else {
                runs.append(try Self.indexer(path, night: day).run(paths: [input]))
            }
        }
        let problems = runs[1].unreadable
        #expect(problems.map(\.kind) == [.facts, .snapshot])
        #expect(problems.first?.subject == "story-0")
        #expect(problems.first?.description.contains("extracted again") == true)
        let page = try #require(runs[1].run.report.groups.first { $0.members.contains { $0.id == "story-1" } })
        #expect(page.members.map(\.id).sorted() == ["story-0", "story-1"])
        #expect(page.facts.count == 2)
    }

    @Test func aRunInterruptedAfterStoringArticlesIsCompletedByTheNext() throws {
        let folder = try ScratchFolder()
        let clean = folder.file("clean.db")
        _ = try Self.indexer(clean, night: Self.firstNight).run(paths: [NightlyPaths.samples])

        let interrupted = folder.file("interrupted.db")
        do {
            // What a run killed after storing its articles leaves: pending articles and the run mark.
            let store = try IndexStore.openForWriting(path: interrupted)
            try store.beginRun(night: Self.firstNight.daysSinceEpoch)
            let batch = LoadedBatch.load(paths: [NightlyPaths.samples])
            let incoming = batch.articles.map {
                IncomingArticle(article: $0, contentHash: NightlyIndexer.contentHash(of: $0))
            }
            _ = try store.admit(Array(incoming.prefix(3)), night: Self.firstNight.daysSinceEpoch)
        }
        let resumed = try Self.indexer(interrupted, night: Self.firstNight).run(paths: [NightlyPaths.samples])
        #expect(resumed.resumedNight == Self.firstNight.daysSinceEpoch)
        #expect(resumed.admission.added == 2)
        #expect(resumed.completedPending == 5)
        let store = try IndexStore.openForReading(path: interrupted)
        #expect(try store.checksum() == IndexStore.openForReading(path: clean).checksum())
        #expect(try store.integrityCheck() == "ok")
    }
}
