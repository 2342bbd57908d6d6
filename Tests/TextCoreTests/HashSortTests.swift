import Testing

@testable import TextCore

@Suite struct HashSortTests {
    /// SplitMix64: the same values on every run and platform.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: [0, 1, 2, 31, 32, 33, 100, 1_000, 4_097, 100_000])
    func sortsUniformHashesAsTheStandardSortDoes(count: Int) {
        var random = SplitMix(state: UInt64(count))
        var values = (0..<count).map { _ in random.next() }
        // Repeats, as shingle lists have them before they become sets.
        values += values.prefix(count / 3)
        let expected = values.sorted()
        HashSort.sort(&values)
        #expect(values == expected)
    }

    @Test func sortsValuesThatAreNotUniformHashes() {
        var random = SplitMix(state: 7)
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
