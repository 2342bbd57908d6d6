import CrossCheckModel
import Ingest
import Reports
import TextCore

/// The articles of a run with the account of every input: what became an article, what was skipped and why.
public struct LoadedBatch: Sendable {
    public var articles: [Article]
    public var summary: RunSummary

    /// Reads every input on all cores, detects missing languages and drops duplicate ids.
    ///
    /// A duplicate id would make two articles indistinguishable in every report, so the second is skipped with a
    /// reason naming the first, and nothing is silently lost.
    public static func load(paths: [String]) -> LoadedBatch {
        let collected = InputCollector.collect(paths: paths)
        let items = collected.items
        let perItem = ParallelMap.map(items) { item in
            ArticleReader.read(item, manifest: collected.manifest(for: item))
        }
        var outcomes = collected.rejected
        for group in perItem { outcomes.append(contentsOf: group) }

        var articles: [Article] = []
        var records: [InputRecord] = []
        var firstOrigin: [String: String] = [:]
        var processed = 0
        var skipped = 0
        var failed = 0
        for outcome in outcomes {
            switch outcome.status {
            case .processed:
                guard var article = outcome.article else { continue }
                if let earlier = firstOrigin[article.id] {
                    skipped += 1
                    records.append(
                        InputRecord(
                            origin: outcome.origin, status: .skipped,
                            reason: "duplicate id \(article.id) (already read from \(earlier))"))
                    continue
                }
                firstOrigin[article.id] = outcome.origin
                if article.language == .unknown {
                    article.language = LanguageDetector.detect((article.title ?? "") + "\n" + article.text)
                }
                processed += 1
                articles.append(article)
            case .skipped:
                skipped += 1
                records.append(InputRecord(origin: outcome.origin, status: .skipped, reason: reason(of: outcome)))
            case .failed:
                failed += 1
                records.append(InputRecord(origin: outcome.origin, status: .failed, reason: reason(of: outcome)))
            }
        }
        let summary = RunSummary(
            inputs: outcomes.count, processed: processed, skipped: skipped, failed: failed, records: records)
        return LoadedBatch(articles: articles, summary: summary)
    }

    /// The outcome's reason without the leading origin that ingest messages carry for standalone use, since the
    /// summary already names the input.
    private static func reason(of outcome: RecordOutcome) -> String {
        let reason = outcome.reason ?? "no reason given"
        let prefix = outcome.origin + ": "
        return reason.hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason
    }

    public init(articles: [Article], summary: RunSummary) {
        self.articles = articles
        self.summary = summary
    }
}
