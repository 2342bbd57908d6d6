import Foundation
import Testing

@testable import Pipeline

/// The near-copy lane: the JSONL scanner, byte-identical signature files, and grouping without chaining.
@Suite struct NearCopyLaneTests {
    @Test func scannerReadsIdAndTextWithEscapes() throws {
        let line = #"{"src": -1, "meta": {"a": [1, "}"]}, "id": 7, "text": "غزة\n\"x\" \u00e9\ud83d\ude00"}"#
        let record = try JSONLTextScanner.record(Array(line.utf8)).get()
        #expect(record == TextRecord(id: "7", text: "غزة\n\"x\" é😀"))
        #expect((try? JSONLTextScanner.record(Array(#"{"id": "a"}"#.utf8)).get()) == nil)
        #expect((try? JSONLTextScanner.record(Array("not json".utf8)).get()) == nil)
    }

    static func writeCorpus(_ lines: [String]) throws -> String {
        let path = NSTemporaryDirectory() + "near-copies-\(UUID().uuidString).jsonl"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func signaturesAreByteIdenticalAcrossRuns() throws {
        let words = (0..<80).map { "w\($0 * 7 % 31)" }.joined(separator: " ")
        let input = try Self.writeCorpus([
            #"{"id": "a", "text": "\#(words)"}"#, #"{"id": "b", "text": ""}"#, #"{"id": "c", "text": "قصف غزة"}"#,
            "broken",
        ])
        var options = NearCopyOptions()
        options.bands = 32
        options.rows = 4
        let first = input + ".1"
        let second = input + ".2"
        let corpus = SignedCorpus.sign(paths: [input], options: options)
        #expect(corpus.ids == ["a", "b", "c"])
        #expect(corpus.failures.map(\.origin) == [input + ":4"])
        try NearCopyWriter.writeSignatures(corpus, options: options, to: first)
        try NearCopyWriter.writeSignatures(
            SignedCorpus.sign(paths: [input], options: options), options: options, to: second)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        let parsed = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect((parsed?["signature"] as? [Int])?.count == 128)
        #expect((parsed?["band_keys"] as? [String])?.count == 32)
        #expect(lines[1].contains(#""signature":[],"band_keys":[]"#))
    }

    @Test func groupsCopiesAndDoesNotChain() throws {
        let base = (0..<120).map { "w\($0)" }
        var copy = base
        copy[60] = "changed"
        let drifted = Array(base[60...]) + (0..<60).map { "z\($0)" }
        let input = try Self.writeCorpus(
            [("a", base), ("b", copy), ("c", drifted), ("d", drifted)].map {
                #"{"id": "\#($0.0)", "text": "\#($0.1.joined(separator: " "))"}"#
            })
        let corpus = SignedCorpus.sign(paths: [input], options: NearCopyOptions())
        let groups = try NearCopyGroups(corpus: corpus, options: NearCopyOptions())
        #expect(groups.clusters.map(\.members) == [[0, 1], [2, 3]])
        #expect(groups.clusters.allSatisfy { $0.minPairwiseSimilarity >= 0.5 })
    }
}
