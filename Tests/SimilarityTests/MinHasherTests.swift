import Similarity
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

    @Test(arguments: 1...9)
    func estimatorIsUnbiasedWithBinomialSpread(tenths: Int) {
        let jaccard = Double(tenths) / 10
        let minHasher = MinHasher(numPermutations: 128, seed: 3)
        var random = TestRandom(seed: UInt64(tenths))
        let pairs = 400
        var estimates: [Double] = []
        var lists: [[UInt64]] = []
        for _ in 0..<pairs {
            let (a, b) = Self.randomPair(union: 100, common: tenths * 10, random: &random)
            lists.append(a)
            lists.append(b)
        }
        let matrix = minHasher.signatures(of: lists)
        for pair in 0..<pairs { estimates.append(matrix.estimatedJaccard(2 * pair, 2 * pair + 1)) }
        let mean = estimates.reduce(0, +) / Double(pairs)
        let variance = estimates.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(pairs - 1)
        let expectedSpread = (jaccard * (1 - jaccard) / 128).squareRoot()
        #expect(abs(mean - jaccard) < 0.01, "mean \(mean) at J = \(jaccard)")
        #expect(
            abs(variance.squareRoot() / expectedSpread - 1) < 0.2,
            "spread \(variance.squareRoot()) vs \(expectedSpread)")
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
