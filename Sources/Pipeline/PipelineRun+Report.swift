import Reports

extension PipelineRun {
    /// A run made of an already assembled report: the nightly run reads its groups back from the index.
    public init(assembled report: RunReport) {
        self.report = report
    }
}
