import CrossCheckModel
import Foundation
import Pipeline
import Synchronization
import TestSupport
import Testing

/// Loading with a callback hands on every article of the batch once, in batch order, while the inputs are read in
/// parallel; the batch is the same as without one, duplicates and bad inputs accounted for alike.
@Suite("Articles handed on as they are read")
struct StreamedLoadTests {
    @Test func everyArticleComesOnceInBatchOrder() throws {
        let folder = try ScratchFolder()
        // Several files of several records each, a duplicate id across files and a broken record.
        for file in 0..<6 {
            var lines = (0..<40).map { record in
                "{\"id\": \"f\(file)-\(record)\", \"title\": \"Blast \(file)\", \"text\": \"A blast killed \(record) "
                    + "people in Aleppo.\", \"language\": \"en\"}"
            }
            lines.append("{\"id\": \"f0-1\", \"title\": \"Again\", \"text\": \"A copy.\", \"language\": \"en\"}")
            lines.append("{not json")
            try lines.joined(separator: "\n").write(
                toFile: folder.file("part-\(file).jsonl"), atomically: false, encoding: .utf8)
        }
        let streamed = Mutex<[String]>([])
        let batch = LoadedBatch.load(paths: [folder.path]) { article in
            streamed.withLock { $0.append(article.id) }
        }
        let plain = LoadedBatch.load(paths: [folder.path])
        #expect(streamed.withLock { $0 } == batch.articles.map(\.id))
        #expect(batch.articles.map(\.id) == plain.articles.map(\.id))
        #expect(batch.articles.count == 240)
        #expect(batch.summary.skipped == 6 && batch.summary.failed == 6)
        #expect(batch.summary.records.map(\.origin) == plain.summary.records.map(\.origin))
    }
}
