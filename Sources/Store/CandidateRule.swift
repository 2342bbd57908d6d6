/// Which indexed articles a new article reads back: how many keys they must share, and which keys count.
///
/// A band key held by few of the window's articles is strong evidence: two keys of buckets of at most `rareBucket`
/// articles make a candidate. Tonight's band keys are near-copy keys (a reprint shares most of them), and also
/// content-word keys when `commonKeys` is on (`Pipeline.bandKeys(_:contentWords:)`). A band key held by many is weak
/// alone (its word is a common one, the word with the smallest hash of a long article) and is skipped, as a stop word
/// is. Several of them together are strong again: an article sharing `commonKeys` keys of buckets of at most
/// `commonBucket` articles, rare ones included, can be made a candidate too (off by default since the keyword keys;
/// the fallback for articles indexed before keywords were stored). An article sharing `keywordKeys` of the new one's
/// keywords (its heaviest TF-IDF terms, `Pipeline.keywordKeys`), each held by at most `keywordBucket` articles, is
/// a candidate: a story's names and rare words are keywords of each of its reports, whatever their length.
///
///     let rule = CandidateRule.standard
///     rule.accepts(rare: 1, all: 5, keywords: 3)  // true: three keywords
public struct CandidateRule: Sendable, Hashable {
    /// Keys of buckets of at most ``rareBucket`` articles a candidate shares at least.
    public var sharedKeys: Int
    public var rareBucket: Int
    /// Or keys of buckets of at most ``commonBucket`` articles, rare ones included, it shares at least; 0: none.
    public var commonKeys: Int
    public var commonBucket: Int
    /// Or keyword keys (``BandProbe/keywordKeys``) of buckets of at most ``keywordBucket`` articles it shares at
    /// least; 0: none.
    public var keywordKeys: Int
    public var keywordBucket: Int

    public init(
        sharedKeys: Int, rareBucket: Int, commonKeys: Int, commonBucket: Int, keywordKeys: Int = 0,
        keywordBucket: Int = 0
    ) {
        self.sharedKeys = sharedKeys
        self.rareBucket = rareBucket
        self.commonKeys = commonKeys
        self.commonBucket = commonBucket
        self.keywordKeys = keywordKeys
        self.keywordBucket = keywordBucket
    }

    /// Two rare near-copy band keys (buckets of at most 50 articles), or three keywords held by at most 500 articles
    /// each.
    ///
    /// The band keys alone missed a story's earlier articles once articles got long: on the generated 1M-article
    /// index, with 3.2 KB articles, two rare keys or five of buckets up to 2,000 (the rule until the twenty-second
    /// session) found only 64 % of tonight's pairs with earlier articles of their stories, for 14,851 candidates.
    /// Three keywords find all of them there (recall 1.0000, precision 1.0000, 39,731 candidates), and 99.96 % at
    /// 800 bytes (0.98 before); the five common band keys then add no pair and cost about 2 s of a night's lookup, and
    /// on ECB+ and FA-KES over 2 to 5 nights neither that tier nor a keyword count of 2 to 4 moves B³ F1 by more
    /// than 0.005 (docs/index.md). Since the twenty-eighth session the rare keys are near-copy keys only: two rare
    /// content-word keys made 31 % of the 800-byte night's candidates and none of its joins.
    public static let standard = CandidateRule(
        sharedKeys: 2, rareBucket: 50, commonKeys: 0, commonBucket: 2_000, keywordKeys: 3, keywordBucket: 500)

    /// At least `keys` shared keys, whatever their buckets' sizes.
    public static func sharing(_ keys: Int) -> CandidateRule {
        CandidateRule(sharedKeys: keys, rareBucket: .max, commonKeys: 0, commonBucket: 0)
    }

    /// The largest bucket whose keys count at all.
    public var largestBucket: Int {
        max(rareBucket, commonKeys > 0 ? commonBucket : 0, keywordKeys > 0 ? keywordBucket : 0)
    }

    /// Whether an indexed article sharing `rare` rare band keys, `all` counted band keys in all and `keywords`
    /// counted keyword keys is a candidate.
    @inline(__always)
    public func accepts(rare: Int, all: Int, keywords: Int = 0) -> Bool {
        rare >= sharedKeys || (commonKeys > 0 && all >= commonKeys) || (keywordKeys > 0 && keywords >= keywordKeys)
    }
}
