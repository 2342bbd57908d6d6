import CrossCheckModel
import Facts
import Similarity

extension Pipeline {
    /// Prepares articles for grouping; an article with known facts (from the index) skips fact extraction.
    ///
    /// - Parameter knownFacts: empty, or one entry per article (nil where the facts must be extracted).
    public func prepareWindow(_ articles: [Article], knownFacts: [ArticleFacts?] = []) -> PreparedWindow {
        let options = self.options
        let pairs = articles.enumerated().map { ($0.element, knownFacts.isEmpty ? nil : knownFacts[$0.offset]) }
        return PreparedWindow(
            items: ParallelMap.map(pairs) { article, facts in
                if let facts { return PreparedArticle(article: article, knownFacts: facts, options: options) }
                return PreparedArticle(article: article, options: options)
            })
    }

    /// The LSH band keys of each article, for finding indexed articles that tonight's may join: near-copy shingles
    /// at the near-copy threshold, and content words (stemmed, stop words removed) at the event candidate threshold.
    ///
    /// The batch grouper searches events by the batch's weighted keywords, whose weights change with every batch;
    /// an index needs keys that stay the same from night to night, so it keys content words unweighted. The indexed
    /// articles found are then read back for ``link(tonight:indexed:storedGroups:groupSizes:timings:)``. Keys of the two passes are kept apart by mixing in the
    /// pass number. An article without shingles has no key.
    public func bandKeys(_ window: PreparedWindow) -> [[UInt64]] {
        let hasher = MinHasher(numPermutations: options.numPermutations, seed: options.seed)
        let passes: [(Double, [[UInt64]])] = [
            (options.nearCopyJaccard, window.items.map { $0.copyShingles.hashes }),
            (options.eventCandidateThreshold, window.items.map { $0.terms.unigramTerms }),
        ]
        var keys = Array(repeating: [UInt64](), count: window.count)
        for (pass, (threshold, shingles)) in passes.enumerated() {
            let parameters = LSHParameters.optimal(threshold: threshold, numPermutations: options.numPermutations)
            let index = LSHIndex(signatures: hasher.signatures(of: shingles), parameters: parameters)
            for row in 0..<window.count {
                keys[row].append(
                    contentsOf: index.bandKeys(of: row).map { $0 ^ (UInt64(pass + 1) &* 0x9E37_79B9_7F4A_7C15) })
            }
        }
        return keys
    }
}
