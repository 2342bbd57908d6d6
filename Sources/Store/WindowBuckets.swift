/// The LSH buckets of tonight's band keys over the window's indexed articles, built in memory for one lookup.
///
/// The index keeps each article's band keys in its `signature` row rather than one row per key: a night then writes
/// one row per new article instead of ~89 into a B-tree as large as the whole index. For the lookup, the window's
/// articles (found by their window day) are streamed once and each of their keys that tonight also has goes into that
/// key's bucket; keys tonight lacks are ignored, so memory follows tonight's keys and their matches. A bucket that
/// grows past `maximumBucket` articles is dropped and marked hot, as a stop word is.
///
///     var buckets = WindowBuckets(probes: probes, maximumBucket: 50)
///     buckets.add(article: 12, day: 20_500, keys: [0x1f, 0x2a])
///     let found = buckets.candidates(of: probes[0], windowDays: 7, minimumShared: 2)
struct WindowBuckets {
    /// Dense number of each distinct key of tonight's probes.
    private var slots: KeySlotTable
    /// Per slot: positions in `articles` of the indexed articles having that key, ascending; empty once hot.
    private var members: [[Int32]]
    private var hot: [Bool]
    private var articles: [Int64] = []
    private var days: [Int32] = []
    private let maximumBucket: Int

    init(probes: [BandProbe], maximumBucket: Int) {
        self.maximumBucket = maximumBucket
        var count = 0
        for probe in probes { count += probe.bandKeys.count }
        slots = KeySlotTable(capacity: count)
        for probe in probes {
            for key in probe.bandKeys { slots.insert(key) }
        }
        members = Array(repeating: [], count: slots.count)
        hot = Array(repeating: false, count: slots.count)
    }

    /// The sorted, disjoint ranges of window days that some probe's window covers.
    static func dayRanges(of probes: [BandProbe], windowDays: Int) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for day in Set(probes.map(\.day)).sorted() {
            let range = (day - windowDays)...(day + windowDays)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    /// Adds one indexed article: its row id, window day and band keys as stored (little-endian 64-bit values).
    mutating func add(article: Int64, day: Int, keys: UnsafeRawBufferPointer) {
        let position = Int32(articles.count)
        var added = false
        var offset = 0
        while offset + 8 <= keys.count {
            let key = UInt64(littleEndian: keys.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
            guard let slot = slots.slot(of: key), !hot[slot], members[slot].last != position else { continue }
            if members[slot].count >= maximumBucket {
                hot[slot] = true
                members[slot] = []
            } else {
                members[slot].append(position)
                added = true
            }
        }
        if added {
            articles.append(article)
            days.append(Int32(truncatingIfNeeded: day))
        }
    }

    /// Adds one indexed article from its band keys (tests and callers that hold decoded keys).
    mutating func add(article: Int64, day: Int, keys: [UInt64]) {
        let bytes = BandKeyCoding.encode(keys)
        bytes.withUnsafeBytes { add(article: article, day: day, keys: $0) }
    }

    /// The indexed articles sharing at least `minimumShared` non-hot keys with `probe`, within `windowDays` of its
    /// day, as positions of ``add(article:day:keys:)`` order.
    func candidates(of probe: BandProbe, windowDays: Int, minimumShared: Int) -> [Int64] {
        var hits: [Int32] = []
        let keys = probe.bandKeys.sorted()
        for (index, key) in keys.enumerated() where index == 0 || keys[index - 1] != key {
            guard let slot = slots.slot(of: key) else { continue }
            for position in members[slot] where abs(Int(days[Int(position)]) - probe.day) <= windowDays {
                hits.append(position)
            }
        }
        guard !hits.isEmpty else { return [] }
        hits.sort()
        var found: [Int64] = []
        var start = 0
        while start < hits.count {
            var end = start + 1
            while end < hits.count && hits[end] == hits[start] { end += 1 }
            if end - start >= minimumShared { found.append(articles[Int(hits[start])]) }
            start = end
        }
        return found
    }
}
