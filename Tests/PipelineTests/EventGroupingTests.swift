import CrossCheckModel
import Foundation
import Similarity
import Testing
import TextCore

@testable import Pipeline

/// Event verification on small English and Arabic batches: topic overlap alone does not group, time vetoes.
@Suite("Event grouping")
struct EventGroupingTests {
    static let options = PipelineOptions(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)

    func groups(_ articles: [Article]) -> [[String]] {
        let run = Pipeline(options: Self.options).analyze(
            LoadedBatch(articles: articles, summary: .init(inputs: 0, processed: 0, skipped: 0, failed: 0)))
        return run.report.groups.map { $0.members.map(\.id) }
    }

    static let quakeA1 = Article(
        id: "a1",
        text: """
            A magnitude 6.1 earthquake struck near Kaikoura on Monday, damaging roads in the Canterbury region. \
            Residents of Kaikoura said the shaking lasted a minute. The Canterbury council closed State Highway 1.
            """, language: .english)
    static let quakeA2 = Article(
        id: "a2",
        text: """
            Kaikoura residents cleaned up after Monday's magnitude 6.1 quake. Canterbury officials kept State \
            Highway 1 closed near Kaikoura while engineers checked the damaged bridges.
            """, language: .english)
    static let quakeB = Article(
        id: "b",
        text: """
            A magnitude 5.8 earthquake hit Lombok on Sunday, damaging mosques in Mataram. Officials in Mataram said \
            the shaking lasted a minute and residents fled their homes.
            """, language: .english)

    @Test func sameEventJoinsAndAnotherQuakeStaysApart() {
        let result = groups([Self.quakeA1, Self.quakeA2, Self.quakeB])
        #expect(result.contains(["a1", "a2"]))
        #expect(result.contains(["b"]))
    }

    /// A night verifies a pair of an indexed and a new article only where the index lookup tied the new article's
    /// cluster to the indexed article's stored group; without lookup pairs it verifies every one the search finds.
    @Test func aNightVerifiesOnlyCrossPairsTheLookupLinks() {
        let pipeline = Pipeline(options: Self.options)
        let indexed = pipeline.prepareWindow([Self.quakeA1])
        let fresh = pipeline.prepareWindow([Self.quakeA2, Self.quakeB])
        func link(_ lookupLinks: [(fresh: Int, indexed: Int)]?) -> AttachLinks {
            var timings = StageTimings()
            return pipeline.link(
                tonight: fresh, indexed: indexed, storedGroups: [7], groupSizes: [7: 1], lookupLinks: lookupLinks,
                timings: &timings)
        }
        let everyPair = link(nil)
        #expect(everyPair.joinedGroups == [7])
        // Positions: the indexed a1 is 0, tonight's a2 and b are 1 and 2.
        #expect(everyPair.assessed.map { [$0.first, $0.second] } == [[0, 1], [0, 2], [1, 2]])
        // The lookup paired a2 with a1: a1–a2 is verified, a1–b is not (b's cluster has no lookup pair with a1's
        // group), and the pair of tonight's articles is verified as always.
        let linked = link([(fresh: 0, indexed: 0)])
        #expect(linked.joinedGroups == [7])
        #expect(linked.assessed.map { [$0.first, $0.second] } == [[0, 1], [1, 2]])
        let unlinked = link([])
        #expect(unlinked.joinedGroups.isEmpty)
        #expect(unlinked.assessed.allSatisfy { $0.first >= unlinked.offset })
    }

    /// A night's band keys are the near-copy keys alone; the content-word keys, asked for only by the common-key
    /// candidate rule, follow them. The near-copy keys are the same either way, so both kinds of night find an
    /// indexed reprint by the same keys.
    @Test func contentWordKeysOnlyWhenAsked() {
        let pipeline = Pipeline(options: Self.options)
        let window = pipeline.prepareWindow([Self.quakeA1, Self.quakeA2, Self.quakeB])
        let copyBands = LSHParameters.optimal(
            threshold: Self.options.nearCopyJaccard, numPermutations: Self.options.numPermutations
        ).bands
        let copies = pipeline.bandKeys(window)
        let both = pipeline.bandKeys(window, contentWords: true)
        #expect(copies.count == 3 && both.count == 3)
        for (row, keys) in copies.enumerated() {
            #expect(keys.count == copyBands)
            #expect(Array(both[row].prefix(copyBands)) == keys)
            #expect(both[row].count > copyBands)
            #expect(Set(both[row].dropFirst(copyBands)).isDisjoint(with: keys))
        }
    }

    /// A night signs tonight's articles once, for their index keys; picking and appending windows keep each
    /// article's row, and the near-copy search of tonight's articles reads the rows it is given.
    @Test func tonightsSignaturesAreTakenOnceAndRead() {
        let pipeline = Pipeline(options: Self.options)
        let football = Article(
            id: "f",
            text: """
                The home side won the cup final two goals to one after extra time, and the captain lifted the \
                trophy in front of forty thousand supporters.
                """, language: .english)
        let signed = pipeline.signed(pipeline.prepareWindow([Self.quakeA2, football, Self.quakeB]))
        let signatures = signed.copySignatures!
        let picked = signed.picking([(2, Self.quakeB), (0, Self.quakeA2)])
        #expect(picked.copySignatures == signatures.rows([2, 0]))
        #expect(signed.appending(picked).copySignatures?.count == 5)
        #expect(signed.appending(pipeline.prepareWindow([football])).copySignatures == nil)
        #expect(pipeline.bandKeys(signed) == pipeline.bandKeys(pipeline.prepareWindow(signed.articles)))

        let indexed = pipeline.prepareWindow([Self.quakeA1])
        func tonightsPairs(_ fresh: PreparedWindow) -> [[Int]] {
            var timings = StageTimings()
            let links = pipeline.link(
                tonight: fresh, indexed: indexed, storedGroups: [7], groupSizes: [7: 1], lookupLinks: [],
                timings: &timings)
            return links.assessed.map { [$0.first, $0.second] }
        }
        // The earthquake and the cup final share no passage and no keyword: no pair, signed or not.
        var twins = pipeline.signed(pipeline.prepareWindow([Self.quakeA2, football]))
        #expect(tonightsPairs(twins) == [])
        #expect(tonightsPairs(pipeline.prepareWindow([Self.quakeA2, football])) == [])
        // Given the same signature for both, the near-copy search pairs them: it read what it was given.
        twins.copySignatures = twins.copySignatures!.rows([0, 0])
        #expect(tonightsPairs(twins) == [[1, 2]])
    }

    @Test func assessmentListsMergeInPairOrder() {
        func assessment(_ first: Int, _ second: Int) -> PairAssessment {
            PairAssessment(
                first: first, second: second, jaccard: 0, containmentFirstInSecond: 0, containmentSecondInFirst: 0,
                passageEvidence: 0, cosine: 0, score: 0, nearCopy: false, veto: nil)
        }
        let merged = EventGrouper.merged([assessment(0, 3), assessment(1, 2)], [assessment(0, 4), assessment(2, 3)])
        #expect(merged.map { [$0.first, $0.second] } == [[0, 3], [0, 4], [1, 2], [2, 3]])
    }

    @Test func disjointYearsVetoThePair() {
        var first = Self.quakeA1
        var second = Self.quakeA2
        first.text += " It was the strongest quake there since 2011."
        second.text += " Seismologists compared it with the 2016 quake."
        let result = groups([first, second])
        #expect(result == [["a1"], ["a2"]])
    }

    @Test func publicationDatesBeyondTheWindowVetoThePair() {
        var first = Self.quakeA1
        var second = Self.quakeA2
        first.published = CivilDate(year: 2016, month: 11, day: 14)
        second.published = CivilDate(year: 2016, month: 12, day: 20)
        #expect(groups([first, second]) == [["a1"], ["a2"]])
        second.published = CivilDate(year: 2016, month: 11, day: 15)
        #expect(groups([first, second]) == [["a1", "a2"]])
    }

    /// The reason of a vetoed pair, as `--explain` words it from the two articles.
    func vetoReasons(_ first: Article, _ second: Article) throws -> [String] {
        var options = Self.options
        options.collectExplanations = true
        let run = Pipeline(options: options).analyze(
            LoadedBatch(articles: [first, second], summary: .init(inputs: 0, processed: 0, skipped: 0, failed: 0)))
        let pair = try #require(run.explanations.first)
        #expect(pair.verdict == "vetoed")
        return pair.reasons.filter { $0.hasPrefix("rejected: ") }
    }

    /// A veto is kept as a case and worded only when explained; the words name the dates or years that made it.
    @Test func eachVetoIsWordedWithTheDatesThatMadeIt() throws {
        var first = Self.quakeA1
        var second = Self.quakeA2
        first.published = CivilDate(year: 2016, month: 11, day: 14)
        second.published = CivilDate(year: 2016, month: 12, day: 20)
        #expect(
            try vetoReasons(first, second) == [
                "rejected: published 36 days apart (2016-11-14, 2016-12-20); window 7 days"
            ])
        first = Self.quakeA1
        second = Self.quakeA2
        first.text += " It was the strongest quake there since 2011."
        second.text += " Seismologists compared it with the 2016 quake."
        #expect(try vetoReasons(first, second) == ["rejected: no year in common (2011 vs 2016)"])
        first = Self.quakeA1
        second = Self.quakeA2
        first.text += " The quake struck on 3 March 2026."
        second.text += " The quake struck on 9 March 2026."
        #expect(try vetoReasons(first, second) == ["rejected: event dates differ (2026-03-03 vs 2026-03-09)"])
    }

    @Test func candidateListsMergeIntoOneAscendingListWithoutDuplicates() {
        let copies = [(0, 3), (1, 2), (1, 5), (4, 6)]
        let keywords = [(0, 1), (1, 2), (1, 5), (2, 3), (7, 8)]
        let merged = EventGrouper.union(copies, keywords).map { [$0.first, $0.second] }
        #expect(merged == [[0, 1], [0, 3], [1, 2], [1, 5], [2, 3], [4, 6], [7, 8]])
        #expect(EventGrouper.union([], keywords).count == keywords.count)
        #expect(EventGrouper.union(copies, []).count == copies.count)
    }

    @Test func termTableCountsKindsAndGrows() {
        var table = TermTable(expected: 1)
        var expected: [UInt64: (Int, EventTerms.Kind)] = [:]
        var random = SystemRandomNumberGenerator()
        let keys = (0..<300).map { _ in UInt64.random(in: 0...UInt64.max, using: &random) } + [0, 1 << 63]
        for (index, key) in keys.enumerated() {
            for repeat_ in 0..<(1 + index % 3) {
                let kind: EventTerms.Kind = repeat_ == 1 ? .name : index % 7 == 0 ? .pair : .word
                table.add(key, kind)
                let old = expected[key] ?? (0, .word)
                expected[key] = (old.0 + 1, max(old.1, kind))
            }
        }
        let sorted = table.sorted()
        #expect(sorted.terms == expected.keys.sorted())
        #expect(sorted.counts == sorted.terms.map { expected[$0]!.0 })
        #expect(sorted.kinds == sorted.terms.map { expected[$0]!.1 })
    }

    @Test func namesInsideSentencesAreWeightedUp() {
        let terms = EventTerms(title: nil, text: "Police said Nichols fled. Police found him.", seed: 1)
        #expect(terms.names.count == 1, "Nichols is a name; sentence-initial Police is not")
        #expect(terms.years.isEmpty)
        // Capitals after Arabic text, after the sentence marks ؟ and “, and after a line break.
        let mixed = EventTerms(
            title: nil, text: "قال الوزير إن Nichols فر؟ Police بحثت “Aleppo” ثم Homs\nGaza و Rafah", seed: 1)
        let expectedNames = EventTerms(title: nil, text: "nichols homs rafah", seed: 1).unigramTerms
        #expect(expectedNames.count == 3)
        #expect(mixed.names == expectedNames, "names are read after Arabic text, not after ؟ “ or a line break")
        let dated = EventTerms(title: "Vote in 2023", text: "٢٠٢٣ and 1850", seed: 1)
        #expect(dated.years == [2023], "Arabic-Indic digits are read; 1850 is outside the news range")
    }

    /// The terms' pass over a text also gives its token hashes, the same as the tokenizer's own pass (which the
    /// shingles used before): the title's tokens are not among them.
    @Test(
        arguments: [
            (nil, "Police said Nichols fled. Police found him in 2023."),
            ("عنوان الخبر", "قال الوزير إن ٢٠٢٣ كان عاماً صعباً، وذكرت الوكالة أن 22 أمريكياً قتلوا."),
            ("Titre", "L'armée a annoncé « 12 morts » — selon l'AFP."), ("Only a title", ""),
        ] as [(String?, String)])
    func theTermsPassGivesTheTextsTokenHashes(title: String?, text: String) {
        var hashes: [UInt64] = [99]
        let terms = EventTerms(title: title, text: text, seed: 7, textTokenHashes: &hashes)
        #expect(hashes == Tokenizer.tokenHashes(in: text, seed: 7, contentWordsOnly: false))
        #expect(terms.terms == EventTerms(title: title, text: text, seed: 7).terms)
    }

    @Test func explanationsNameTheSharedTermsAndTheVerdict() throws {
        var options = Self.options
        options.collectExplanations = true
        let run = Pipeline(options: options).analyze(
            LoadedBatch(
                articles: [Self.quakeA1, Self.quakeA2, Self.quakeB],
                summary: .init(inputs: 0, processed: 0, skipped: 0, failed: 0)))
        let pair = try #require(run.explanations.first { $0.a == "a1" && $0.b == "a2" })
        #expect(pair.verdict == "grouped")
        #expect(pair.sharedTerms.contains("kaikoura"))
        #expect(pair.reasons.contains { $0.hasPrefix("TF-IDF cosine") })
        // explain.jsonl: one line per pair, as JSONEncoder wrote it (sorted keys, slashes unescaped) before
        // JSONTextEncoder did.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try run.explanations.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }
        #expect(try PairExplanation.jsonLines(run.explanations) == lines.joined())
    }
}
