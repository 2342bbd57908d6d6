import CrossCheckModel

/// Places spans of days ("for 3 days from today": DateParser+Duration.swift).
extension DateResolver {
    /// The span from the date's first day for `count` units: it closes on the first day plus the count and ends,
    /// exclusive, the day after ("18th Dec for 10 days" closes on 28 December: 18 to 29 December).
    func spanned(_ resolved: Resolved, by duration: (unit: DateUnit, count: Int)) -> Resolved {
        guard let start = resolved.date else { return resolved }
        var result = resolved
        let closing = Self.add(duration.count, duration.unit, to: start)
        result.kind = .interval
        result.grain = .day
        (result.date, result.end, result.closing) = (start, closing.adding(days: 1), closing)
        return result
    }
}
