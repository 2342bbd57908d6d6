import CrossCheckModel
import Reports

/// The batch job: ingest, prepare (facts, shingles), group by event, compare facts, assemble the report.
///
///     let run = Pipeline(options: PipelineOptions(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!))
///         .run(paths: ["samples"])
///     try run.write(to: "reports", formats: ReportFormat.allCases)
public struct Pipeline: Sendable {
    /// The version written into reports and printed by `--version`.
    public static let toolVersion = "0.1.0"

    public var options: PipelineOptions

    public init(options: PipelineOptions) {
        self.options = options
    }

    /// Reads `paths` (files or folders) and analyses every article found.
    public func run(paths: [String]) -> PipelineRun {
        var timings = StageTimings()
        let batch = timings.measure("ingest") { LoadedBatch.load(paths: paths) }
        var run = analyze(batch)
        timings.append(run.timings)
        run.timings = timings
        return run
    }

    /// Groups the batch's articles by event and compares facts within each group.
    public func analyze(_ batch: LoadedBatch) -> PipelineRun {
        var timings = StageTimings()
        let prepared = timings.measure("facts, shingles, terms") { prepare(batch.articles) }
        let grouping = EventGrouper(options: options).group(prepared)
        timings.append(grouping.timings)
        let assembler = ReportAssembler(options: options)
        let ordered = grouping.clusters.sorted { $0.members[0] < $1.members[0] }
        // Each group's comparison and report are independent of the others': on every core.
        let groups = timings.measure("comparison and report") {
            ParallelMap.map(Array(ordered.enumerated())) { ordinal, cluster in
                assembler.groupReport(
                    id: ReportAssembler.groupID(ordinal + 1, of: ordered.count), members: cluster.members,
                    cohesion: cluster.minPairwiseSimilarity, average: cluster.averageSimilarity, articles: prepared,
                    assessments: grouping.assessments, verifier: grouping.verifier)
            }
        }
        var explanations: [PairExplanation] = []
        if options.collectExplanations, let verifier = grouping.verifier {
            let clusterOf = grouping.clusterOf
            explanations = grouping.assessed.map {
                PairExplanation($0, articles: prepared, clusterOf: clusterOf, verifier: verifier)
            }
        }
        return PipelineRun(
            report: makeReport(summary: batch.summary, groups: groups), timings: timings,
            explanations: explanations)
    }

    /// Compares the given articles as one group, whatever grouping would say, and keeps the pair evidence so the
    /// reader sees whether they really report the same event.
    public func compare(paths: [String]) -> PipelineRun {
        let batch = LoadedBatch.load(paths: paths)
        let prepared = prepare(batch.articles)
        let grouping = EventGrouper(options: options).group(prepared)
        // Every assessed pair, not only those within a cluster: the articles compared are one group here.
        var assessments: [EventGrouper.PairKey: PairAssessment] = [:]
        for assessment in grouping.assessed {
            assessments[EventGrouper.PairKey(assessment.first, assessment.second)] = assessment
        }
        let verifier = grouping.verifier ?? PairVerifier(articles: prepared, options: options)
        for i in prepared.indices {
            for j in prepared.indices where j > i && assessments[EventGrouper.PairKey(i, j)] == nil {
                assessments[EventGrouper.PairKey(i, j)] = verifier.assess(i, j)
            }
        }
        let members = Array(prepared.indices)
        var groups: [GroupReport] = []
        if !members.isEmpty {
            let scores = members.flatMap { i in
                members.filter { $0 > i }.map { assessments[EventGrouper.PairKey(i, $0)]?.score ?? 0 }
            }
            groups.append(
                ReportAssembler(options: options).groupReport(
                    id: "compare", members: members, cohesion: scores.min() ?? 1,
                    average: scores.isEmpty ? 1 : scores.reduce(0, +) / Double(scores.count), articles: prepared,
                    assessments: assessments, verifier: verifier))
        }
        return PipelineRun(report: makeReport(summary: batch.summary, groups: groups))
    }

    private func prepare(_ articles: [Article]) -> [PreparedArticle] {
        let options = self.options
        return ParallelMap.map(articles) { PreparedArticle(article: $0, options: options) }
    }

    private func makeReport(summary: RunSummary, groups: [GroupReport]) -> RunReport {
        RunReport(
            toolVersion: Pipeline.toolVersion, referenceDate: options.referenceDate, options: options.reportValues,
            summary: summary, groups: groups)
    }
}
