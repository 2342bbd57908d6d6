import Testing

@testable import TextCore

/// `Tokenizer.forEachTerm` is the string-free path for counting event terms: it must give, token for token, what
/// hashing each `Tokenizer.tokens` text and its light stem gives.
@Suite struct TermTokenTests {
    static let texts = [
        "والفلسطينيين قالوا إن الهجوم على مستشفيات غزة أسفر عن مقتل ٢٥ شخصا في ٢٠٢٣، ووزير الصحة أكد ذلك",
        "The Health Ministry said 2,600 people were killed in Gaza in 2023; Blinken arrived on Monday.",
        "Le ministère a annoncé 12 blessés à Alep, selon l'ONU. Été 1999 : ÉTAT d'urgence.",
        "الـ53 بلينكن ووزير فلسطين 1949 2040 ﻻ 12345",
    ]

    @Test(arguments: texts)
    func termsMatchTokensAndStems(_ text: String) {
        let seed: UInt64 = 42
        let stopWords = StopWords.hashSet(language: nil, seed: seed)
        var terms: [TermToken] = []
        Tokenizer.forEachTerm(in: text, seed: seed, stopWords: stopWords) { terms.append($0) }
        let tokens = Tokenizer.tokens(in: text)
        #expect(terms.count == tokens.count)
        for (term, token) in zip(terms, tokens) {
            let isNumber = token.kind == .number
            #expect(term.isNumber == isNumber)
            #expect((term.start, term.end) == (token.start, token.end))
            #expect(term.isStopWord == (!isNumber && stopWords.contains(Hash64.hash(token.text, seed: seed))))
            let stemmed = isNumber ? token.text : ArabicStemmer.stem(token.text)
            #expect(term.termHash == Hash64.hash(stemmed, seed: seed), "\(token.text) → \(stemmed)")
            #expect(term.fourDigitValue == (isNumber && token.text.utf8.count == 4 ? Int(token.text) : nil))
        }
    }
}
