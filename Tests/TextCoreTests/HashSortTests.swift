import TestSupport
import Testing

@testable import TextCore

@Suite struct HashSortTests {
    @Test(arguments: [0, 1, 2, 31, 32, 33, 100, 1_000, 4_097, 100_000])
    func sortsUniformHashesAsTheStandardSortDoes(count: Int) {
        var random = TestRandom(seed: UInt64(count))
        var values = (0..<count).map { _ in random.next() }
        // Repeats, as shingle lists have them before they become sets (not below the insertion limit, which 31
        // values test on their own).
        if count >= HashSort.insertionLimit { values += values.prefix(count / 3) }
        let expected = values.sorted()
        HashSort.sort(&values)
        #expect(values == expected)
    }

    @Test func sortsValuesThatAreNotUniformHashes() {
        var random = TestRandom(seed: 7)
        let shapes: [[UInt64]] = [
            (0..<5_000).map { _ in random.next() % 1_000 },  // all in the lowest bucket, many repeats
            Array(repeating: 42, count: 3_000),
            (0..<3_000).map { UInt64(3_000 - $0) << 40 },  // descending, close together
            (0..<3_000).map { $0 % 2 == 0 ? UInt64.max - UInt64($0) : UInt64($0) },  // both ends of the range
        ]
        for shape in shapes {
            var values = shape
            HashSort.sort(&values)
            #expect(values == shape.sorted())
        }
    }
}
