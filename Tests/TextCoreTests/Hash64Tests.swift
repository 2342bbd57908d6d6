import Testing

@testable import TextCore

@Suite struct Hash64Tests {
    @Test func isDeterministicAndSeeded() {
        #expect(Hash64.hash("غزة", seed: 0) == Hash64.hash("غزة", seed: 0))
        #expect(Hash64.hash("غزة", seed: 0) != Hash64.hash("غزة", seed: 1))
        #expect(Hash64.hash("", seed: 0) != Hash64.hash("", seed: 1))
        #expect(Hash64.combine(1, 2) != Hash64.combine(2, 1))
    }

    @Test func hasNoCollisionsOnManyKeysOfAllLengths() {
        var seen = Set<UInt64>()
        var count = 0
        for length in 0...70 {
            for variant in 0..<3000 {
                let text = String(repeating: "a", count: length) + String(variant)
                seen.insert(Hash64.hash(text, seed: 7))
                count += 1
            }
        }
        #expect(seen.count == count)
    }

    /// Flipping one input bit flips about half of the output bits, for every input length path.
    @Test(arguments: [1, 3, 4, 9, 16, 17, 40, 49, 100])
    func avalanches(length: Int) {
        var bytes = [UInt8](repeating: 0, count: length)
        for index in 0..<length { bytes[index] = UInt8(truncatingIfNeeded: index &* 31 &+ 7) }
        var total = 0
        var trials = 0
        for bit in 0..<(length * 8) {
            let before = bytes.withUnsafeBytes { Hash64.hash($0, seed: 3) }
            bytes[bit / 8] ^= 1 << UInt8(bit % 8)
            let after = bytes.withUnsafeBytes { Hash64.hash($0, seed: 3) }
            bytes[bit / 8] ^= 1 << UInt8(bit % 8)
            total += (before ^ after).nonzeroBitCount
            trials += 1
        }
        let mean = Double(total) / Double(trials)
        #expect(mean > 28 && mean < 36, "mean flipped bits \(mean)")
    }
}
