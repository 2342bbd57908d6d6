/// Which part of a period a word names: "beginning of", "mid", "fin de", "أواخر".
enum PeriodPart: Sendable, Hashable {
    case beginning, middle, end
    /// "late last year", "late July": the second half of a month or a year (the end of a week).
    case late
}
