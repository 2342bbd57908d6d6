/// The LSH band keys and keyword keys of one new article and the day its matching window is centred on.
public struct BandProbe: Sendable, Hashable {
    public var bandKeys: [UInt64]
    /// Its heaviest terms' keys (`Pipeline.keywordKeys`), counted apart from the band keys by ``CandidateRule``.
    public var keywordKeys: [UInt64]
    /// Days since 1970-01-01: publication date, or the night it was added when undated.
    public var day: Int

    public init(bandKeys: [UInt64], keywordKeys: [UInt64] = [], day: Int) {
        self.bandKeys = bandKeys
        self.keywordKeys = keywordKeys
        self.day = day
    }
}
