import Testing

@testable import TextCore

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("أَنْتُونِي بْلِينْكِن", "انتوني بلينكن"),
        ("١١ أكتوبر", "11 اكتوبر"),
        ("۲۰۲۳", "2023"),
        ("ﻻ", "لا"),
        ("ﻷﻥ", "لان"),
        ("Élysée", "elysee"),
        ("L’Œuvre du Président", "l'oeuvre du president"),
        ("e\u{0301}te\u{0301}", "ete"),
        ("مدرسة إلى مصطفى", "مدرسه الي مصطفي"),
        ("الـــقـــدس", "القدس"),
        ("غزة، الأحد؛ لماذا؟", "غزه, الاحد; لماذا?"),
        ("“quoted” — dash", "\"quoted\" - dash"),
        ("a\u{200F}b\u{200B}c\u{202B}d", "abcd"),
        ("  spaced\t\ttext  \n\n next ", "spaced text\nnext"),
        ("ٱلْقُرْآن", "القران"),
        ("Straße Łódź", "strasse lodz"),
        ("\u{FDF2}", "الله"),
        ("\u{FEF9}\u{FEB3}\u{FEE0}\u{FEE4}", "لاسلم"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test func foldsSingleScalars() {
        #expect(TextNormalizer.fold("أ") == .word("ا"))
        #expect(TextNormalizer.fold("\u{064E}") == .removed)
        #expect(TextNormalizer.fold("\u{0640}") == .removed)
        #expect(TextNormalizer.fold("،") == .separator(","))
        #expect(TextNormalizer.fold("٣") == .word("3"))
        #expect(TextNormalizer.fold("œ") == .expansion(["o", "e"]))
        #expect(TextNormalizer.fold("\u{FEFB}") == .expansion(["ل", "ا"]))
        #expect(TextNormalizer.fold("\u{FE8D}") == .word("ا"))
    }

    @Test func presentationFormsCoverBothBlocks() {
        var mapped = 0
        for value in UInt32(0xFE80)...0xFEFC {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if case .word(let letter) = TextNormalizer.fold(scalar) {
                #expect((0x0621...0x064A).contains(letter.value), "U+\(String(value, radix: 16)) → \(letter)")
                mapped += 1
            }
        }
        #expect(mapped > 100)
        // The phrase ligature expands to several words.
        #expect(Tokenizer.tokens(in: "\u{FDFA}").count == 4)
    }

    @Test func normalizationIsIdempotent() {
        let text = "قالت وزارةُ الصحةِ في غزّة إنّ ٢٥٠٠ شخص قُتلوا، L’armée a déclaré…"
        let once = TextNormalizer.normalize(text)
        #expect(TextNormalizer.normalize(once) == once)
    }
}
