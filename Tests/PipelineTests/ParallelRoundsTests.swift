import CrossCheckModel
import Testing

/// `ParallelMap.forEachInRounds` hands every output on exactly once, in input order, whatever the round and chunk
/// sizes: the JSONL reader stores articles and the JSON writer nests groups by it.
@Suite("Parallel rounds")
struct ParallelRoundsTests {
    @Test(arguments: [(1, 1), (7, 3), (64, 64), (1000, 128), (5, 10)])
    func outputsComeInInputOrder(round: Int, chunk: Int) {
        let inputs = Array(0..<1_001)
        var seen: [Int] = []
        ParallelMap.forEachInRounds(inputs, round: round, chunk: chunk) {
            $0 * 2
        } body: {
            seen.append($0)
        }
        #expect(seen == inputs.map { $0 * 2 })
    }

    @Test func anEmptyInputHandsNothingOn() {
        var calls = 0
        ParallelMap.forEachInRounds([Int](), round: 4) {
            $0
        } body: { _ in
            calls += 1
        }
        #expect(calls == 0)
    }

    @Test func anErrorFromTheBodyStopsTheRounds() {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try ParallelMap.forEachInRounds(Array(0..<100), round: 10) {
                $0
            } body: { value in
                if value == 25 { throw Stop() }
                seen += 1
            }
        }
        #expect(seen == 25)
    }
}
