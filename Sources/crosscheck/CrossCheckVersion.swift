import Pipeline

/// The version printed by `--version`; the same string is written into every JSON report.
enum CrossCheckVersion {
    static let current = Pipeline.toolVersion
}
