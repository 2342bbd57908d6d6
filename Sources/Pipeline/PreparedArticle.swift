import CrossCheckModel
import Facts
import Similarity
import TextCore

/// One article with everything grouping and comparison read from it, computed once per article.
///
/// A class, not a struct: it is never changed once made, and the verifier reads two of them for each of millions of
/// candidate pairs; a struct of a dozen arrays, sets and strings was copied (a dozen reference counts) each time.
final class PreparedArticle: Sendable {
    let article: Article
    let facts: ArticleFacts
    /// Word 5-gram shingles of the whole text: near-copy detection.
    let copyShingles: ShingleSet
    /// Word 4-gram shingles of the whole text: passages two reports quote alike.
    let passageShingles: ShingleSet
    /// The resolved day-grain dates of the reported event, for the time check between two reports; computed once,
    /// as every candidate pair reads it.
    let eventDays: [DateFact]
    /// Content words, word pairs, names and years for event verification.
    let terms: EventTerms

    convenience init(article: Article, options: PipelineOptions) {
        let extractor = FactExtractor(referenceDate: options.referenceDate)
        let facts = extractor.extract(text: article.text, language: article.language, published: article.published)
        self.init(article: article, knownFacts: facts, options: options)
    }

    /// The same preparation under another identity: the text, and so everything read from it, is the same.
    init(_ prepared: PreparedArticle, as article: Article) {
        self.article = article
        facts = prepared.facts
        copyShingles = prepared.copyShingles
        passageShingles = prepared.passageShingles
        eventDays = prepared.eventDays
        terms = prepared.terms
    }

    /// Prepares an article whose facts are already known (read back from the index), skipping fact extraction.
    ///
    /// Facts extracted on the night an article was added stay its facts: re-extracting with a later reference date
    /// could resolve an undated "Tuesday" differently and report a change that no source made.
    init(article: Article, knownFacts: ArticleFacts, options: PipelineOptions) {
        self.article = article
        facts = knownFacts
        let body = article.text
        // Tokenise and hash once: the terms and both shingle sizes come from the same token hashes.
        var tokens: [UInt64] = []
        terms = EventTerms(title: article.title, text: body, seed: options.seed, textTokenHashes: &tokens)
        copyShingles = ShingleSet(Shingler(size: options.shingleSize, seed: options.seed).shingles(tokenHashes: tokens))
        passageShingles = ShingleSet(Shingler(size: 4, seed: options.seed).shingles(tokenHashes: tokens))
        eventDays = facts.dates.filter { $0.role == .event && $0.grain == .day && $0.date != nil }
    }
}
