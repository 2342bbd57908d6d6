import Dispatch
import TextCore

/// Buckets MinHash signatures by band so that near-duplicate documents meet without comparing all pairs.
///
/// Each band's `rows` values are hashed (``Hash64`` of their bytes, seeded by the band number) to one 64-bit key.
/// Instead of hash maps, every band keeps its (key, document) pairs sorted: building is a parallel sort per band,
/// iteration order is deterministic, and a bucket is a contiguous run. Empty documents (no shingle) are never put in
/// a bucket, so they are nobody's candidate.
///
///     let index = LSHIndex(signatures: matrix, parameters: .optimal(threshold: 0.5, numPermutations: 128))
///     for (i, j) in index.candidatePairs() where index.estimatedJaccard(i, j) >= 0.5 { … }
public struct LSHIndex: Sendable {
    public let parameters: LSHParameters
    public let signatures: SignatureMatrix
    /// Per band: keys (their high bits, see `init`) ascending, ties by document, and the document of each key.
    private let bandTables: [BandTable]

    struct BandTable: Sendable {
        var keys: [UInt64]
        var documents: [Int32]
    }

    /// Builds the band tables, one band per `concurrentPerform` iteration.
    ///
    /// - Precondition: `parameters.bands * parameters.rows <= signatures.numPermutations`.
    public init(signatures: SignatureMatrix, parameters: LSHParameters) {
        precondition(
            parameters.bands * parameters.rows <= signatures.numPermutations,
            "\(parameters) needs \(parameters.bands * parameters.rows) permutations, signatures have "
                + "\(signatures.numPermutations)")
        precondition(signatures.count < Int(Int32.max), "too many documents for one index")
        self.parameters = parameters
        self.signatures = signatures
        let tables = SharedBuffer<BandTable>(repeating: BandTable(keys: [], documents: []), count: parameters.bands)
        let documentBits = Self.documentBits(signatures.count)
        DispatchQueue.concurrentPerform(iterations: parameters.bands) { band in
            // One UInt64 per entry, the key's high bits above the document number, sorts without a comparator
            // closure (about 3× faster than sorting pairs). Dropping the key's low `documentBits` bits can only add
            // a false bucket mate with probability ~2^(documentBits − 64) per pair and band; candidates are verified.
            var entries: [UInt64] = []
            entries.reserveCapacity(signatures.count)
            for document in 0..<signatures.count where !signatures.emptyRows[document] {
                let key = Self.bandKey(signatures, parameters, document, band)
                entries.append((key >> documentBits) << documentBits | UInt64(document))
            }
            entries.sort()
            let mask: UInt64 = (1 << documentBits) - 1
            tables.pointer[band] = BandTable(
                keys: entries.map { $0 >> documentBits },
                documents: entries.map { Int32(truncatingIfNeeded: $0 & mask) })
        }
        bandTables = tables.array
    }

    /// Bits that hold a document number in a packed band entry (at least 1).
    static func documentBits(_ count: Int) -> UInt64 {
        UInt64(max(1, Int.bitWidth - max(0, count - 1).leadingZeroBitCount))
    }

    static func bandKey(_ signatures: SignatureMatrix, _ parameters: LSHParameters, _ document: Int, _ band: Int)
        -> UInt64
    {
        let start = document * signatures.numPermutations + band * parameters.rows
        return signatures.values.withUnsafeBytes { raw in
            let size = MemoryLayout<UInt32>.stride
            let bytes = UnsafeRawBufferPointer(rebasing: raw[start * size..<(start + parameters.rows) * size])
            return Hash64.hash(bytes, seed: UInt64(band))
        }
    }

    /// The band keys of document `row`, one per band; empty for a document without shingles.
    public func bandKeys(of row: Int) -> [UInt64] {
        signatures.bandKeys(of: row, parameters: parameters)
    }

    /// Every pair of documents sharing at least one bucket, as (i, j) with i < j, sorted and without duplicates.
    ///
    /// - Complexity: O(Σ bucket sizes²) over all bands: a bucket of m identical documents yields m(m−1)/2 pairs.
    public func candidatePairs() -> [(Int, Int)] {
        pairs { run, codes in
            for position in run.indices {
                let i = run[position]
                for j in run[(position + 1)...] { codes.append(UInt64(UInt32(i)) << 32 | UInt64(UInt32(j))) }
            }
        }
    }

    /// The pairs sharing a bucket that involve at least one document numbered `boundary` or more, sorted and without
    /// duplicates: all pairs but those whose documents are both below `boundary`.
    ///
    /// A nightly run puts the articles read back from its index first and tonight's after them. Pairs of two
    /// indexed articles were assessed on earlier nights; enumerating only the others costs O(new × (old + new)) per
    /// bucket instead of O((old + new)²), and the old articles of a busy story fill the same buckets night after night.
    ///
    ///     index.candidatePairs(newFrom: readBack.count)   // (old, new) and (new, new) pairs
    public func candidatePairs(newFrom boundary: Int) -> [(Int, Int)] {
        let limit = Int32(clamping: boundary)
        return pairs { run, codes in
            // A run lists its documents in ascending order (ties in a packed entry are broken by the document).
            let split = run.firstIndex { $0 >= limit } ?? run.endIndex
            for position in run.indices where position > run.startIndex && position >= split {
                let j = run[position]
                for i in run[..<position] { codes.append(UInt64(UInt32(i)) << 32 | UInt64(UInt32(j))) }
            }
        }
    }

    /// Runs `emit` over every bucket of two or more documents, band by band in parallel, and returns the pair codes
    /// it appended (first document in the high 32 bits), decoded, sorted and without duplicates.
    private func pairs(_ emit: @escaping @Sendable (ArraySlice<Int32>, inout [UInt64]) -> Void) -> [(Int, Int)] {
        let perBand = SharedBuffer<[UInt64]>(repeating: [], count: parameters.bands)
        let tables = bandTables
        DispatchQueue.concurrentPerform(iterations: parameters.bands) { band in
            let table = tables[band]
            var codes: [UInt64] = []
            var runStart = 0
            while runStart < table.keys.count {
                var runEnd = runStart + 1
                while runEnd < table.keys.count && table.keys[runEnd] == table.keys[runStart] { runEnd += 1 }
                if runEnd - runStart > 1 { emit(table.documents[runStart..<runEnd], &codes) }
                runStart = runEnd
            }
            perBand.pointer[band] = codes
        }
        var all = perBand.array.flatMap { $0 }
        all.sort()
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(all.count)
        var previous: UInt64? = nil
        for code in all where code != previous {
            pairs.append((Int(code >> 32), Int(code & 0xFFFF_FFFF)))
            previous = code
        }
        return pairs
    }

    /// The documents sharing a bucket with document `row` (not itself), ascending.
    public func candidates(of row: Int) -> [Int] {
        if signatures.emptyRows[row] { return [] }
        var found: [Int] = []
        for band in 0..<parameters.bands {
            let table = bandTables[band]
            let key = Self.bandKey(signatures, parameters, row, band) >> Self.documentBits(signatures.count)
            var low = 0
            var high = table.keys.count
            while low < high {
                let middle = (low + high) / 2
                if table.keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            while low < table.keys.count && table.keys[low] == key {
                let document = Int(table.documents[low])
                if document != row { found.append(document) }
                low += 1
            }
        }
        found.sort()
        var unique: [Int] = []
        for document in found where unique.last != document { unique.append(document) }
        return unique
    }

    /// The MinHash estimate of the Jaccard similarity of documents `i` and `j` (0 if either is empty).
    public func estimatedJaccard(_ i: Int, _ j: Int) -> Double {
        signatures.estimatedJaccard(i, j)
    }
}
