/// How ``MinHasher`` turns a document's shingle hashes into k signature values.
///
/// Both schemes give an unbiased estimate of the Jaccard similarity (the fraction of equal positions); they differ in
/// cost per shingle and are not comparable with each other, so every signature of one run must use one scheme.
///
/// - ``partitioned``, the default, is one-permutation hashing made dense by rounds (the "fast similarity sketching"
///   of Dahlgaard, Knudsen and Thorup, 2017): every shingle is hashed once and lands in one of k bins, the bin keeps
///   its smallest value, and only when a bin stayed empty (a short text) is every shingle hashed again with a new
///   round number, until all bins are filled. Cost O(n + k log k) for n shingles instead of O(n·k): about 1.5
///   multiplies per shingle on a 3 KB article instead of 128.
/// - ``permutations`` is classic k-permutation MinHash with multiply-shift hash functions: k multiply-adds per
///   shingle. It is kept as the reference the partitioned scheme is measured against (see `Benchmarks/`).
public enum MinHashScheme: String, Hashable, Sendable, Codable, CaseIterable {
    case partitioned
    case permutations
}
