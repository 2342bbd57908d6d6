import TestSupport
import Testing

@testable import Pipeline

/// The document-frequency tables count exactly whatever their size, and are sized from the distinct keys rather
/// than from the entries.
@Suite("Document frequencies")
struct DocumentFrequencyTests {
    @Test(arguments: [0, 1, 10, 1_000, 50_000, 400_000])
    func theEstimateIsCloseToTheDistinctCount(distinct: Int) {
        var hashes = TestRandom(seed: UInt64(distinct))
        let keys = (0..<distinct).map { _ in hashes.next() }
        var estimate = DistinctEstimate()
        // Every key three times: repeats change nothing.
        for _ in 0..<3 { for key in keys { estimate.add(key) } }
        let error = abs(Double(estimate.count - distinct)) / Double(max(1, distinct))
        #expect(error < (distinct < 10_000 ? 0.01 : 0.03), "\(estimate.count) for \(distinct)")
    }

    /// Terms repeat across documents, passages hardly: both are counted exactly, in tables at most three quarters
    /// full and about 7/4 of the distinct keys (of the estimate, 3 % above it).
    @Test(arguments: [1, 3])
    func countsAreExactAndTablesFitTheDistinctKeys(repeats: Int) {
        var hashes = TestRandom(seed: 42)
        let vocabulary = (0..<30_000).map { _ in hashes.next() }
        let documents: [[UInt64]] = (0..<2_000).map { document in
            (0..<40).map { position in
                vocabulary[(document * 40 / repeats + position * 7) % vocabulary.count]
            }
        }
        let counter = SplitHashCounter(documents: documents.count) { documents[$0] }
        var expected: [UInt64: Int] = [:]
        for document in documents { for key in document { expected[key, default: 0] += 1 } }
        for (key, count) in expected { #expect(counter.frequency(key) == count) }
        #expect(counter.frequency(hashes.next()) == 0)
        let size = counter.size
        #expect(size.keys == expected.count)
        #expect(
            size.slots * 3 > size.keys * 4 && Double(size.slots) <= 1.85 * Double(size.keys),
            "\(size) for \(expected.count) keys")
    }

    /// A table sized too small (an estimate can be low) grows and still counts exactly, whether its keys come in
    /// one batch or many.
    @Test(arguments: [1, 7, 10_100])
    func aTableTooSmallGrows(batch: Int) {
        var hashes = TestRandom(seed: 7)
        let keys = (0..<10_000).map { _ in hashes.next() }
        var counter = HashCounter(expected: 10)
        let all = keys + keys.prefix(100)
        for start in stride(from: 0, to: all.count, by: batch) {
            let part = Array(all[start..<min(all.count, start + batch)])
            counter.add(part, lowBit: 0)
            counter.add(part, lowBit: 1)
        }
        #expect(counter.count == keys.count)
        #expect(counter.capacity * 3 > keys.count * 4)
        #expect(keys.prefix(100).allSatisfy { counter.frequency($0) == 2 })
        #expect(keys.dropFirst(100).allSatisfy { counter.frequency($0) == 1 })
    }

    /// A half of a split counter counts only the keys whose lowest bit names it; the other half counts the rest.
    @Test func aHalfCountsOnlyItsKeys() {
        var hashes = TestRandom(seed: 11)
        let keys = (0..<5_000).map { _ in hashes.next() }
        var even = HashCounter(expected: 100)
        even.add(keys, lowBit: 0)
        #expect(even.count == keys.filter { $0 & 1 == 0 }.count)
        #expect(keys.allSatisfy { even.frequency($0) == ($0 & 1 == 0 ? 1 : 0) })
    }
}
