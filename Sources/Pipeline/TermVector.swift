import Foundation

/// A unit-length sparse TF-IDF vector, terms ascending, for cosine similarity in one merge pass.
struct TermVector: Sendable {
    var terms: [UInt64]
    var weights: [Double]
    /// Whether each term occurs in another article of the batch too; only those can make a candidate pair.
    var shared: [Bool]

    /// Weights are sublinear term frequency times inverse document frequency over the batch (``TermWeights``:
    /// `(1 + ln tf) · ln((N + 1) / df)`, the +1 keeping a term shared by every article of a two-article batch above
    /// 0, times the name or bigram weight). A word pair found in one article only is left out: it cannot be shared,
    /// and would only dilute the vector of a long article.
    init(_ terms: EventTerms, documentFrequency: SplitHashCounter, weights: TermWeights) {
        var entries: [(UInt64, Double, Bool)] = []
        entries.reserveCapacity(terms.terms.count)
        // The article's terms come ascending, so the entries are in the vector's order as they are made. Each
        // frequency is a cache miss in a table of the whole batch: asked for some terms ahead, they overlap.
        let ahead = HashCounter.lookahead
        documentFrequency.withReader { frequency in
            for index in terms.terms.indices {
                if index + ahead < terms.terms.count { frequency.prefetch(terms.terms[index + ahead]) }
                let term = terms.terms[index]
                let df = max(1, frequency.frequency(term))
                let kind = terms.kinds[index]
                if kind == .pair && df < 2 { continue }
                let weight = weights.weight(count: terms.counts[index], documentFrequency: df, kind: kind)
                if weight > 0 { entries.append((term, weight, df > 1)) }
            }
        }
        let norm = entries.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
        self.terms = entries.map(\.0)
        self.weights = entries.map { norm > 0 ? $0.1 / norm : 0 }
        self.shared = entries.map(\.2)
    }

    /// The `count` heaviest terms with their weights: the article's keywords.
    ///
    /// Two reports of one event share few of their words but many of their keywords (the place, the people, the
    /// rare nouns), so event candidates come from weighted MinHash over keywords rather than over every word.
    /// Terms no other article has are left out: in a small batch they are the heaviest, and would crowd out every
    /// term that could match.
    ///
    /// Heaviest first, equal weights by term: a total order, kept by ``Swift/Collection/leading(_:by:)`` rather than
    /// by sorting every term of the article.
    func heaviest(_ count: Int) -> (terms: [UInt64], weights: [Double]) {
        let top = weights.indices.lazy.filter { shared[$0] }.leading(count) { a, b in
            weights[a] != weights[b] ? weights[a] > weights[b] : terms[a] < terms[b]
        }
        return (top.map { terms[$0] }, top.map { weights[$0] })
    }

    func cosine(_ other: TermVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
