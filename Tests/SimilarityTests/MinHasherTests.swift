import Similarity
import TestSupport
import Testing

@Suite struct MinHasherTests {
    /// Draws a pair of random sets with `union` elements of which `common` are shared: Jaccard = common / union.
    static func randomPair(union: Int, common: Int, random: inout TestRandom) -> ([UInt64], [UInt64]) {
        let elements = (0..<union).map { _ in random.next() }
        let onlyA = (union - common) / 2
        let a = Array(elements[0..<(common + onlyA)])
        let b = Array(elements[0..<common] + elements[(common + onlyA)...])
        return (a, b)
    }

    @Test func isDeterministicAndParallelMatchesSequential() {
        var random = TestRandom(seed: 11)
        let lists = (0..<300).map { index in (0..<(index % 50)).map { _ in random.next() } }
        let minHasher = MinHasher()
        let matrix = minHasher.signatures(of: lists)
        #expect(matrix == MinHasher().signatures(of: lists))
        for (index, list) in lists.enumerated() {
            #expect(Array(matrix.row(index)) == minHasher.signature(of: list))
            #expect(matrix.emptyRows[index] == list.isEmpty)
        }
        #expect(MinHasher(seed: 2).signature(of: lists[5]) != minHasher.signature(of: lists[5]))
    }

    @Test func signsTextsInParallel() {
        let texts = ["قال وزير الخارجية", "", "The minister said", "قال وزير الخارجية"]
        let shingler = Shingler(size: 2)
        let matrix = MinHasher().signatures(ofTexts: texts, shingler: shingler)
        #expect(matrix.count == 4)
        #expect(matrix.emptyRows == [false, true, false, false])
        #expect(matrix.estimatedJaccard(0, 3) == 1)
        #expect(matrix.estimatedJaccard(0, 2) < 0.1)
        #expect(Array(matrix.row(0)) == MinHasher().signature(of: shingler.shingles(in: texts[0])))
    }
}
