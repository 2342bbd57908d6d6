import CrossCheckModel
import Dispatch
import Foundation
import Similarity

/// Writes the near-copy lane's files: signatures (`crosscheck.signatures/1`, see docs/signatures-format.md),
/// groups and candidate pairs, as JSON lines built by hand so that a million lines take seconds, not minutes.
///
/// Output is a function of the input only: rows in input order, keys in a fixed order, numbers in decimal, band
/// keys as 16 lowercase hex digits; the same input gives byte-identical files.
public enum NearCopyWriter {
    /// The format name written in every signature line.
    public static let signatureFormat = "crosscheck.signatures/1"

    /// Writes one signature line per row of `corpus`.
    public static func writeSignatures(_ corpus: SignedCorpus, options: NearCopyOptions, to path: String) throws {
        let parameters = try options.lshParameters()
        let signatures = corpus.signatures
        let ids = corpus.ids
        let prefix =
            #","format":"\#(signatureFormat)","scheme":"\#(MinHashScheme.partitioned.rawValue)","#
            + #""shingle":\#(options.shingleSize),"k":\#(options.numPermutations),"seed":\#(options.seed),"#
            + #""bands":\#(parameters.bands),"rows":\#(parameters.rows),"#
        let blocks = ParallelMap.map(Array(stride(from: 0, to: ids.count, by: 512))) { start in
            var line: [UInt8] = []
            for row in start..<min(ids.count, start + 512) {
                line.append(contentsOf: #"{"id":"#.utf8)
                appendString(ids[row], to: &line)
                line.append(contentsOf: prefix.utf8)
                line.append(contentsOf: #""signature":["#.utf8)
                if !signatures.emptyRows[row] {
                    for (position, value) in signatures.row(row).enumerated() {
                        if position > 0 { line.append(0x2C) }
                        appendDecimal(UInt64(value), to: &line)
                    }
                }
                line.append(contentsOf: #"],"band_keys":["#.utf8)
                for (position, key) in signatures.bandKeys(of: row, parameters: parameters).enumerated() {
                    if position > 0 { line.append(0x2C) }
                    appendHex(key, to: &line)
                }
                line.append(contentsOf: "]}\n".utf8)
            }
            return line
        }
        try write(blocks, to: path)
    }

    /// Writes one line per group: `{"group":1,"size":2,"min_similarity":0.8125,"members":["a","b"]}`.
    public static func writeGroups(_ groups: NearCopyGroups, ids: [String], to path: String) throws {
        var output: [UInt8] = []
        for (number, cluster) in groups.clusters.enumerated() {
            output.append(contentsOf: #"{"group":\#(number + 1),"size":\#(cluster.members.count),"#.utf8)
            output.append(contentsOf: #""min_similarity":\#(rounded(cluster.minPairwiseSimilarity)),"#.utf8)
            output.append(contentsOf: #""members":["#.utf8)
            for (position, member) in cluster.members.enumerated() {
                if position > 0 { output.append(0x2C) }
                appendString(ids[member], to: &output)
            }
            output.append(contentsOf: "]}\n".utf8)
        }
        try write([output], to: path)
    }

    /// Writes every LSH candidate as `id_a<TAB>id_b<TAB>estimate<TAB>verified(0|1)`, in row order.
    public static func writePairs(_ groups: NearCopyGroups, ids: [String], to path: String) throws {
        var output: [UInt8] = []
        for pair in groups.pairs {
            output.append(contentsOf: "\(ids[pair.first])\t\(ids[pair.second])\t\(rounded(pair.estimate))\t".utf8)
            output.append(contentsOf: (pair.verified ? "1\n" : "0\n").utf8)
        }
        try write([output], to: path)
    }

    static func rounded(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return "\(scaled)"
    }

    static func write(_ blocks: [[UInt8]], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw NearCopyError.unwritable(path: path, reason: "cannot create the file") }
        defer { try? handle.close() }
        do {
            for block in blocks { try handle.write(contentsOf: block) }
        } catch {
            throw NearCopyError.unwritable(path: path, reason: "\(error)")
        }
    }

    static func appendDecimal(_ value: UInt64, to output: inout [UInt8]) {
        var divisor: UInt64 = 1
        while divisor <= value / 10 { divisor *= 10 }
        var remaining = value
        repeat {
            output.append(UInt8(0x30 + remaining / divisor))
            remaining %= divisor
            divisor /= 10
        } while divisor > 0
    }

    static func appendHex(_ value: UInt64, to output: inout [UInt8]) {
        output.append(0x22)
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8(value >> UInt64(shift) & 0xF)
            output.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
        output.append(0x22)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func appendString(_ string: String, to output: inout [UInt8]) {
        output.append(0x22)
        for byte in string.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: output.append(contentsOf: [0x5C, 0x72])
            case 0x09: output.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }
}
