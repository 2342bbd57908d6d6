import CrossCheckModel

/// Places "the first six months of 2023", "the last 3 weeks of this year", "first half of 2023".
extension DateResolver {
    /// The slice of a resolved month or year: its first or last units, or a half (six months of a year, the 1st to
    /// the 15th of a month or the 16th to its end). The last weeks of a period are whole weeks that end on the
    /// Monday the period's end falls in ("the last 3 weeks of 2019": 9 to 29 December).
    func sliced(_ resolved: Resolved, grain: DateFact.Grain, _ slice: DateParser.PeriodSlice) -> Resolved {
        guard let whole = span(of: resolved, grain: grain) else { return resolved }
        var result = resolved
        result.kind = .interval
        result.closing = nil
        guard let unit = slice.unit else {
            let middle =
                grain == .month
                ? whole.start.adding(days: 15) : Self.add(6, .month, to: whole.start)
            (result.date, result.end) = slice.fromEnd ? (middle, whole.end) : (whole.start, middle)
            result.grain = grain == .month ? .day : .month
            return result
        }
        result.grain = unit == .week ? .day : unit.grain
        if slice.fromEnd {
            let last = unit == .week ? Self.start(of: .week, containing: whole.end) : whole.end
            (result.date, result.end) = (Self.add(-Int(slice.count), unit, to: last), last)
        } else {
            (result.date, result.end) = (whole.start, Self.add(Int(slice.count), unit, to: whole.start))
        }
        return result
    }
}
