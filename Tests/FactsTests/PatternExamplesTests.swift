import CrossCheckModel
import Testing

@testable import Facts

/// Runs every example of every pattern set: the examples document the patterns and are their test.
@Suite("Pattern examples")
struct PatternExamplesTests {
    static let examples: [PatternExample] = PatternCatalog.all.flatMap(\.examples)

    @Test(arguments: examples)
    func example(_ example: PatternExample) {
        let extractor = FactExtractor(referenceDate: PatternExample.referenceDate)
        #expect(extractor.render(example) == example.expected, "\(example.text)")
    }

    @Test func everySetHasExamples() {
        for set in PatternCatalog.all {
            #expect(!set.examples.isEmpty, "\(set.name) has no examples")
        }
    }
}
