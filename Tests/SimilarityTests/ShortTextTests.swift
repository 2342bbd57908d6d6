import Similarity
import TestSupport
import Testing

/// Short texts must not all look alike: an empty text has no signature, and texts shorter than the shingle size
/// get one shingle each, signed into k distinct positions by the partitioned scheme's rounds.
@Suite struct ShortTextTests {
    static let texts = [
        "", " ", "غزة", "رفح", "خان يونس", "قصف", "Gaza", "Rafah", "Paris", "Lyon", "12", "13", "a b", "b a", "نابلس",
        "جنين", "Le Monde", "وزير الخارجية",
    ]

    @Test func shortTextsAreNeverCandidatesOfEachOther() {
        let matrix = MinHasher().signatures(ofTexts: Self.texts, shingler: Shingler(size: 5))
        #expect(matrix.emptyRows[0] && matrix.emptyRows[1])
        for parameters in [LSHParameters(bands: 32, rows: 4), .optimal(threshold: 0.5, numPermutations: 128)] {
            let index = LSHIndex(signatures: matrix, parameters: parameters)
            #expect(index.candidatePairs().isEmpty, "\(parameters)")
        }
        for i in Self.texts.indices {
            for j in Self.texts.indices where j > i {
                #expect(matrix.estimatedJaccard(i, j) < 0.05, "\(Self.texts[i]) vs \(Self.texts[j])")
            }
        }
    }

    @Test func aOneShingleTextFillsEveryPositionAndMatchesItself() {
        let minHasher = MinHasher()
        let signature = minHasher.signature(of: [42])
        #expect(!signature.contains(.max))
        #expect(Set(signature).count > 120)
        #expect(minHasher.signature(of: [42, 42]) == signature)
        let matrix = minHasher.signatures(ofTexts: ["غزة", "غَزَّة"], shingler: Shingler(size: 5))
        #expect(matrix.estimatedJaccard(0, 1) == 1)
    }

    @Test(arguments: MinHashScheme.allCases)
    func signatureDependsOnTheSetNotTheOrder(scheme: MinHashScheme) {
        var random = TestRandom(seed: 9)
        let shingles = (0..<300).map { _ in random.next() }
        let minHasher = MinHasher(scheme: scheme)
        #expect(minHasher.signature(of: shingles) == minHasher.signature(of: shingles.reversed() + shingles))
        #expect(minHasher.signature(of: []) == [UInt32](repeating: .max, count: 128))
    }
}
