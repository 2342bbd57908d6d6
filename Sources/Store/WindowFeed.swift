import Dispatch

/// Files the window's signature rows into ``WindowBuckets`` on a thread of its own, a chunk at a time, while SQLite
/// reads the next rows on the caller's.
///
/// A night's lookup streams some 350,000 rows of about 60 band keys each, and looks every key up in a table of
/// tonight's keys far larger than the caches: one memory access per key, most of the reading thread's time, all on
/// the thread SQLite reads on while the other core waited. Chunks are filed in the order they were read, so the
/// buckets, and the candidates, are the same as when filed one row at a time. At most `inFlight` chunks wait, so
/// memory stays bounded when filing is the slower side.
///
///     let feed = WindowFeed(WindowBuckets(probes: probes, maximumBucket: 50))
///     feed.append(article: 12, day: 20_500, keys: bytes)   // for each row read
///     var buckets = feed.finish()
final class WindowFeed: @unchecked Sendable {
    /// Rows read and not yet filed: their ids, days, and band keys as stored, one blob after the other.
    struct Chunk: Sendable {
        var articles: [Int64] = []
        var days: [Int] = []
        var keys: [UInt8] = []
        /// Where each row's keys end in `keys`.
        var ends: [Int] = []
    }

    /// Rows per chunk: large enough that handing a chunk over costs nothing beside filing it.
    static let chunkRows = 4_096
    private static let inFlight = 4

    private let queue = DispatchQueue(label: "crosscheck.window-feed")
    private let room = DispatchSemaphore(value: WindowFeed.inFlight)
    /// Touched only on `queue`, which is what makes the unchecked `Sendable` sound.
    private var buckets: WindowBuckets
    private var chunk = Chunk()

    init(_ buckets: WindowBuckets) {
        self.buckets = buckets
    }

    /// Adds one row as stored (its band keys as little-endian 64-bit values); called on the reading thread only.
    func append(article: Int64, day: Int, keys: UnsafeRawBufferPointer) {
        chunk.articles.append(article)
        chunk.days.append(day)
        chunk.keys.append(contentsOf: keys)
        chunk.ends.append(chunk.keys.count)
        if chunk.articles.count == Self.chunkRows { send() }
    }

    /// Files what is left and returns the buckets once every chunk is filed.
    func finish() -> WindowBuckets {
        send()
        return queue.sync { buckets }
    }

    private func send() {
        guard !chunk.articles.isEmpty else { return }
        let full = chunk
        chunk = Chunk()
        room.wait()
        queue.async {
            full.keys.withUnsafeBytes { keys in
                var start = 0
                for (row, end) in full.ends.enumerated() {
                    self.buckets.add(
                        article: full.articles[row], day: full.days[row],
                        keys: UnsafeRawBufferPointer(rebasing: keys[start..<end]))
                    start = end
                }
            }
            self.room.signal()
        }
    }
}
