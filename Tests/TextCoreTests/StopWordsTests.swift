import CrossCheckModel
import Testing

@testable import TextCore

@Suite struct StopWordsTests {
    @Test(arguments: [
        ("في", Language.arabic), ("الي", .arabic), ("التي", .arabic), ("هذه", .arabic), ("the", .english),
        ("which", .english), ("les", .french), ("deja", .french), ("l", .french),
    ])
    func containsNormalizedForms(word: String, language: Language) {
        #expect(StopWords.contains(word, language: language))
        #expect(StopWords.contains(word, language: .unknown))
    }

    @Test func keepsContentWords() {
        #expect(!StopWords.contains("غزه", language: .arabic))
        #expect(!StopWords.contains("gaza", language: .english))
        #expect(!StopWords.contains("armee", language: .french))
    }

    @Test func listsHaveRealisticSizes() {
        for language in [Language.arabic, .english, .french] {
            let count = StopWords.words(for: language).count
            #expect(count >= 100 && count <= 260, "\(language): \(count)")
        }
    }

    @Test func hashSetMatchesWords() {
        let set = StopWords.hashSet(language: .arabic, seed: 9)
        #expect(set.contains(Hash64.hash("في", seed: 9)))
        #expect(!set.contains(Hash64.hash("غزه", seed: 9)))
        #expect(!set.contains(0))
    }
}
