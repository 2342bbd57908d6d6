/// Which indexed articles a new article reads back: how many LSH band keys they must share, and which keys count.
///
/// A band key held by few of the window's articles is strong evidence: two keys of buckets of at most `rareBucket`
/// articles make a candidate. A key held by many is weak alone (its two words are common ones, or its bucket mixes
/// several stories) and used to be skipped, as a stop word is; but several of them together are strong again, and
/// skipping them lost a quarter of the pairs between tonight's articles and their stories' earlier ones on the
/// generated 1M-article index (recall of those pairs 0.74). So an article sharing `commonKeys` keys of buckets of at
/// most `commonBucket` articles, rare ones included, is a candidate too (recall 0.91, with a third more candidates).
/// Keys of buckets larger than that are skipped.
///
///     let rule = CandidateRule.standard
///     rule.accepts(rare: 1, all: 4)  // true: four keys, one of them rare
public struct CandidateRule: Sendable, Hashable {
    /// Keys of buckets of at most ``rareBucket`` articles a candidate shares at least.
    public var sharedKeys: Int
    public var rareBucket: Int
    /// Or keys of buckets of at most ``commonBucket`` articles, rare ones included, it shares at least; 0: none.
    public var commonKeys: Int
    public var commonBucket: Int

    public init(sharedKeys: Int, rareBucket: Int, commonKeys: Int, commonBucket: Int) {
        self.sharedKeys = sharedKeys
        self.rareBucket = rareBucket
        self.commonKeys = commonKeys
        self.commonBucket = commonBucket
    }

    /// Two rare keys (buckets of at most 50 articles), or four of buckets of at most 1,000.
    public static let standard = CandidateRule(sharedKeys: 2, rareBucket: 50, commonKeys: 4, commonBucket: 1_000)

    /// At least `keys` shared keys, whatever their buckets' sizes.
    public static func sharing(_ keys: Int) -> CandidateRule {
        CandidateRule(sharedKeys: keys, rareBucket: .max, commonKeys: 0, commonBucket: 0)
    }

    /// The largest bucket whose keys count at all.
    public var largestBucket: Int { commonKeys > 0 ? max(rareBucket, commonBucket) : rareBucket }

    /// Whether an indexed article sharing `rare` rare keys and `all` counted keys in all is a candidate.
    @inline(__always)
    public func accepts(rare: Int, all: Int) -> Bool {
        rare >= sharedKeys || (commonKeys > 0 && all >= commonKeys)
    }
}
