import Testing

@testable import TextCore

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("أَنْتُونِي بْلِينْكِن", ["انتوني", "بلينكن"]),
        ("الـ53", ["ال", "53"]),
        ("2023م", ["2023", "م"]),
        ("١١ أكتوبر", ["11", "اكتوبر"]),
        ("L'armée française, MH17 et COVID-19", ["l", "armee", "francaise", "mh17", "et", "covid", "19"]),
        ("غزة،الأحد", ["غزه", "الاحد"]),
        ("Gazaغزة", ["gaza", "غزه"]),
        ("F-16 وF16", ["f", "16", "و", "f16"]),
        ("", []),
        ("  ,;!  ", []),
    ])
    func splits(input: String, expected: [String]) {
        #expect(Tokenizer.tokens(in: input).map(\.text) == expected)
    }

    @Test func offsetsCountOriginalScalars() {
        let text = "قال أَنْتُونِي"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.count == 2)
        #expect(tokens[0].start == 0 && tokens[0].end == 3)
        #expect(tokens[1].start == 4 && tokens[1].end == text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        var original = String.UnicodeScalarView()
        original.append(contentsOf: scalars[tokens[1].start..<tokens[1].end])
        #expect(String(original) == "أَنْتُونِي")
    }

    @Test func numbersAndScriptChangesHaveKinds() {
        let tokens = Tokenizer.tokens(in: "الـ53")
        #expect(tokens.map(\.kind) == [.word, .number])
        #expect(tokens[0].start == 0 && tokens[0].end == 3)
        #expect(tokens[1].start == 3 && tokens[1].end == 5)
    }

    @Test(arguments: [
        "قالت وزارة الصحة في غزة إن ٢٥٠٠ شخص قتلوا منذ السبت الماضي، بينهم أطفال ونساء.",
        "The ministry said that 2,500 people were killed in Gaza since Saturday.",
        "Le ministère a déclaré que l’armée israélienne avait frappé Gaza œuvre ﻻ ﷺ",
    ])
    func hashFastPathMatchesTokens(text: String) {
        for seed: UInt64 in [0, 42] {
            let expected = Tokenizer.tokens(in: text).map { Hash64.hash($0.text, seed: seed) }
            #expect(Tokenizer.tokenHashes(in: text, seed: seed, contentWordsOnly: false) == expected)
            let content = Tokenizer.tokens(in: text).filter {
                $0.kind == .number || !StopWords.contains($0.text, language: .unknown)
            }.map { Hash64.hash($0.text, seed: seed) }
            #expect(Tokenizer.tokenHashes(in: text, seed: seed, contentWordsOnly: true) == content)
            #expect(content.count < expected.count)
            let tokens = Tokenizer.tokens(in: text)
            let spans = TokenSpans(text: text, seed: seed)
            #expect(spans.hashes == expected)
            #expect(spans.starts == tokens.map(\.start) && spans.ends == tokens.map(\.end))
            #expect(spans.count == tokens.count)
        }
    }

    @Test func longTokensGrowTheScratchBuffer() {
        let long = String(repeating: "ب", count: 500)
        let tokens = Tokenizer.tokens(in: long + " x")
        #expect(tokens.map(\.text) == [long, "x"])
    }

    @Test func normalizedWordsJoinsTokens() {
        #expect(Tokenizer.normalizedWords(in: "«غزّة» — اليوم!") == "غزه اليوم")
    }
}
