import Foundation

/// Items on their way from a producer on one thread to a consumer on another, in chunks the consumer takes as they
/// fill: tonight's articles from the reader to the index that stores them, and the index's articles read back to
/// the preparation that shingles them.
///
/// The producer appends items in order; the consumer takes each chunk once it is full, or the rest once the
/// producer has closed the feed. The producer never waits: a consumer that stops taking (an error) leaves the
/// chunks queued, and the error comes out of its own task. A producer that fails must still close the feed, or the
/// consumer waits for ever.
///
///     let feed = ChunkFeed<Article>()
///     let storing = BackgroundTask { while let chunk = feed.next() { try store(chunk) } }
///     for article in articles { feed.append(article) }
///     feed.close()
///     try storing.wait()
final class ChunkFeed<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let chunkSize: Int
    private var filling: [Item] = []
    private var ready: [[Item]] = []
    private var closed = false

    init(chunkSize: Int = 1000) { self.chunkSize = chunkSize }

    /// Adds the next item.
    func append(_ item: Item) {
        condition.lock()
        defer { condition.unlock() }
        filling.append(item)
        if filling.count == chunkSize {
            ready.append(filling)
            filling = []
            condition.signal()
        }
    }

    /// No more items: the last, partial chunk is ready.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        if !filling.isEmpty { ready.append(filling) }
        filling = []
        closed = true
        condition.signal()
    }

    /// The next chunk, waiting for it; nil once the feed is closed and empty.
    func next() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !closed { condition.wait() }
        return ready.isEmpty ? nil : ready.removeFirst()
    }
}
