import CrossCheckModel
import Synchronization

/// Function words of Arabic, English and French, dropped when shingles should compare content only.
///
/// The lists are data, one file per language (`StopWords+Arabic.swift`, …), written in ordinary spelling and
/// normalised at first use with ``Tokenizer``, so every spelling variant ("إلى", "الى", "إلي") lands on the form
/// that tokens have. ``contains(_:language:)`` answers for a normalised token; the fast path uses a
/// ``StopWordHashSet`` of the same words hashed with the caller's seed, cached per (language, seed).
///
///     StopWords.contains("في", language: .arabic)   // true
///     StopWords.contains("غزه", language: .arabic)  // false
public enum StopWords {
    /// Whether `normalizedToken` (a ``Token/text``) is a stop word of `language`; `.unknown` checks all lists.
    public static func contains(_ normalizedToken: String, language: Language) -> Bool {
        switch language {
        case .arabic: return arabic.contains(normalizedToken)
        case .english: return english.contains(normalizedToken)
        case .french: return french.contains(normalizedToken)
        case .unknown: return all.contains(normalizedToken)
        }
    }

    /// The normalised stop words of `language` (all languages for `.unknown`), sorted.
    public static func words(for language: Language) -> [String] {
        switch language {
        case .arabic: return arabic.sorted()
        case .english: return english.sorted()
        case .french: return french.sorted()
        case .unknown: return all.sorted()
        }
    }

    /// The stop words of `language` (nil: all languages) as token hashes under `seed`, for
    /// ``Tokenizer/tokenHashes(in:seed:contentWordsOnly:language:)``. Cached: the first call per key builds it.
    public static func hashSet(language: Language?, seed: UInt64) -> StopWordHashSet {
        let key = CacheKey(language: language, seed: seed)
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let set = StopWordHashSet(words(for: language ?? .unknown).map { Hash64.hash($0, seed: seed) })
        cache.withLock { $0[key] = set }
        return set
    }

    private struct CacheKey: Hashable {
        var language: Language?
        var seed: UInt64
    }

    private static let cache = Mutex<[CacheKey: StopWordHashSet]>([:])

    static let arabic: Set<String> = normalizedSet(arabicWords)
    static let english: Set<String> = normalizedSet(englishWords)
    static let french: Set<String> = normalizedSet(frenchWords)
    static let all: Set<String> = arabic.union(english).union(french)

    private static func normalizedSet(_ list: String) -> Set<String> {
        Set(Tokenizer.tokens(in: list).map(\.text))
    }
}
