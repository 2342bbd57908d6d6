import CrossCheckModel
import TextCore

/// Turns a text into the hashes of its word k-shingles (runs of `size` consecutive tokens).
///
/// Shingle hashes are built from token hashes, never by re-hashing text: each token is hashed once by
/// ``Tokenizer/tokenHashes(in:seed:contentWordsOnly:language:)`` and a rolling polynomial gives each window's hash in
/// two multiplies, whatever the shingle size. A text with fewer than `size` tokens gives one shingle of all its tokens (so a short text still has a
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
    ///
    /// A window's hash is the polynomial Σ tⱼ·P^(w−1−j) mod 2⁶⁴ of its token hashes (P odd), updated in O(1) per
    /// window: remove the oldest token's term, multiply by P, add the new token. It is order-sensitive and, for
    /// distinct token sequences, equal only with probability ~2⁻⁶⁴ (token hashes are uniform); MinHash mixes it
    /// again before use, so its weak low bits do not matter there.
    public func shingles(tokenHashes: [UInt64]) -> [UInt64] {
        let count = tokenHashes.count
        guard count > 0 else { return [] }
        let windows = max(1, count - size + 1)
        let width = min(size, count)
        var result = [UInt64](repeating: 0, count: windows)
        var leading: UInt64 = 1  // P^(width − 1)
        for _ in 1..<max(1, width) { leading &*= Self.base }
        tokenHashes.withUnsafeBufferPointer { tokens in
            var hash: UInt64 = 0
            for offset in 0..<width { hash = hash &* Self.base &+ tokens[offset] }
            result[0] = hash
            var start = 1
            while start < windows {
                hash = (hash &- tokens[start - 1] &* leading) &* Self.base &+ tokens[start + width - 1]
                result[start] = hash
                start += 1
            }
        }
        return result
    }

    /// The polynomial's base: odd, with well-spread bits (the golden-ratio constant).
    static let base: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The distinct shingles of `text`, for exact Jaccard and containment.
    public func shingleSet(in text: String, language: Language? = nil) -> ShingleSet {
        ShingleSet(shingles(in: text, language: language))
    }
}
