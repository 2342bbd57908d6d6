import Dispatch
import Foundation
import Similarity
import TextCore

/// Stage-by-stage throughput of text → signature on one core, per corpus file given on the command line:
/// tokenising (token hashes), shingling, and signing with each MinHash scheme. It is the evidence for the scheme
/// choice documented in `MinHasher` and for the Arabic/Latin ratio.
///
///     swift run -c release --package-path Benchmarks SimilarityBench corpus.jsonl arabic.jsonl
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func texts(in path: String, limit: Int) throws -> [String] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var result: [String] = []
    for line in data.split(separator: 0x0A).prefix(limit) {
        if let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
            let text = object["text"] as? String
        {
            result.append(text)
        }
    }
    return result
}

let arguments = CommandLine.arguments.dropFirst()
guard !arguments.isEmpty else {
    print("usage: SimilarityBench CORPUS.jsonl [MORE.jsonl…]  (fields: text)")
    exit(64)
}
let shingler = Shingler(size: 5, seed: 1)
print(
    "| corpus | docs | MB | tokenize MB/s | +shingle MB/s | partitioned docs/s | partitioned MB/s | permutations docs/s |"
)
print("|---|---|---|---|---|---|---|---|")
for path in arguments {
    let corpus = try texts(in: path, limit: 20_000)
    let megabytes = Double(corpus.reduce(0) { $0 + $1.utf8.count }) / 1e6
    var sink: UInt64 = 0
    let tokenize = seconds {
        for text in corpus { sink &+= UInt64(Tokenizer.tokenHashes(in: text, seed: 1, contentWordsOnly: false).count) }
    }
    var shingles: [[UInt64]] = []
    let shingle = seconds { shingles = corpus.map { shingler.shingles(in: $0) } }
    var signature = [UInt32](repeating: 0, count: 128)
    func sign(_ scheme: MinHashScheme, _ lists: ArraySlice<[UInt64]>) -> Double {
        let minHasher = MinHasher(numPermutations: 128, seed: 1, scheme: scheme)
        return seconds {
            signature.withUnsafeMutableBufferPointer { output in
                for list in lists { list.withUnsafeBufferPointer { minHasher.fill(output, from: $0) } }
            }
        }
    }
    let partitioned = sign(.partitioned, shingles[...])
    let sample = shingles.prefix(2_000)
    let permutations = sign(.permutations, sample) * Double(shingles.count) / Double(sample.count)
    let name = URL(fileURLWithPath: path).lastPathComponent
    let count = Double(corpus.count)
    print(
        "| \(name) | \(corpus.count) | \(String(format: "%.1f", megabytes)) | "
            + "\(String(format: "%.0f", megabytes / tokenize)) | \(String(format: "%.0f", megabytes / shingle)) | "
            + "\(String(format: "%.0f", count / (shingle + partitioned))) | "
            + "\(String(format: "%.0f", megabytes / (shingle + partitioned))) | "
            + "\(String(format: "%.0f", count / (shingle + permutations))) |")
    if sink == 42 { print(signature[0]) }
}
