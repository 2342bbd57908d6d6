import CrossCheckModel

/// A night whose grouping is stored in the index but whose report files could not be written (a full disk, a folder
/// that refuses them).
///
/// The reports are written while the night's commit runs, and the error is only raised once the commit has ended: the
/// index then holds tonight's articles, groups and change records, and running the same night again (same inputs,
/// same reference date) adds nothing and writes the same reports from those records. A nightly job's operator needs to
/// know that the failure cost only the files, not the night, hence an error of its own rather than the writer's.
///
///     catch let error as UnwrittenReports { print("\(error.underlying); rerun night \(error.night.iso)") }
public struct UnwrittenReports: Error, CustomStringConvertible, Sendable {
    /// The folder the reports were to go to.
    public var directory: String
    /// The night, as its reference date: the date a rerun must give to write the same reports.
    public var night: CivilDate
    /// What the report writer said.
    public var underlying: any Error

    public var description: String {
        "\(underlying) (the night of \(night.iso) is stored; running it again writes its reports)"
    }
}
