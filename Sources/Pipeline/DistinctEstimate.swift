import Foundation

/// An estimate of how many distinct 64-bit hashes a stream holds (HyperLogLog, 2¹⁴ registers: a standard error of
/// about 0.8 %), in 16 KB whatever the stream's length.
///
/// ``SplitHashCounter`` sizes its tables with it. The number of entries says little about the number of distinct
/// keys: a batch's passages are nearly all distinct, its terms repeat about 2.7 times. Tables sized from the
/// entries were twice too large for the terms of a night's window (2 × 16M slots for 6.7M terms: 400 MB of fresh
/// pages, and a look-up that misses the cache more often) and too small for a plain run's passages, which then grew
/// and rehashed. One more pass over the keys (read as arrays) costs about what the right size saves in a plain run,
/// and less than the night's oversized tables cost it.
///
/// The keys must be uniform hashes (they are: `Hash64` of terms and shingles), so no hashing is done here.
///
///     var estimate = DistinctEstimate()
///     for key in keys { estimate.add(key) }
///     estimate.count  // ≈ Set(keys).count
struct DistinctEstimate: Sendable {
    private static let precision = 14
    private var registers = [UInt8](repeating: 0, count: 1 << precision)

    @inline(__always)
    mutating func add(_ key: UInt64) {
        let register = Int(truncatingIfNeeded: key >> UInt64(64 - Self.precision))
        // The rank of the first set bit among the other bits; a sentinel bit caps it when they are all zero.
        let rest = (key << UInt64(Self.precision)) | (1 << UInt64(Self.precision - 1))
        let rank = UInt8(truncatingIfNeeded: rest.leadingZeroBitCount + 1)
        if rank > registers[register] { registers[register] = rank }
    }

    /// The estimated number of distinct keys added: linear counting while registers are still empty (small
    /// streams, where it is nearly exact), the harmonic mean of the registers beyond.
    var count: Int {
        let m = Double(registers.count)
        var sum = 0.0
        var empty = 0
        for rank in registers {
            sum += 1 / Double(UInt64(1) << UInt64(rank))
            if rank == 0 { empty += 1 }
        }
        let raw = 0.7213 / (1 + 1.079 / m) * m * m / sum
        if raw <= 2.5 * m && empty > 0 {
            return Int((m * log(m / Double(empty))).rounded())
        }
        return Int(raw.rounded())
    }
}
