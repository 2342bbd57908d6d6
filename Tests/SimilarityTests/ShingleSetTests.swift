import Similarity
import Testing

@Suite struct ShingleSetTests {
    @Test func sortsAndDeduplicates() {
        #expect(ShingleSet([5, 1, 5, 3, 1]).hashes == [1, 3, 5])
        #expect(ShingleSet([]).isEmpty)
    }

    @Test func exactJaccardAndContainment() {
        let wire = ShingleSet([1, 2, 3])
        let article = ShingleSet([1, 2, 3, 4, 5, 6])
        #expect(wire.jaccard(article) == 0.5)
        #expect(article.jaccard(wire) == 0.5)
        #expect(wire.containment(in: article) == 1)
        #expect(article.containment(in: wire) == 0.5)
        #expect(ShingleSet([1, 2]).jaccard(ShingleSet([3, 4])) == 0)
    }

    @Test func emptySetsAreNotSimilar() {
        #expect(ShingleSet([]).jaccard(ShingleSet([])) == 0)
        #expect(ShingleSet([]).containment(in: ShingleSet([1])) == 0)
    }
}
