import TestSupport
import Testing

@testable import Pipeline

/// ``Swift/Collection/leading(_:by:)`` picks each article's keywords and keyword keys: it must give exactly what sorting
/// every entry and taking a prefix gave, or a night would key its articles differently from the nights before it.
@Suite("Leading entries")
struct LeadingEntriesTests {
    @Test func theLeadingEntriesAreThePrefixOfTheSortedEntries() {
        var generator = TestRandom(seed: 24)
        let heavier: ((UInt64, Double), (UInt64, Double)) -> Bool = {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0
        }
        for size in [0, 1, 2, 15, 44, 45, 46, 400] {
            // Few distinct weights, so that many entries tie on weight and are ordered by term.
            let terms = Array(Set((0..<size * 3).map { _ in UInt64.random(in: 0..<10_000, using: &generator) }))
            let entries = terms.prefix(size).map { ($0, Double(Int.random(in: 0..<6, using: &generator)) / 4) }
            let sorted = entries.sorted(by: heavier)
            for limit in [0, 1, 15, 45, size] {
                let leading = entries.leading(limit, by: heavier)
                #expect(leading.map(\.0) == sorted.prefix(limit).map(\.0), "size \(size), limit \(limit)")
            }
        }
    }
}
