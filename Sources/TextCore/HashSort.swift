/// Sorts 64-bit hashes ascending, faster than the standard library's sort where the values are uniform hashes.
///
/// Every article prepared for grouping sorts its two shingle sets and its term table, and a night prepares the
/// articles it reads back from the index as well as tonight's; the standard sort (a stable merge sort through a
/// comparison closure) was the largest single cost of preparing an article. Hashes spread evenly over their
/// range, so one counting pass on the top bits puts them into small buckets of about four values, each finished by
/// insertion. A bucket that is not small (values that are not uniform: many equal or close together) is finished
/// by the standard sort, so values that are not uniform cost about what the standard sort costs.
///
///     var hashes: [UInt64] = [9, 3, 7]
///     HashSort.sort(&hashes)  // [3, 7, 9]
public enum HashSort {
    /// Below this many values, insertion alone.
    static let insertionLimit = 32
    /// A bucket larger than this is finished by the standard sort.
    static let bucketLimit = 48

    public static func sort(_ values: inout [UInt64]) {
        let count = values.count
        if count < insertionLimit {
            values.withUnsafeMutableBufferPointer { insertionSort($0, from: 0, to: count) }
            return
        }
        var bits = 1
        while bits < 20 && (1 << bits) < count / 4 { bits += 1 }
        let shift = UInt64(64 - bits)
        let buckets = 1 << bits
        var starts = [Int](repeating: 0, count: buckets + 1)
        let sorted = [UInt64](unsafeUninitializedCapacity: count) { output, initialized in
            values.withUnsafeBufferPointer { input in
                starts.withUnsafeMutableBufferPointer { starts in
                    for value in input { starts[Int(truncatingIfNeeded: value >> shift) &+ 1] &+= 1 }
                    for bucket in 0..<buckets { starts[bucket + 1] &+= starts[bucket] }
                    var next = Array(starts[0..<buckets])
                    next.withUnsafeMutableBufferPointer { next in
                        for value in input {
                            let bucket = Int(truncatingIfNeeded: value >> shift)
                            (output.baseAddress! + next[bucket]).initialize(to: value)
                            next[bucket] &+= 1
                        }
                    }
                    for bucket in 0..<buckets {
                        let (start, end) = (starts[bucket], starts[bucket + 1])
                        if end - start <= bucketLimit {
                            insertionSort(output, from: start, to: end)
                        } else {
                            var slice = UnsafeMutableBufferPointer(rebasing: output[start..<end])
                            slice.sort()
                        }
                    }
                }
            }
            initialized = count
        }
        values = sorted
    }

    @inline(__always)
    private static func insertionSort(_ buffer: UnsafeMutableBufferPointer<UInt64>, from start: Int, to end: Int) {
        guard end - start > 1 else { return }
        for index in (start + 1)..<end {
            let value = buffer[index]
            var place = index
            while place > start && buffer[place - 1] > value {
                buffer[place] = buffer[place - 1]
                place -= 1
            }
            buffer[place] = value
        }
    }
}
