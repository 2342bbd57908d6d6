import Facts
import Testing

@testable import Comparison

@Suite("Figures compared as intervals, with a tolerance for rounding")
struct ToleranceTests {
    static let cases: [(CountInterval, CountInterval, Bool)] = [
        (.exactly(100), .exactly(105), true),  // 5 %
        (.exactly(100), .exactly(106), false),  // 5.7 %
        (.exactly(10), .exactly(11), true),  // ±1
        (.exactly(10), .exactly(12), false),
        (CountInterval(min: 27, max: 33), .exactly(29), true),  // "about 30" vs 29
        (CountInterval(min: 2501, max: nil), .exactly(2600), true),  // "more than 2,500" vs 2,600
        (CountInterval(min: 2501, max: nil), .exactly(2500), true),  // "more than 2,500" vs 2,500
        (.exactly(200), .exactly(2500), false),
        (CountInterval(min: nil, max: 100), .exactly(300), false),  // "up to 100" vs 300
        (CountInterval(min: 201, max: nil), CountInterval(min: 2501, max: nil), false),  // "more than 200" vs 2,500
        (CountInterval(min: 201, max: nil), .exactly(2500), false),  // "more than 200" vs 2,500
        (CountInterval(min: 201, max: nil), .exactly(350), true),  // "more than 200" vs 350
        // "more than 2,500" vs "at least 3,000"
        (CountInterval(min: 2501, max: nil), CountInterval(min: 3000, max: nil), true),
        (CountInterval(min: 1000, max: nil), .exactly(2200), false),  // "at least 1,000" vs 2,200: over twice
    ]

    @Test("agrees(with:) is symmetric and follows the examples", arguments: cases)
    func agreement(first: CountInterval, second: CountInterval, expected: Bool) {
        #expect(first.agrees(with: second) == expected)
        #expect(second.agrees(with: first) == expected)
    }

    @Test("Relative difference is taken on the nearest points")
    func relativeDifference() {
        #expect(abs(CountInterval.exactly(200).relativeDifference(to: .exactly(2500)) - 0.92) < 1e-12)
        let moreThan = CountInterval(min: 2501, max: nil)
        #expect(abs(moreThan.relativeDifference(to: .exactly(200)) - 2301.0 / 2501.0) < 1e-12)
        #expect(CountInterval(min: 27, max: 33).relativeDifference(to: .exactly(29)) == 0)
        let moreThan200 = CountInterval(min: 201, max: nil)
        #expect(abs(moreThan200.relativeDifference(to: moreThan) - (2501.0 - 402.0) / 2501.0) < 1e-12)
    }
}
