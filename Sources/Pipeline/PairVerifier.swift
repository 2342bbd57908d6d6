import CrossCheckModel
import Facts
import Foundation
import Similarity

/// Scores candidate pairs with event evidence computed over the whole batch.
///
/// Weights come from the batch itself: a word or passage that many articles share is a topic marker or a stock
/// phrase, one that only two share is evidence that they report the same thing.
struct PairVerifier: Sendable {
    let articles: [PreparedArticle]
    let options: PipelineOptions
    private let passageFrequency: SplitHashCounter
    /// The batch TF-IDF vector of each article; also the source of its keywords for candidate search.
    let vectors: [TermVector]

    /// Document frequencies of the terms over the articles the verifier was built from, and the weights their
    /// number gives.
    private let termFrequency: SplitHashCounter
    private let weights: TermWeights

    init(articles: [PreparedArticle], options: PipelineOptions) {
        self.articles = articles
        self.options = options
        passageFrequency = SplitHashCounter(documents: articles.count) { articles[$0].passageShingles.hashes }
        let frequency = SplitHashCounter(documents: articles.count) { articles[$0].terms.terms }
        let weights = TermWeights(documents: articles.count, options: options)
        termFrequency = frequency
        self.weights = weights
        vectors = ParallelMap.map(articles) { TermVector($0.terms, documentFrequency: frequency, weights: weights) }
    }

    private init(
        articles: [PreparedArticle], options: PipelineOptions, passageFrequency: SplitHashCounter,
        vectors: [TermVector], termFrequency: SplitHashCounter, weights: TermWeights
    ) {
        self.articles = articles
        self.options = options
        self.passageFrequency = passageFrequency
        self.vectors = vectors
        self.termFrequency = termFrequency
        self.weights = weights
    }

    /// This verifier over other articles: `layout` lists, for each position of the new verifier, one of this
    /// verifier's articles (`i < articles.count`) or one of `more` (`articles.count + k`), weighted by the statistics
    /// of the articles this verifier was built from.
    ///
    /// A night reads the other members of a stored group back only once tonight's articles have joined it, to
    /// report the group; scoring their pairs under the weights that decided the join keeps every score of the
    /// group's page on one scale, and spares recounting the window.
    func rearranged(adding more: [PreparedArticle], layout: [Int]) -> PairVerifier {
        let (frequency, weights) = (termFrequency, self.weights)
        let added = ParallelMap.map(more) { TermVector($0.terms, documentFrequency: frequency, weights: weights) }
        let articles = self.articles + more
        let vectors = self.vectors + added
        return PairVerifier(
            articles: layout.map { articles[$0] }, options: options, passageFrequency: passageFrequency,
            vectors: layout.map { vectors[$0] }, termFrequency: frequency, weights: weights)
    }

    /// Scores one candidate pair: the hot path, so it computes numbers only; ``reasons(for:)`` words them.
    func assess(_ i: Int, _ j: Int) -> PairAssessment {
        let a = articles[i]
        let b = articles[j]
        let veto = timeVeto(a, b)
        let cosine = vectors[i].cosine(vectors[j])
        let (passages, sharedPassages) = passageEvidence(a.passageShingles, b.passageShingles)
        // Every shared 5-gram contains shared 4-grams: with none of those, the copy overlap is 0 and needs no merge.
        let shared = sharedPassages > 0 ? Double(a.copyShingles.intersectionCount(b.copyShingles)) : 0
        let sizeA = Double(a.copyShingles.count)
        let sizeB = Double(b.copyShingles.count)
        let jaccard = shared > 0 ? shared / (sizeA + sizeB - shared) : 0
        let aInB = shared > 0 ? shared / sizeA : 0
        let bInA = shared > 0 ? shared / sizeB : 0
        let nearCopy = jaccard >= options.nearCopyJaccard || max(aInB, bInA) >= options.nearCopyContainment
        var score = 0.0
        if veto == nil {
            score = cosine
            if passages >= options.passageEvidence {
                score = max(score, 0.5 + 0.5 * min(1, passages / (2 * options.passageEvidence)))
            }
            if nearCopy { score = max(score, 0.5 + 0.5 * max(jaccard, aInB, bInA)) }
        }
        return PairAssessment(
            first: i, second: j, jaccard: jaccard, containmentFirstInSecond: aInB, containmentSecondInFirst: bInA,
            passageEvidence: passages, cosine: cosine, score: score, nearCopy: nearCopy && veto == nil, veto: veto)
    }

    /// The evidence of an assessed pair in words, for reports and explanations.
    func reasons(for assessment: PairAssessment) -> [String] {
        let a = articles[assessment.first]
        let b = articles[assessment.second]
        var reasons: [String] = []
        if assessment.nearCopy {
            let containment = max(assessment.containmentFirstInSecond, assessment.containmentSecondInFirst)
            reasons.append(
                "near-copy: shingle Jaccard \(Self.format(assessment.jaccard)), containment \(Self.format(containment))"
            )
        }
        if assessment.passageEvidence > 0 {
            reasons.append("shared passages: evidence \(Self.format(assessment.passageEvidence))")
        }
        reasons.append("TF-IDF cosine \(Self.format(assessment.cosine))")
        if let sameDay = sharedEventDay(a, b) { reasons.append("same event date \(sameDay.iso)") }
        let figures = sharedFigures(a, b)
        if !figures.isEmpty { reasons.append("shared figures: " + figures.joined(separator: ", ")) }
        if let veto = assessment.veto { reasons.append("rejected: " + words(veto, a, b)) }
        return reasons
    }

    /// The heaviest terms two articles share, as normalised words, heaviest first: what an editor reads to see why
    /// the pair was linked. Re-tokenises the two texts, so it is for explanations, not the hot path.
    func sharedTerms(_ i: Int, _ j: Int, limit: Int) -> [String] {
        var contributions: [(UInt64, Double)] = []
        let a = vectors[i]
        let b = vectors[j]
        var x = 0
        var y = 0
        while x < a.terms.count && y < b.terms.count {
            if a.terms[x] == b.terms[y] {
                contributions.append((a.terms[x], a.weights[x] * b.weights[y]))
                x += 1
                y += 1
            } else if a.terms[x] < b.terms[y] {
                x += 1
            } else {
                y += 1
            }
        }
        let wanted = Set(contributions.map(\.0))
        let article = articles[i].article
        let words = EventTerms.surfaceWords(
            title: article.title, text: article.text, seed: options.seed, wanted: wanted)
        return contributions.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .compactMap { words[$0.0] }.prefix(limit).map { $0 }
    }

    /// Shared 4-grams, each weighted 1 / (df − 1): a passage only these two quote counts 1, a stock phrase that
    /// ten articles carry counts 1/9.
    private func passageEvidence(_ a: ShingleSet, _ b: ShingleSet) -> (evidence: Double, shared: Int) {
        var total = 0.0
        var shared = 0
        Self.forEachShared(a.hashes, b.hashes) { hash in
            let df = max(2, passageFrequency.frequency(hash))
            total += 1 / Double(df - 1)
            shared += 1
        }
        return (total, shared)
    }

    /// Why time rules the pair out: publication dates beyond the window, event dates that contradict, or years
    /// written in both articles with none in common (a report of a 2008 earthquake naming 2008, another naming
    /// only 2013 and 2012, are not the same quake).
    private func timeVeto(_ a: PreparedArticle, _ b: PreparedArticle) -> TimeVeto? {
        if let pa = a.article.published, let pb = b.article.published,
            abs(pa.daysSinceEpoch - pb.daysSinceEpoch) > options.windowDays
        {
            return .publishedApart
        }
        let yearsA = a.terms.years
        let yearsB = b.terms.years
        if !yearsA.isEmpty, !yearsB.isEmpty, !yearsA.contains(where: yearsB.contains) { return .noYearInCommon }
        let daysA = a.eventDays
        let daysB = b.eventDays
        guard !daysA.isEmpty, !daysB.isEmpty else { return nil }
        for x in daysA {
            for y in daysB where Self.compatible(x, y) { return nil }
        }
        return .eventDatesDiffer
    }

    /// A veto in words, with the dates or years of the two articles that made it.
    private func words(_ veto: TimeVeto, _ a: PreparedArticle, _ b: PreparedArticle) -> String {
        switch veto {
        case .publishedApart:
            let (pa, pb) = (a.article.published!, b.article.published!)
            let gap = abs(pa.daysSinceEpoch - pb.daysSinceEpoch)
            return "published \(gap) days apart (\(pa.iso), \(pb.iso)); window \(options.windowDays) days"
        case .noYearInCommon:
            return "no year in common (\(a.terms.years.map(String.init).joined(separator: ", ")) vs "
                + "\(b.terms.years.map(String.init).joined(separator: ", ")))"
        case .eventDatesDiffer:
            return "event dates differ (\(a.eventDays[0].date!.iso) vs \(b.eventDays[0].date!.iso))"
        }
    }

    private func sharedEventDay(_ a: PreparedArticle, _ b: PreparedArticle) -> CivilDate? {
        for x in a.eventDays {
            for y in b.eventDays where x.date == y.date { return x.date }
        }
        return nil
    }

    /// Two event dates are compatible when within a day of each other (time zones, "late on Tuesday"); when either
    /// year was only inferred from the reference date, the day and month decide.
    static func compatible(_ x: DateFact, _ y: DateFact) -> Bool {
        guard let dx = x.date, let dy = y.date else { return true }
        if x.resolution == .inferredFromReference || y.resolution == .inferredFromReference {
            return dx.month == dy.month && abs(dx.day - dy.day) <= 1
        }
        return abs(dx.daysSinceEpoch - dy.daysSinceEpoch) <= 1
    }

    /// Casualty figures (not years, not small counts) that both articles state.
    private func sharedFigures(_ a: PreparedArticle, _ b: PreparedArticle) -> [String] {
        func figures(_ p: PreparedArticle) -> Set<Int> {
            Set(p.facts.casualties.compactMap { $0.stated }.filter { $0 >= 10 }.map { Int($0) })
        }
        return figures(a).intersection(figures(b)).sorted().map(String.init)
    }

    static func forEachShared(_ a: [UInt64], _ b: [UInt64], _ body: (UInt64) -> Void) {
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                body(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    static func format(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        return String(scaled)
    }
}
