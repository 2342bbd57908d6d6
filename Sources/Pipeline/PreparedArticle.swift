import CrossCheckModel
import Facts
import Similarity
import TextCore

/// One article with everything grouping and comparison read from it, computed once per article.
struct PreparedArticle: Sendable {
    var article: Article
    var facts: ArticleFacts
    /// Word 5-gram shingles of the whole text: near-copy detection.
    var copyShingles: ShingleSet
    /// Word 4-gram shingles of the whole text: passages two reports quote alike.
    var passageShingles: ShingleSet
    /// The resolved day-grain dates of the reported event, for the time check between two reports; computed once,
    /// as every candidate pair reads it.
    var eventDays: [DateFact]
    /// Content words, word pairs, names and years for event verification.
    var terms: EventTerms

    init(article: Article, options: PipelineOptions) {
        self.article = article
        let extractor = FactExtractor(referenceDate: options.referenceDate)
        facts = extractor.extract(text: article.text, language: article.language, published: article.published)
        let body = article.text
        copyShingles = Shingler(size: options.shingleSize, seed: options.seed).shingleSet(in: body)
        passageShingles = Shingler(size: 4, seed: options.seed).shingleSet(in: body)
        terms = EventTerms(title: article.title, text: body, seed: options.seed)
        eventDays = facts.dates.filter { $0.role == .event && $0.grain == .day && $0.date != nil }
    }

}
