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

    /// The window with the MinHash signatures of its articles' copy shingles taken, for ``bandKeys(_:)`` and for
    /// the near-copy search of ``link(tonight:indexed:storedGroups:groupSizes:mergeStories:lookupLinks:timings:)``,
    /// which then read the same signatures instead of computing them each.
    public func signed(_ window: PreparedWindow) -> PreparedWindow {
        var signed = window
        signed.copySignatures = EventGrouper.copySignatures(of: window.items, options: options)
        return signed
    }

    /// The LSH band keys of each article, for finding indexed articles that tonight's may join: near-copy shingles
    /// at the near-copy threshold and, with `contentWords`, content words (stemmed, stop words removed) at the event
    /// candidate threshold.
    ///
    /// The near-copy keys find reprints of an indexed article even in a story so large that its keywords are held by
    /// too many of the window's articles to count (``keywordKeys(_:)``). The content-word keys were the index's first
    /// way to find a story's earlier reports; the keywords find those now (unweighted, a content-word key falls on
    /// whichever word has the smallest hash). A night computes them only for ``Store/CandidateRule``'s common-key
    /// rule, the fallback for articles indexed before keywords were stored: on the generated 1M-article index with
    /// 800-byte articles, two rare content-word keys made 16,900 of a night's 54,840 candidates, none of which joined
    /// tonight's stories, and recall was the same without them at 800 B, 1.6 KB and 3.2 KB, as was B³ F1 on ECB+ and
    /// FA-KES over 2, 3 and 5 nights (docs/index.md, "Twenty-eighth session").
    ///
    /// The indexed articles found are then read back for
    /// ``link(tonight:indexed:storedGroups:groupSizes:mergeStories:timings:)``. Keys of the two passes are kept apart
    /// by mixing in the pass number. An article without shingles has no key.
    public func bandKeys(_ window: PreparedWindow, contentWords: Bool = false) -> [[UInt64]] {
        // The keys straight from the signatures: an LSHIndex would sort every band's table only to be asked them.
        let parameters = { (threshold: Double) in
            LSHParameters.optimal(threshold: threshold, numPermutations: self.options.numPermutations)
        }
        var matrices = [
            (
                parameters(options.nearCopyJaccard),
                window.copySignatures ?? EventGrouper.copySignatures(of: window.items, options: options)
            )
        ]
        if contentWords {
            let hasher = MinHasher(numPermutations: options.numPermutations, seed: options.seed)
            matrices.append(
                (
                    parameters(options.eventCandidateThreshold),
                    hasher.signatures(of: window.items.map(\.terms.unigramTerms))
                ))
        }
        let passes = matrices
        return ParallelMap.map(Array(0..<window.count)) { row in
            var keys: [UInt64] = []
            for (pass, (parameters, signatures)) in passes.enumerated() {
                let mix = Self.keyMix(pass: pass)
                keys.append(contentsOf: signatures.bandKeys(of: row, parameters: parameters).map { $0 ^ mix })
            }
            return keys
        }
    }

    /// The keyword keys of each article: its ``PipelineOptions/keywordsPerArticle`` heaviest single-word terms by
    /// TF-IDF over `window`, each a key of its own (no MinHash), for finding the indexed articles of the same story.
    ///
    /// The band keys' content-word pass samples an article's words unweighted, so its keys fall on the words with the
    /// smallest hashes whatever they are; in a long article those are common words, held by thousands of the
    /// window's articles (a median bucket of 2,758 of 350,000 for 3.2 KB articles on the generated index), and a
    /// story's earlier articles hide among them. A story's keywords (its names, places and rare nouns) are rare in
    /// every batch, so the heaviest terms of tonight's batch and of the night an earlier article was indexed
    /// largely agree even though their weights came from different batches.
    ///
    /// Half are the article's heaviest terms that another article of `window` has too (the batch grouper's
    /// keywords); the heaviest of the others fill the rest: an article alone of its story tonight shares them only
    /// with its story's earlier articles. Ranked all together, a small batch would fill every place with each
    /// report's own words (a term found once outweighs one found twice) and leave none for the story's.
    ///
    /// Weights are those of the batch's TF-IDF vectors, `(1 + ln tf) · ln((N + 1) / df)` times the name weight,
    /// without word pairs (they are counted per batch and would double the count). They depend on the whole window,
    /// so a night computes these over the same articles however it was interrupted (every pending article), and keys
    /// them the same. Kept apart from the band keys by mixing in a pass number of their own.
    public func keywordKeys(_ window: PreparedWindow) -> [[UInt64]] {
        let items = window.items
        let unigrams = ParallelMap.map(items) { $0.terms.unigramTerms }
        let frequency = SplitHashCounter(documents: items.count) { unigrams[$0] }
        let (weights, options) = (TermWeights(documents: items.count, options: self.options), self.options)
        let mix = Self.keyMix(pass: 2)
        let count = options.keywordsPerArticle
        return ParallelMap.map(Array(items.indices)) { document in
            let terms = items[document].terms
            var ranked: [Ranked] = []
            ranked.reserveCapacity(unigrams[document].count)
            // The frequency table is a whole batch's: asked for some single-word terms ahead, the misses overlap.
            frequency.withReader { frequency in
                for index in terms.terms.indices where terms.kinds[index] != .pair {
                    let ahead = index + HashCounter.lookahead
                    if ahead < terms.terms.count && terms.kinds[ahead] != .pair {
                        frequency.prefetch(terms.terms[ahead])
                    }
                    let df = max(1, frequency.frequency(terms.terms[index]))
                    let weight = weights.weight(
                        count: terms.counts[index], documentFrequency: df, kind: terms.kinds[index])
                    ranked.append((terms.terms[index], weight, df > 1))
                }
            }
            // Heaviest first, ties by term. Only the leading entries are ever read: the shared half, then the fill,
            // which passes over at most the half already taken.
            let heavier: (Ranked, Ranked) -> Bool = {
                $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term
            }
            let shared = ranked.lazy.filter(\.shared).leading(count / 2, by: heavier)
            var keys = shared.map(\.term)
            for entry in ranked.leading(count + count / 2, by: heavier) {
                if keys.count == count { break }
                if !keys.contains(entry.term) { keys.append(entry.term) }
            }
            return keys.map { $0 ^ mix }
        }
    }

    /// A term of an article as ``keywordKeys(_:)`` ranks it: its weight, and whether another article has it too.
    private typealias Ranked = (term: UInt64, weight: Double, shared: Bool)

    /// What a pass's keys are mixed with, so that keys of different passes (near-copy bands 0, content-word bands 1,
    /// keywords 2) never meet in one bucket.
    private static func keyMix(pass: Int) -> UInt64 { UInt64(pass + 1) &* 0x9E37_79B9_7F4A_7C15 }
}
