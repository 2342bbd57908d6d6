import CrossCheckModel
import Ingest
import Reports
import TextCore

/// The account of a run's inputs as their outcomes come in, in input order: the articles, what was skipped or failed
/// and why.
///
/// A duplicate id would make two articles indistinguishable in every report, so the second is skipped with a
/// reason naming the first, and nothing is silently lost. An article without a language gets the detected one.
struct BatchAccount: Sendable {
    private(set) var articles: [Article] = []
    private var records: [InputRecord] = []
    private var firstOrigin: [String: String] = [:]
    private var inputs = 0
    private var processed = 0
    private var skipped = 0
    private var failed = 0

    /// Accounts for one outcome, and returns the article it adds to the batch, if any.
    mutating func take(_ outcome: RecordOutcome) -> Article? {
        inputs += 1
        switch outcome.status {
        case .processed:
            guard var article = outcome.article else { return nil }
            if let earlier = firstOrigin[article.id] {
                skipped += 1
                records.append(
                    InputRecord(
                        origin: outcome.origin, status: .skipped,
                        reason: "duplicate id \(article.id) (already read from \(earlier))"))
                return nil
            }
            firstOrigin[article.id] = outcome.origin
            if article.language == .unknown {
                article.language = LanguageDetector.detect((article.title ?? "") + "\n" + article.text)
            }
            processed += 1
            articles.append(article)
            return article
        case .skipped:
            skipped += 1
            records.append(InputRecord(origin: outcome.origin, status: .skipped, reason: Self.reason(of: outcome)))
        case .failed:
            failed += 1
            records.append(InputRecord(origin: outcome.origin, status: .failed, reason: Self.reason(of: outcome)))
        }
        return nil
    }

    var batch: LoadedBatch {
        LoadedBatch(
            articles: articles,
            summary: RunSummary(
                inputs: inputs, processed: processed, skipped: skipped, failed: failed, records: records))
    }

    /// The outcome's reason without the leading origin that ingest messages carry for standalone use, since the
    /// summary already names the input.
    private static func reason(of outcome: RecordOutcome) -> String {
        let reason = outcome.reason ?? "no reason given"
        let prefix = outcome.origin + ": "
        return reason.hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason
    }
}
