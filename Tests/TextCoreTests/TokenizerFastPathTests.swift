import TestSupport
import Testing

@testable import TextCore

/// The tokenizer's ASCII and Arabic fast paths must give exactly the tokens of the scalar-by-scalar rules.
@Suite struct TokenizerFastPathTests {
    /// The reference: fold each scalar, split at separators and at script changes (Latin and digits stay together).
    static func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var currentClass: ScriptClass? = nil
        func add(_ scalar: Unicode.Scalar) {
            let newClass = ScriptClass(scalar.value)
            if let currentClass, newClass.splits(from: currentClass) { flush() }
            current.append(scalar)
            currentClass = newClass
        }
        func flush() {
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
            currentClass = nil
        }
        for scalar in text.unicodeScalars {
            switch TextNormalizer.fold(scalar) {
            case .removed: break
            case .separator: flush()
            case .word(let folded): add(folded)
            case .expansion(let scalars):
                for folded in scalars {
                    if folded == " " { flush() } else { add(folded) }
                }
            }
        }
        flush()
        return tokens
    }

    static let pieces = [
        "abc", "Abc", "x9", "42", " ", ".", ", ", "é", "قصف", "غزة", "أطفال", "الـ", "َ", "\u{200B}", "٣", "MH17",
        "ﻻ", "\n", "-", "ي", "بيت", "covid", "Ω", "ß",
    ]

    @Test func fastPathsMatchTheReference() {
        var random = TestRandom(seed: 3)
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 8)).map { _ in
                Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
            }
            .joined()
            let tokens = Tokenizer.tokens(in: text)
            #expect(tokens.map(\.text) == Self.referenceTokens(text), "\(text.unicodeScalars.map(\.value))")
            #expect(
                Tokenizer.tokenHashes(in: text, seed: 5, contentWordsOnly: false)
                    == tokens.map { Hash64.hash($0.text, seed: 5) })
        }
    }

    @Test func fastPathKeepsOffsetsAndNumbers() {
        let tokens = Tokenizer.tokens(in: "قصف غزة 2023 mh17.")
        #expect(tokens.map(\.text) == ["قصف", "غزه", "2023", "mh17"])
        #expect(tokens.map(\.start) == [0, 4, 8, 13])
        #expect(tokens.map(\.end) == [3, 7, 12, 17])
        #expect(tokens.map(\.kind) == [.word, .word, .number, .word])
    }
}
