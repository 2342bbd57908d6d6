/// Why time rules a pair of articles out, kept as a case so that an assessment is plain data: a night assesses
/// over a million pairs and copies each several times, and a worded reason per vetoed pair made every copy count
/// references and every veto build a string. ``PairVerifier/reasons(for:)`` words it from the two articles.
enum TimeVeto: UInt8, Sendable {
    /// Publication dates further apart than the window.
    case publishedApart
    /// Both articles write years, none in common.
    case noYearInCommon
    /// Both give event dates, none within a day of the other's.
    case eventDatesDiffer
}
