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
    /// Distinct content words (stop words removed, Arabic light-stemmed) as hashes: topical overlap.
    var contentWords: ShingleSet

    init(article: Article, options: PipelineOptions) {
        self.article = article
        let extractor = FactExtractor(referenceDate: options.referenceDate)
        facts = extractor.extract(text: article.text, language: article.language, published: article.published)
        let body = article.text
        copyShingles = Shingler(size: options.shingleSize, seed: options.seed).shingleSet(in: body)
        passageShingles = Shingler(size: 4, seed: options.seed).shingleSet(in: body)
        contentWords = ShingleSet(PreparedArticle.contentWordHashes(of: body, seed: options.seed))
    }

    /// Hashes of the content words of `text`, with Arabic clitics and affixes stripped so that "والوزير" and
    /// "الوزير" count as one word.
    static func contentWordHashes(of text: String, seed: UInt64) -> [UInt64] {
        let stopWords = StopWords.hashSet(language: nil, seed: seed)
        var hashes: [UInt64] = []
        for token in Tokenizer.tokens(in: text) where token.kind == .word {
            if stopWords.contains(Hash64.hash(token.text, seed: seed)) { continue }
            hashes.append(Hash64.hash(ArabicStemmer.stem(token.text), seed: seed))
        }
        return hashes
    }

    /// The resolved day-grain dates of the reported event, for the temporal check between two reports.
    var eventDays: [DateFact] {
        facts.dates.filter { $0.role == .event && $0.grain == .day && $0.date != nil }
    }
}
