import CrossCheckModel
import Foundation

/// Tonight's articles on their way from the reader to the index, in chunks that the admission stores as they come.
///
/// The reader appends articles in batch order as it reads them (``LoadedBatch/load(paths:onArticle:)``); the index
/// takes each chunk once it is full, or the rest once the reader has closed the feed. The reader never waits: a
/// store that stops taking (an error) leaves the chunks queued, and the error comes out of the admission's wait.
final class ArticleFeed: @unchecked Sendable {
    private let condition = NSCondition()
    private let chunkSize: Int
    private var filling: [Article] = []
    private var ready: [[Article]] = []
    private var closed = false

    init(chunkSize: Int = 1000) { self.chunkSize = chunkSize }

    /// Adds the next article of the batch.
    func append(_ article: Article) {
        condition.lock()
        defer { condition.unlock() }
        filling.append(article)
        if filling.count == chunkSize {
            ready.append(filling)
            filling = []
            condition.signal()
        }
    }

    /// No more articles: the last, partial chunk is ready.
    func close() {
        condition.lock()
        defer { condition.unlock() }
        if !filling.isEmpty { ready.append(filling) }
        filling = []
        closed = true
        condition.signal()
    }

    /// The next chunk, waiting for it; nil once the feed is closed and empty.
    func next() -> [Article]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !closed { condition.wait() }
        return ready.isEmpty ? nil : ready.removeFirst()
    }
}
