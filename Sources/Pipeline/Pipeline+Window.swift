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
    /// articles found are then read back for
    /// ``link(tonight:indexed:storedGroups:groupSizes:mergeStories:timings:)``. Keys of the two passes are kept apart
    /// by mixing in the pass number. An article without shingles has no key.
    public func bandKeys(_ window: PreparedWindow) -> [[UInt64]] {
        let hasher = MinHasher(numPermutations: options.numPermutations, seed: options.seed)
        let passes: [(Double, [[UInt64]])] = [
            (options.nearCopyJaccard, window.items.map { $0.copyShingles.hashes }),
            (options.eventCandidateThreshold, window.items.map { $0.terms.unigramTerms }),
        ]
        // The keys straight from the signatures: an LSHIndex would sort every band's table only to be asked them.
        let matrices = passes.map { threshold, shingles in
            (
                LSHParameters.optimal(threshold: threshold, numPermutations: options.numPermutations),
                hasher.signatures(of: shingles)
            )
        }
        return ParallelMap.map(Array(0..<window.count)) { row in
            var keys: [UInt64] = []
            for (pass, (parameters, signatures)) in matrices.enumerated() {
                let mix = UInt64(pass + 1) &* 0x9E37_79B9_7F4A_7C15
                keys.append(contentsOf: signatures.bandKeys(of: row, parameters: parameters).map { $0 ^ mix })
            }
            return keys
        }
    }
}
