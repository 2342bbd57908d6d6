import CrossCheckModel
import Dispatch
import Foundation
import Reports
import Similarity

/// The ids and MinHash signatures of a corpus, read and signed on all cores, with how long each stage took.
///
/// JSONL files stream through in 32 MB chunks (each line's `id` and raw `text`, see ``JSONLTextScanner``), so a
/// corpus far larger than memory only keeps its ids and k values per article: 512 MB for a million articles at
/// k = 128. Other inputs (.txt, .html, .gz, folders) go through the Ingest reader and are signed on their cleaned
/// body text. Input order is kept: JSONL files in the order given, line by line, then the other inputs.
public struct SignedCorpus: Sendable {
    public var ids: [String]
    public var signatures: SignatureMatrix
    /// Lines or files that could not be used, with why.
    public var failures: [InputRecord]
    /// UTF-8 bytes of all signed texts.
    public var textBytes: Int
    /// Reading files and decoding JSON lines.
    public var readTime = StageTime()
    /// Text → signature: tokenising, shingling and MinHash (the figure compared with the peers).
    public var signTime = StageTime()

    public var count: Int { ids.count }

    /// Reads and signs every input.
    public static func sign(paths: [String], options: NearCopyOptions) -> SignedCorpus {
        var corpus = SignedCorpus(
            ids: [], signatures: SignatureMatrix(numPermutations: options.numPermutations, values: [], emptyRows: []),
            failures: [], textBytes: 0)
        var values: [UInt32] = []
        var emptyRows: [Bool] = []
        let jsonl = paths.filter { $0.hasSuffix(".jsonl") }
        for path in jsonl {
            corpus.streamJSONL(path: path, options: options, values: &values, emptyRows: &emptyRows)
        }
        let others = paths.filter { !$0.hasSuffix(".jsonl") }
        if !others.isEmpty {
            let batch = corpus.readTime.measure { LoadedBatch.load(paths: others) }
            corpus.failures.append(contentsOf: batch.summary.records.filter { $0.status == .failed })
            corpus.append(
                ids: batch.articles.map(\.id), texts: batch.articles.map(\.text), options: options,
                values: &values, emptyRows: &emptyRows)
        }
        corpus.signatures = SignatureMatrix(
            numPermutations: options.numPermutations, values: values, emptyRows: emptyRows)
        return corpus
    }

    private mutating func streamJSONL(
        path: String, options: NearCopyOptions, values: inout [UInt32], emptyRows: inout [Bool]
    ) {
        var reader: JSONLChunkReader
        do {
            reader = try JSONLChunkReader(path: path)
        } catch {
            failures.append(InputRecord(origin: path, status: .failed, reason: "\(error)"))
            return
        }
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        while true {
            let chunk: (lines: [UInt8], firstLine: Int)?
            do {
                chunk = try readTime.measure { try reader.next() }
            } catch {
                failures.append(InputRecord(origin: path, status: .failed, reason: "read error: \(error)"))
                return
            }
            guard let chunk else { return }
            let records = readTime.measure { Self.parse(chunk.lines, firstLine: chunk.firstLine) }
            var chunkIds: [String] = []
            var chunkTexts: [String] = []
            for outcome in records {
                switch outcome.result {
                case .success(let record):
                    chunkIds.append(record.id)
                    chunkTexts.append(record.text)
                case .failure(let failure):
                    failures.append(
                        InputRecord(origin: "\(path):\(outcome.line)", status: .failed, reason: failure.reason))
                }
            }
            if values.isEmpty, !chunkTexts.isEmpty, fileBytes > chunk.lines.count {
                // Reserve once from the first chunk's bytes per line, so a million rows never double the buffer.
                let estimate = Double(fileBytes) / Double(chunk.lines.count) * Double(chunkTexts.count) * 1.05
                values.reserveCapacity(Int(estimate) * options.numPermutations)
                emptyRows.reserveCapacity(Int(estimate))
                ids.reserveCapacity(Int(estimate))
            }
            append(ids: chunkIds, texts: chunkTexts, options: options, values: &values, emptyRows: &emptyRows)
        }
    }

    private mutating func append(
        ids newIds: [String], texts: [String], options: NearCopyOptions, values: inout [UInt32],
        emptyRows: inout [Bool]
    ) {
        let matrix = signTime.measure {
            options.minHasher.signatures(ofTexts: texts, shingler: options.shingler)
        }
        textBytes += texts.reduce(0) { $0 + $1.utf8.count }
        ids.append(contentsOf: newIds)
        values.append(contentsOf: matrix.values)
        emptyRows.append(contentsOf: matrix.emptyRows)
    }

    /// Decodes the lines of a chunk on all cores.
    private static func parse(_ chunk: [UInt8], firstLine: Int) -> [(
        line: Int, result: Result<TextRecord, JSONLTextScanner.Failure>
    )] {
        let ranges = JSONLChunkReader.lineRanges(chunk, firstLine: firstLine)
        let results = ParallelMap.map(ranges.indices.map { $0 }) { index in
            chunk.withUnsafeBufferPointer { bytes in
                JSONLTextScanner.record(UnsafeBufferPointer(rebasing: bytes[ranges[index].range]))
            }
        }
        return zip(ranges, results).map { ($0.line, $1) }
    }
}
