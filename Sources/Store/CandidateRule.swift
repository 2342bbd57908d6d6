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
///     rule.accepts(rare: 1, all: 5)  // true: five keys, one of them rare
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

    /// Two rare keys (buckets of at most 50 articles), or five of buckets of at most 2,000.
    ///
    /// Articles of one story share 8 to 10 or more band keys, most of them pairs of common words held by more than
    /// 1,000 of a 350,000-article window (the eighteenth session's count on the generated 1M-article night): five
    /// keys of buckets up to 2,000 find a third of the story pairs that four of buckets up to 1,000 missed, for about
    /// as many candidates, and a lookup that counts the larger buckets (1.3 to 2.3 s more a night).
    public static let standard = CandidateRule(sharedKeys: 2, rareBucket: 50, commonKeys: 5, commonBucket: 2_000)

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
