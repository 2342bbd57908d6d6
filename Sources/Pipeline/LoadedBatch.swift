import CrossCheckModel
import Ingest
import Reports

/// The articles of a run with the account of every input: what became an article, what was skipped and why.
public struct LoadedBatch: Sendable {
    public var articles: [Article]
    public var summary: RunSummary

    /// Reads every input on all cores, detects missing languages and drops duplicate ids (see ``BatchAccount``).
    ///
    /// - Parameter onArticle: called with each article of the batch, in batch order, as soon as it and every input
    ///   before it are read, while later inputs are still being read; on the reading threads, one call at a time.
    public static func load(paths: [String], onArticle: (@Sendable (Article) -> Void)? = nil) -> LoadedBatch {
        let collected = InputCollector.collect(paths: paths)
        let items = collected.items
        var account = BatchAccount()
        for outcome in collected.rejected {
            if let article = account.take(outcome) { onArticle?(article) }
        }
        let outcomes = OrderedOutcomes(inputs: items.count, account: account, onArticle: onArticle)
        _ = ParallelMap.map(Array(items.indices)) { index in
            ArticleReader.forEach(items[index], manifest: collected.manifest(for: items[index])) {
                outcomes.emit($0, from: index)
            }
            outcomes.finish(index)
        }
        return outcomes.batch
    }

    public init(articles: [Article], summary: RunSummary) {
        self.articles = articles
        self.summary = summary
    }
}
