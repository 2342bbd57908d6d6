import CrossCheckModel
import Foundation
import Testing

@testable import TextCore

/// Properties checked on the real Arabic articles in `../shared/samples` (skipped when the folder is absent).
@Suite struct SampleCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples")

    static var samples: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: folder.path), "needs ../shared/samples"))
    func everyTokenSpanRetokenizesToItself() {
        let texts = Self.samples
        #expect(!texts.isEmpty)
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let tokens = Tokenizer.tokens(in: text)
            #expect(tokens.count > 100)
            for token in tokens {
                var span = String.UnicodeScalarView()
                span.append(contentsOf: scalars[token.start..<token.end])
                #expect(Tokenizer.tokens(in: String(span)).map(\.text) == [token.text], "\(token)")
            }
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: folder.path), "needs ../shared/samples"))
    func samplesAreArabicAndNormalisationIsIdempotent() {
        for text in Self.samples {
            #expect(LanguageDetector.detect(text) == .arabic)
            let normalized = TextNormalizer.normalize(text)
            #expect(TextNormalizer.normalize(normalized) == normalized)
            #expect(Tokenizer.tokens(in: normalized).map(\.text) == Tokenizer.tokens(in: text).map(\.text))
        }
    }
}
