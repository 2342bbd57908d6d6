import Similarity
import TestSupport
import Testing

@Suite struct LSHTests {
    @Test func optimalParametersFollowTheThreshold() {
        let half = LSHParameters.optimal(threshold: 0.5, numPermutations: 128)
        #expect(half.bands * half.rows <= 128)
        #expect(half.candidateProbability(similarity: 0.8) > 0.95)
        #expect(half.candidateProbability(similarity: 0.2) < 0.05)
        let high = LSHParameters.optimal(threshold: 0.8, numPermutations: 128)
        #expect(high.rows > half.rows)
        let recall = LSHParameters.optimal(
            threshold: 0.5, numPermutations: 128, falsePositiveWeight: 0.1, falseNegativeWeight: 0.9)
        #expect(recall.candidateProbability(similarity: 0.5) > half.candidateProbability(similarity: 0.5))
    }

    @Test func emptyAndDifferentOneWordTextsAreNeverCandidates() {
        let texts = ["", "", "غزة", "رفح", "  . ", "غزة"]
        let matrix = MinHasher().signatures(ofTexts: texts, shingler: Shingler(size: 5))
        let index = LSHIndex(signatures: matrix, parameters: LSHParameters(bands: 32, rows: 4))
        let pairs = index.candidatePairs().map { [$0.0, $0.1] }
        #expect(pairs == [[2, 5]])
        #expect(index.candidates(of: 0).isEmpty)
        #expect(index.bandKeys(of: 0).isEmpty)
        #expect(index.estimatedJaccard(0, 1) == 0)
        #expect(index.bandKeys(of: 2) == index.bandKeys(of: 5))
        #expect(index.bandKeys(of: 2).count == 32)
    }

    /// 400 random documents, 60 of which get a near-duplicate with 3 % of words replaced.
    @Test func findsPlantedNearDuplicates() {
        var random = TestRandom(seed: 5)
        var documents: [[UInt64]] = (0..<400).map { _ in (0..<200).map { _ in random.next() % 20_000 } }
        var planted: [(Int, Int)] = []
        for source in 0..<60 {
            var copy = documents[source * 5]
            for position in copy.indices where random.next() % 100 < 3 { copy[position] = random.next() % 20_000 }
            planted.append((source * 5, documents.count))
            documents.append(copy)
        }
        let shingler = Shingler(size: 3)
        let matrix = MinHasher().signatures(of: documents.map { shingler.shingles(tokenHashes: $0) })
        let parameters = LSHParameters.optimal(threshold: 0.5, numPermutations: 128)
        let index = LSHIndex(signatures: matrix, parameters: parameters)
        let pairs = index.candidatePairs()
        let found = Set(pairs.map { [$0.0, $0.1] })
        let recalled = planted.filter { found.contains([$0.0, $0.1]) }.count
        #expect(recalled >= 58, "recall \(recalled)/60 with \(parameters)")
        #expect(pairs.count < 200, "\(pairs.count) candidates")
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { ($0.0, $0.1) < ($1.0, $1.1) })
        #expect(pairs.allSatisfy { $0.0 < $0.1 })
        for (first, second) in planted.prefix(10) where found.contains([first, second]) {
            #expect(index.candidates(of: first).contains(second))
            #expect(index.estimatedJaccard(first, second) > 0.5)
        }
    }

    /// The pairs involving a new document are exactly the full list's pairs not both below the boundary.
    @Test(arguments: [0, 1, 37, 200, 399, 459, 460])
    func pairsWithANewDocumentAreTheFullPairsLessTheOldOnes(boundary: Int) {
        var random = TestRandom(seed: 11)
        // 60 topics of 8 documents drawing from small vocabularies, so buckets hold several documents.
        let documents: [[UInt64]] = (0..<460).map { index in
            (0..<80).map { _ in UInt64(index % 60) * 1_000 + random.next() % 150 }
        }
        let shingler = Shingler(size: 1)
        let matrix = MinHasher().signatures(of: documents.map { shingler.shingles(tokenHashes: $0) })
        let index = LSHIndex(signatures: matrix, parameters: LSHParameters(bands: 32, rows: 2))
        let all = index.candidatePairs()
        let expected = all.filter { $0.1 >= boundary }.map { [$0.0, $0.1] }
        let found = index.candidatePairs(newFrom: boundary).map { [$0.0, $0.1] }
        #expect(found == expected)
        #expect(boundary >= 460 ? found.isEmpty : found.count > 0)
        // Documents i and i + 60 share a topic: from boundary 61 on, some pairs are old-old and left out.
        #expect(boundary <= 60 ? found.count == all.count : found.count < all.count)
    }
}
