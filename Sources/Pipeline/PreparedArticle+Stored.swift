import CrossCheckModel
import Facts
import Similarity

extension PreparedArticle {
    /// Prepares an article whose facts are already known (read back from the index), skipping fact extraction.
    ///
    /// Facts extracted on the night an article was added stay its facts: re-extracting with a later reference date
    /// could resolve an undated "Tuesday" differently and report a change that no source made.
    init(article: Article, knownFacts: ArticleFacts, options: PipelineOptions) {
        self.article = article
        facts = knownFacts
        let body = article.text
        copyShingles = Shingler(size: options.shingleSize, seed: options.seed).shingleSet(in: body)
        passageShingles = Shingler(size: 4, seed: options.seed).shingleSet(in: body)
        contentWords = ShingleSet(PreparedArticle.contentWordHashes(of: body, seed: options.seed))
    }
}
