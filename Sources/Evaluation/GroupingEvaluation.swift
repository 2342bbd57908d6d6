import Pipeline

/// `crosscheck evaluate groups`: crosscheck's shipped defaults beside the two baselines, on one gold file.
public struct GroupingEvaluation: Sendable {
    public struct Row: Sendable {
        public var system: String
        public var scores: ClusteringScores
        /// The threshold an oracle baseline picked on the gold labels; nil for crosscheck's fixed defaults.
        public var oracleThreshold: Double?
        public var seconds: Double

        public init(system: String, scores: ClusteringScores, oracleThreshold: Double?, seconds: Double) {
            self.system = system
            self.scores = scores
            self.oracleThreshold = oracleThreshold
            self.seconds = seconds
        }
    }

    public var options: PipelineOptions
    public var includeBaselines: Bool

    public init(options: PipelineOptions, includeBaselines: Bool = true) {
        self.options = options
        self.includeBaselines = includeBaselines
    }

    public func run(_ gold: GoldClustering) -> [Row] {
        let articles = gold.batch.articles
        let ids = articles.map(\.id)
        func score(_ groups: [[Int]]) -> ClusteringScores {
            let labels = gold.labels(predictedGroups: groups.map { $0.map { ids[$0] } })
            return ClusteringScores(gold: labels.gold, predicted: labels.predicted)
        }
        var rows: [Row] = []
        var clock = StageTime()
        let run = clock.measure { Pipeline(options: options).analyze(gold.batch) }
        let groups = run.report.groups.map { $0.members.map(\.id) }
        let labels = gold.labels(predictedGroups: groups)
        rows.append(
            Row(
                system: "crosscheck (defaults)",
                scores: ClusteringScores(gold: labels.gold, predicted: labels.predicted),
                oracleThreshold: nil, seconds: clock.wallSeconds))
        guard includeBaselines else { return rows }
        let texts = articles.map { ($0.title.map { $0 + "\n" } ?? "") + $0.text }
        var tfidfClock = StageTime()
        let tfidf = tfidfClock.measure { TFIDFBaseline().oracle(texts: texts, score: score) }
        rows.append(
            Row(
                system: "TF-IDF average linkage (oracle threshold)", scores: tfidf.0, oracleThreshold: tfidf.1,
                seconds: tfidfClock.wallSeconds))
        var minhashClock = StageTime()
        let minhash = minhashClock.measure { MinHashBaseline().oracle(texts: texts, score: score) }
        rows.append(
            Row(
                system: "word 5-gram MinHash LSH (oracle threshold)", scores: minhash.0, oracleThreshold: minhash.1,
                seconds: minhashClock.wallSeconds))
        return rows
    }
}
