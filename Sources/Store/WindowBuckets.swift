/// The LSH buckets of tonight's band keys over the window's indexed articles, built in memory for one lookup.
///
/// The index keeps each article's band keys in its `signature` row rather than one row per key: a night then writes
/// one row per new article instead of ~89 into a B-tree as large as the whole index. For the lookup, the window's
/// articles (found by their window day) are streamed once and each of their keys that tonight also has is noted;
/// keys tonight lacks are ignored, so memory follows tonight's keys and their matches. A bucket that grows past
/// `maximumBucket` articles is dropped and marked hot, as a stop word is; the smaller ones count as rare or common
/// keys by their size (``CandidateRule``).
///
/// Streaming touches one place of a large table per key, so it notes each match in a flat list (sequential writes)
/// and a per-key count, and sorts the list into buckets once at the end, instead of growing one array per key.
///
///     var buckets = WindowBuckets(probes: probes, maximumBucket: 50)
///     buckets.add(article: 12, day: 20_500, keys: [0x1f, 0x2a])
///     let found = buckets.candidates(of: probes, windowDays: 7, rule: .standard)
struct WindowBuckets {
    /// Dense number of each distinct key of tonight's probes.
    private var slots: KeySlotTable
    /// Per slot: how many indexed articles have the key (counting stops past `maximumBucket`: hot), and the
    /// position of the last one noted, so that an article repeating a key counts once.
    private var tally: [(count: Int32, last: Int32)]
    /// Every match noted, in streaming order: (slot, position in `articles`).
    private var matches: [(slot: Int32, position: Int32)] = []
    /// Per slot, where its positions start in `bucketed` (a slot's run ends where the next one's starts); built by
    /// ``finish()``.
    private var starts: [Int32] = []
    private var bucketed: [Int32] = []
    private var articles: [Int64] = []
    private var days: [Int32] = []
    private let maximumBucket: Int32
    /// Whether the articles were added in window-day order, as the lookup streams them: then a probe's window is a
    /// range of positions, and each bucket's positions inside it are found by bisection instead of a day check
    /// per position.
    private var daysAscend = false

    init(probes: [BandProbe], maximumBucket: Int) {
        self.maximumBucket = Int32(clamping: maximumBucket)
        var count = 0
        for probe in probes { count += probe.bandKeys.count + probe.keywordKeys.count }
        slots = KeySlotTable(capacity: count)
        for probe in probes {
            for key in probe.bandKeys { slots.insert(key) }
            for key in probe.keywordKeys { slots.insert(key) }
        }
        tally = Array(repeating: (0, -1), count: slots.count)
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
            guard let slot = slots.slot(of: key) else { continue }
            let noted = tally[slot]
            guard noted.last != position, noted.count <= maximumBucket else { continue }
            tally[slot] = (noted.count + 1, position)
            if noted.count < maximumBucket {
                matches.append((Int32(truncatingIfNeeded: slot), position))
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

    /// Sorts the matches into buckets (a counting sort by slot, positions ascending within each); hot slots keep
    /// none. Called once, after the last ``add(article:day:keys:)``.
    mutating func finish() {
        var starts = [Int32](repeating: 0, count: tally.count + 1)
        for (slot, noted) in tally.enumerated() {
            starts[slot + 1] = starts[slot] + (noted.count > maximumBucket ? 0 : noted.count)
        }
        var next = starts
        var bucketed = [Int32](repeating: 0, count: Int(starts[tally.count]))
        for match in matches where tally[Int(match.slot)].count <= maximumBucket {
            bucketed[Int(next[Int(match.slot)])] = match.position
            next[Int(match.slot)] += 1
        }
        self.starts = starts
        self.bucketed = bucketed
        matches = []
        daysAscend = zip(days, days.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// The indexed articles that `rule` makes candidates of one of `probes`, within `windowDays` of its day,
    /// ascending and each once. Needs ``finish()`` first.
    ///
    /// Each probe's keys are counted per indexed article in a flat array (rare keys apart) and the counts cleared
    /// after it: with the common buckets counted, a probe reaches thousands of articles, and sorting its hits to
    /// count them took most of a night's lookup.
    func candidates<Probes: Collection<BandProbe>>(of probes: Probes, windowDays: Int, rule: CandidateRule)
        -> [Int64]
    {
        Self.ascendingUnique(candidateLinks(of: probes, windowDays: windowDays, rule: rule).map(\.row))
    }

    /// Each (probe, indexed article) pair that `rule` accepts, probes by their offset in `probes` plus `base`.
    func candidateLinks<Probes: Collection<BandProbe>>(
        of probes: Probes, windowDays: Int, rule: CandidateRule, base: Int = 0
    ) -> [(probe: Int32, row: Int64)] {
        precondition(starts.count == tally.count + 1, "WindowBuckets.finish() must come before candidates(of:)")
        // Per indexed article, ten bits each: counted band keys (bits 0-9), rare ones (10-19), keyword keys (20-29).
        // The inner loop runs about a billion times a night: it works on raw buffers, with the touched positions in a
        // preallocated one, so that each step is a load and an add (bounds and uniqueness checks were a third of the
        // lookup's time).
        var counts = [UInt32](repeating: 0, count: articles.count)
        var touched = [Int32](repeating: 0, count: articles.count)
        var found: [(probe: Int32, row: Int64)] = []
        let rareBucket = Int32(clamping: rule.rareBucket)
        let commonBucket = Int32(clamping: rule.commonKeys > 0 ? rule.commonBucket : 0)
        let keywordBucket = Int32(clamping: rule.keywordKeys > 0 ? rule.keywordBucket : 0)
        counts.withUnsafeMutableBufferPointer { counts in
            touched.withUnsafeMutableBufferPointer { touched in
                bucketed.withUnsafeBufferPointer { bucketed in
                    for (probeOffset, probe) in probes.enumerated() {
                        let probeNumber = Int32(truncatingIfNeeded: base + probeOffset)
                        let window = positions(within: windowDays, of: probe.day)
                        let bandKeys = probe.bandKeys.sorted()
                        let keywordKeys = probe.keywordKeys.sorted()
                        precondition(
                            bandKeys.count < 1 << 10 && keywordKeys.count < 1 << 10,
                            "a probe's keys are counted in 10 bits")
                        var touchedCount = 0
                        // The band keys, then the keyword keys (their pass mixes them apart from any band key).
                        let keys = bandKeys + keywordKeys
                        for (index, key) in keys.enumerated()
                        where index == 0 || index == bandKeys.count || keys[index - 1] != key {
                            guard let slot = slots.slot(of: key) else { continue }
                            // A rare band key counts as rare and as counted, a common one as counted only, a keyword
                            // key as a keyword; a key of a bucket above its limits not at all.
                            let size = tally[slot].count
                            let step: UInt32 =
                                index >= bandKeys.count
                                ? (size <= keywordBucket ? 1 << 20 : 0)
                                : size <= rareBucket ? 1 << 10 | 1 : size <= commonBucket ? 1 : 0
                            guard step != 0 else { continue }
                            for place in places(of: slot, within: window) {
                                let position = Int(bucketed[place])
                                guard daysAscend || abs(Int(days[position]) - probe.day) <= windowDays else {
                                    continue
                                }
                                let count = counts[position]
                                if count == 0 {
                                    touched[touchedCount] = Int32(truncatingIfNeeded: position)
                                    touchedCount += 1
                                }
                                counts[position] = count &+ step
                            }
                        }
                        for position in touched[..<touchedCount] {
                            let count = counts[Int(position)]
                            if rule.accepts(
                                rare: Int(count >> 10 & 0x3FF), all: Int(count & 0x3FF), keywords: Int(count >> 20))
                            {
                                found.append((probeNumber, articles[Int(position)]))
                            }
                            counts[Int(position)] = 0
                        }
                    }
                }
            }
        }
        return found
    }

    /// The values ascending, each once: one probe's candidates, or the union of several slices of probes.
    static func ascendingUnique(_ values: [Int64]) -> [Int64] {
        var sorted = values
        sorted.sort()
        var unique: [Int64] = []
        unique.reserveCapacity(sorted.count)
        for value in sorted where unique.last != value { unique.append(value) }
        return unique
    }

    /// The positions of the articles whose day is within `windowDays` of `day`, when the days ascend; else all of
    /// them (each is then checked by its day).
    private func positions(within windowDays: Int, of day: Int) -> Range<Int> {
        guard daysAscend else { return 0..<days.count }
        let start = Self.firstIndex(in: days, notBelow: day - windowDays)
        return start..<max(start, Self.firstIndex(in: days, notBelow: day + windowDays + 1))
    }

    /// The places in `bucketed` of the bucket of `slot` that hold a position in `window`: the bucket's positions
    /// ascend, so they are a range, found by bisection when the days ascend.
    private func places(of slot: Int, within window: Range<Int>) -> Range<Int> {
        let bucket = Int(starts[slot])..<Int(starts[slot + 1])
        guard daysAscend else { return bucket }
        let start = Self.firstIndex(in: bucketed, from: bucket, notBelow: window.lowerBound)
        return start..<Self.firstIndex(in: bucketed, from: start..<bucket.upperBound, notBelow: window.upperBound)
    }

    /// The first index of `values` (ascending) whose value is at least `bound`, or `values.count`.
    private static func firstIndex(in values: [Int32], notBelow bound: Int) -> Int {
        firstIndex(in: values, from: 0..<values.count, notBelow: bound)
    }

    /// The first index in `range` of `values` (ascending there) whose value is at least `bound`, or its end.
    private static func firstIndex(in values: [Int32], from range: Range<Int>, notBelow bound: Int) -> Int {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high {
            let middle = (low + high) / 2
            if Int(values[middle]) < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
