extension MinHasher {
    /// Rounds of the partitioned scheme; the round is the top 12 bits of a value, and 4,095 is kept free so that
    /// no value equals the empty marker `UInt32.max`.
    static let maximumRounds = 4095
    /// Bits of hash kept below the round number.
    static let valueBits: UInt32 = 20

    /// One-permutation hashing densified by re-hashing rounds (``MinHashScheme/partitioned``).
    ///
    /// Round r hashes shingle x to `mum(x ^ s_r, m_r)`, 64 well-mixed bits: the high 32 bits pick the bin
    /// (multiply-high by k, so any k works), the low 20 bits are the value. Round 0 alone fills every bin of a text
    /// with more than ~k·ln k shingles (about 620 for k = 128); a 3 KB article (~500 shingles) leaves two or three
    /// bins for round 1; a one-shingle text needs ~k·ln k rounds, still only hundreds of multiplies. A bin is only
    /// lowered by a later round while it is empty, because every value of round r is below every value of round
    /// r + 1. Two shingles meeting in one bin and round with the same 20-bit value would make a false agreement:
    /// about m/2²⁰ per bin for m shingles per bin, far below the estimator's noise.
    @inline(__always)
    func fillPartitioned(_ signature: UnsafeMutableBufferPointer<UInt32>, from shingles: UnsafeBufferPointer<UInt64>) {
        guard !shingles.isEmpty else { return }
        let k = UInt64(signature.count)
        let mask: UInt64 = (1 << UInt64(Self.valueBits)) - 1
        multipliers.withUnsafeBufferPointer { multipliers in
            offsets.withUnsafeBufferPointer { offsets in
                var round = 0
                var emptyBins = signature.count
                while emptyBins > 0 && round < Self.maximumRounds {
                    let salt = offsets[round]
                    let multiplier = multipliers[round]
                    let roundBits = UInt64(round) << UInt64(Self.valueBits)
                    for shingle in shingles {
                        let product = (shingle ^ salt).multipliedFullWidth(by: multiplier)
                        let mixed = product.high ^ product.low
                        let bin = Int(truncatingIfNeeded: ((mixed >> 32) &* k) >> 32)
                        let value = UInt32(truncatingIfNeeded: roundBits | (mixed & mask))
                        let current = signature[bin]
                        if value < current {
                            if current == .max { emptyBins -= 1 }
                            signature[bin] = value
                        }
                    }
                    round += 1
                }
            }
        }
    }
}
