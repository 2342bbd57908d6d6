import Foundation
import Testing

@testable import Nightly

/// The hand-over between a producer and a consumer on two threads: every item once, in order, in full chunks and
/// then the rest.
@Suite("Chunk feed")
struct ChunkFeedTests {
    @Test func everyItemArrivesOnceInOrderInFullChunksThenTheRest() throws {
        let feed = ChunkFeed<Int>(chunkSize: 64)
        let consuming = BackgroundTask { () -> [[Int]] in
            var chunks: [[Int]] = []
            while let chunk = feed.next() { chunks.append(chunk) }
            return chunks
        }
        for item in 0..<1000 { feed.append(item) }
        feed.close()
        let chunks = try consuming.wait()
        #expect(chunks.flatMap { $0 } == Array(0..<1000))
        #expect(chunks.dropLast().allSatisfy { $0.count == 64 })
        #expect(chunks.last?.count == 1000 % 64)
    }

    /// A feed closed before any item (as a producer that fails closes it) ends its consumer at once.
    @Test func aClosedEmptyFeedEndsTheConsumer() throws {
        let feed = ChunkFeed<String>(chunkSize: 8)
        let consuming = BackgroundTask { () -> Int in
            var count = 0
            while let chunk = feed.next() { count += chunk.count }
            return count
        }
        feed.close()
        #expect(try consuming.wait() == 0)
    }
}
