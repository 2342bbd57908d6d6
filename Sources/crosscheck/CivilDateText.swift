import CrossCheckModel

/// Day numbers (days since 1970-01-01) as the index stores them, printed as ISO dates.
enum CivilDateText {
    static func iso(_ days: Int) -> String { CivilDate(daysSinceEpoch: days).iso }
}
