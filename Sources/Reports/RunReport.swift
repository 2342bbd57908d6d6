import CrossCheckModel

/// Everything one run found, as the writers render it and as `index.json` stores it.
///
/// The schema is versioned by `schema` ("crosscheck.report/1") and documented field by field in
/// docs/report-format.md; a field is only ever added in a compatible way within one version. Nothing here holds a
/// wall-clock time unless the caller sets `generatedAt`, so two runs over the same input give byte-identical reports.
public struct RunReport: Hashable, Codable, Sendable {
    /// The schema this version of the code writes.
    public static let currentSchema = "crosscheck.report/1"

    public var schema: String
    public var toolVersion: String
    /// When the report was made, as the caller formatted it; absent unless asked for, to keep output reproducible.
    public var generatedAt: String?
    /// The day that stood for "today" when resolving dates with no year and no publication date.
    public var referenceDate: CivilDate
    /// The options the run used, by option name, values as strings ("threshold": "0.5").
    public var options: [String: String]
    public var summary: RunSummary
    public var groups: [GroupReport]

    public init(
        toolVersion: String, generatedAt: String? = nil, referenceDate: CivilDate, options: [String: String] = [:],
        summary: RunSummary, groups: [GroupReport], schema: String = RunReport.currentSchema
    ) {
        self.schema = schema
        self.toolVersion = toolVersion
        self.generatedAt = generatedAt
        self.referenceDate = referenceDate
        self.options = options
        self.summary = summary
        self.groups = groups
    }

    /// Groups as an index lists them: most conflicts first, then the largest conflict, then the larger group,
    /// then by id, so the stories where sources disagree most are read first.
    public var groupsByConflict: [GroupReport] {
        groups.sorted { left, right in
            let (l, r) = (left.comparison, right.comparison)
            if l.counts.conflicts != r.counts.conflicts { return l.counts.conflicts > r.counts.conflicts }
            if l.largestConflict != r.largestConflict { return l.largestConflict > r.largestConflict }
            if left.members.count != right.members.count { return left.members.count > right.members.count }
            return left.id < right.id
        }
    }
}
