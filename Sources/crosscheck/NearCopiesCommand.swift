import ArgumentParser
import Foundation
import Pipeline

/// `crosscheck near-copies INPUT... --out FILE`: text → verified near-copy groups, fast enough for a million articles.
///
/// Only signatures are kept in memory (512 MB per million articles), candidates from LSH are verified by their
/// estimated Jaccard and grouped by average linkage, so a loose pair never chains two groups. Event grouping with
/// facts is `run`; this is the reprint/wire-copy pass at archive scale.
struct NearCopiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "near-copies",
        abstract: "Find groups of near-copy articles (estimated Jaccard ≥ threshold) in a large corpus.",
        discussion: """
            Writes one JSON line per group of two or more articles: {"group","size","min_similarity","members"}. \
            Exit codes: 0 success; 1 fatal error; 2 written but some inputs failed; 64 usage error.
            """)

    @Argument(help: "Files or folders to read (.jsonl is streamed).")
    var inputs: [String]

    @Option(name: .long, help: "The JSONL file of groups to write.")
    var out: String

    @Option(name: .long, help: "Also write every LSH candidate pair (id, id, estimate, verified) as TSV.")
    var pairs: String?

    @Option(name: .long, help: "Also write the timings and counts as one JSON object to this file.")
    var stats: String?

    @OptionGroup var nearCopy: NearCopyArguments

    func run() throws {
        let options = try nearCopy.options()
        var total = StageTime()
        let (corpus, groups) = try total.measure {
            let corpus = SignedCorpus.sign(paths: inputs, options: options)
            return (corpus, try NearCopyGroups(corpus: corpus, options: options))
        }
        guard corpus.count > 0 else {
            FileHandle.standardError.write(Data("crosscheck: \(NearCopyError.noInput(paths: inputs))\n".utf8))
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        var write = StageTime()
        do {
            try write.measure {
                try NearCopyWriter.writeGroups(groups, ids: corpus.ids, to: out)
                if let pairs { try NearCopyWriter.writePairs(groups, ids: corpus.ids, to: pairs) }
            }
        } catch {
            FileHandle.standardError.write(Data("crosscheck: \(error)\n".utf8))
            throw ExitCode(ExitStatus.fatal.rawValue)
        }
        var figures = NearCopyStats()
        figures.addCorpus(corpus)
        figures.add("bands", groups.parameters.bands)
        figures.add("rows", groups.parameters.rows)
        figures.add("lsh_insert", groups.insertTime)
        figures.add("lsh_query", groups.queryTime)
        figures.add("verify", groups.verifyTime)
        figures.add("cluster", groups.clusterTime)
        figures.add("write", write)
        figures.add("text_to_groups", total)
        figures.add("candidate_pairs", groups.pairs.count)
        figures.add("verified_pairs", groups.verifiedCount)
        figures.add("groups", groups.clusters.count)
        figures.add("peak_rss_mb", Double(StageTime.peakResidentBytes()) / 1_048_576)
        try figures.emit(statsPath: stats, failures: corpus.failures.map { "\($0.origin): \($0.reason)" })
        if !corpus.failures.isEmpty { throw ExitCode(ExitStatus.someInputsFailed.rawValue) }
    }
}
