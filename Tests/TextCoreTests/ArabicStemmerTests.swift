import Testing

@testable import TextCore

@Suite struct ArabicStemmerTests {
    @Test(arguments: [
        ("والفلسطينيين", "فلسطين"),
        ("الفلسطيني", "فلسطين"),
        ("بالمستشفيات", "مستشف"),
        ("للمدنيين", "مدن"),
        ("والمدرسه", "مدرس"),
        ("وزارتها", "وزارت"),
        ("وزير", "وزير"),
        ("والوزير", "وزير"),
        ("ووزير", "وزير"),
        ("بلينكن", "بلينكن"),
        ("فلسطين", "فلسط"),
        ("الي", "الي"),
        ("غزه", "غزه"),
        ("gaza", "gaza"),
    ])
    func stems(word: String, expected: String) {
        #expect(ArabicStemmer.stem(word) == expected)
    }

    @Test func neverLeavesFewerThanThreeLetters() {
        for word in Tokenizer.tokens(in: "والها بها لهم وهم الذين هما وين ابن").map(\.text) {
            let stem = ArabicStemmer.stem(word)
            #expect(stem.unicodeScalars.count >= min(3, word.unicodeScalars.count), "\(word) → \(stem)")
        }
    }
}
