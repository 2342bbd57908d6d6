import Foundation
import Pipeline

/// The figures a near-copy command prints: one JSON object, for scripts, plus a short human summary.
struct NearCopyStats {
    var fields: [(String, String)] = []

    mutating func add(_ key: String, _ value: Double) { fields.append((key, String(format: "%.4f", value))) }
    mutating func add(_ key: String, _ value: Int) { fields.append((key, "\(value)")) }

    mutating func add(_ prefix: String, _ time: StageTime) {
        add(prefix + "_wall_s", time.wallSeconds)
        add(prefix + "_cpu_s", time.cpuSeconds)
    }

    mutating func addCorpus(_ corpus: SignedCorpus) {
        add("docs", corpus.count)
        add("failed", corpus.failures.count)
        add("text_mb", Double(corpus.textBytes) / 1e6)
        add("read", corpus.readTime)
        add("sign", corpus.signTime)
        let cpu = max(corpus.signTime.cpuSeconds, 1e-9)
        add("sign_docs_per_cpu_s", Double(corpus.count) / cpu)
        add("sign_mb_per_cpu_s", Double(corpus.textBytes) / 1e6 / cpu)
    }

    var json: String { "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}" }

    /// Writes the JSON to `path` when given, and the summary plus any failed input to standard error.
    func emit(statsPath: String?, failures: [String]) throws {
        if let statsPath {
            try Data((json + "\n").utf8).write(to: URL(fileURLWithPath: statsPath))
        }
        var text = fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ") + "\n"
        for failure in failures.prefix(20) { text += "crosscheck: failed: \(failure)\n" }
        if failures.count > 20 { text += "crosscheck: … and \(failures.count - 20) more failed inputs\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
