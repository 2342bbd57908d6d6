import CrossCheckModel
import TextCore

/// Turns a text into the hashes of its word k-shingles (runs of `size` consecutive tokens).
///
/// Shingle hashes are built by folding token hashes with ``Hash64/combine(_:_:)``, never by re-hashing text: each
/// token is hashed once by ``Tokenizer/tokenHashes(in:seed:contentWordsOnly:language:)`` and a k-shingle costs k-1
/// multiplies. A text with fewer than `size` tokens gives one shingle of all its tokens (so a short text still has a
/// signature); a text with no token gives none.
///
///     let shingler = Shingler(size: 3)
///     shingler.shingles(in: "قصف إسرائيلي على غزة")  // 2 hashes: (قصف اسرائيلي علي), (اسرائيلي علي غزه)
public struct Shingler: Hashable, Sendable {
    /// Tokens per shingle (k).
    public var size: Int
    /// Seed of the token hashes; shingles of different seeds are unrelated.
    public var seed: UInt64
    /// Drop stop words before shingling, so shingles compare content words ("قال إن" carries no event).
    public var contentWordsOnly: Bool

    public init(size: Int = 5, seed: UInt64 = 0, contentWordsOnly: Bool = false) {
        precondition(size >= 1, "a shingle has at least one token")
        self.size = size
        self.seed = seed
        self.contentWordsOnly = contentWordsOnly
    }

    /// The shingle hashes of `text` in text order (duplicates kept).
    public func shingles(in text: String, language: Language? = nil) -> [UInt64] {
        shingles(
            tokenHashes: Tokenizer.tokenHashes(
                in: text, seed: seed, contentWordsOnly: contentWordsOnly, language: language))
    }

    /// The shingle hashes of a sequence of token hashes, in order (duplicates kept).
    public func shingles(tokenHashes: [UInt64]) -> [UInt64] {
        let count = tokenHashes.count
        guard count > 0 else { return [] }
        let windows = max(1, count - size + 1)
        let width = min(size, count)
        var result = [UInt64](repeating: 0, count: windows)
        tokenHashes.withUnsafeBufferPointer { tokens in
            for start in 0..<windows {
                var hash = tokens[start]
                var offset = 1
                while offset < width {
                    hash = Hash64.combine(hash, tokens[start + offset])
                    offset += 1
                }
                result[start] = hash
            }
        }
        return result
    }

    /// The distinct shingles of `text`, for exact Jaccard and containment.
    public func shingleSet(in text: String, language: Language? = nil) -> ShingleSet {
        ShingleSet(shingles(in: text, language: language))
    }
}
