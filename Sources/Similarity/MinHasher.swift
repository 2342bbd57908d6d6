import Dispatch
import TextCore

/// Computes MinHash signatures: k values per document whose agreement rate estimates Jaccard similarity.
///
/// **Scheme choice.** The default ``MinHashScheme/partitioned`` scheme hashes each shingle once into one of k bins
/// (the bin is the high 32 bits of a 64-bit mix times k, the value its low 20 bits) and keeps per bin the smallest
/// value; bins left empty by a short text are filled by further rounds in which every shingle is re-hashed with the
/// round number, the round being the high 12 bits of the value so that an earlier round always wins. The signature
/// is thus a fixed function of the shingle *set* (consistent), and position b of two documents agrees exactly when
/// the smallest (round, value) of their union in bin b belongs to both: probability J, so the estimate is unbiased.
/// Why not k independent permutations: on this machine's baseline x86-64 (SSE2, no 32-bit vector multiply or
/// unsigned min) a release build signs 20,000 3 KB documents at ~16,000 documents/s with k multiply-shift
/// permutations and ~40,000 with SIMD 32-bit ones, while the partitioned scheme costs under 1 µs per document; the
/// tokenizer then dominates. Plain one-permutation hashing with densification borrows values from neighbouring bins
/// for short texts, which correlates positions; re-hashing rounds keeps the positions of short texts independent.
///
/// **Evidence.** `MinHasherAccuracyTests` draws random set pairs at Jaccard 0.1…0.9 and sizes from 20 to 6,000: the mean
/// error stays below 0.01 and the spread is within 10 % of the binomial √(J(1−J)/k) on large sets; on small and
/// medium sets it is at or below it (bins sample without replacement, which only lowers the variance).
///
///     let minHasher = MinHasher()
///     let signatures = minHasher.signatures(ofTexts: texts, shingler: Shingler(size: 5))
public struct MinHasher: Sendable {
    /// k, the signature length. Standard error of the estimate is at most √(J(1−J)/k): 0.044 at J = 0.5, k = 128.
    public let numPermutations: Int
    public let seed: UInt64
    public let scheme: MinHashScheme
    let multipliers: [UInt64]
    let offsets: [UInt64]

    public init(numPermutations: Int = 128, seed: UInt64 = 1, scheme: MinHashScheme = .partitioned) {
        precondition(numPermutations > 0 && numPermutations <= 1 << 16, "a signature has 1…65,536 values")
        self.numPermutations = numPermutations
        self.seed = seed
        self.scheme = scheme
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let count = scheme == .permutations ? numPermutations : Self.maximumRounds
        multipliers = (0..<count).map { _ in next() | 1 }
        offsets = (0..<count).map { _ in next() }
    }

    /// The signature of one shingle list; all `UInt32.max` when it is empty (check emptiness separately).
    public func signature(of shingles: [UInt64]) -> [UInt32] {
        var signature = [UInt32](repeating: .max, count: numPermutations)
        signature.withUnsafeMutableBufferPointer { output in
            shingles.withUnsafeBufferPointer { fill(output, from: $0) }
        }
        return signature
    }

    /// Signatures of many shingle lists, computed in parallel on all cores.
    public func signatures(of shingleLists: [[UInt64]]) -> SignatureMatrix {
        buildMatrix(count: shingleLists.count) { shingleLists[$0] }
    }

    /// Tokenises, shingles and signs many texts in parallel: the whole text → signature path in one call.
    public func signatures(ofTexts texts: [String], shingler: Shingler) -> SignatureMatrix {
        buildMatrix(count: texts.count) { shingler.shingles(in: texts[$0]) }
    }

    /// Writes the signature of `shingles` into `signature` (k values, overwritten).
    @inline(__always)
    public func fill(_ signature: UnsafeMutableBufferPointer<UInt32>, from shingles: UnsafeBufferPointer<UInt64>) {
        precondition(signature.count == numPermutations, "the output must hold k values")
        signature.initialize(repeating: .max)
        switch scheme {
        case .partitioned: fillPartitioned(signature, from: shingles)
        case .permutations: fillPermutations(signature, from: shingles)
        }
    }

    /// k multiply-shift permutations: `h_j(x) = ((a_j·x + b_j) mod 2⁶⁴) >> 32`, odd a_j (Dietzfelbinger et al.).
    func fillPermutations(_ signature: UnsafeMutableBufferPointer<UInt32>, from shingles: UnsafeBufferPointer<UInt64>) {
        multipliers.withUnsafeBufferPointer { a in
            offsets.withUnsafeBufferPointer { b in
                for shingle in shingles {
                    for j in 0..<signature.count {
                        let value = UInt32(truncatingIfNeeded: (a[j] &* shingle &+ b[j]) >> 32)
                        signature[j] = min(signature[j], value)
                    }
                }
            }
        }
    }

    /// Fills a matrix in parallel: each `concurrentPerform` iteration owns a contiguous block of rows.
    private func buildMatrix(count: Int, shingles: @Sendable (Int) -> [UInt64]) -> SignatureMatrix {
        let k = numPermutations
        let empty = SharedBuffer<Bool>(repeating: false, count: count)
        let values = [UInt32](unsafeUninitializedCapacity: count * k) { buffer, initialized in
            let output = SendablePointer(buffer)
            let blockSize = max(1, (count + 255) / 256)
            let blocks = (count + blockSize - 1) / blockSize
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                for row in block * blockSize..<min(count, (block + 1) * blockSize) {
                    let list = shingles(row)
                    empty.pointer[row] = list.isEmpty
                    let slice = UnsafeMutableBufferPointer(rebasing: output.buffer[row * k..<(row + 1) * k])
                    list.withUnsafeBufferPointer { fill(slice, from: $0) }
                }
            }
            initialized = count * k
        }
        return SignatureMatrix(numPermutations: k, values: values, emptyRows: empty.array)
    }
}
