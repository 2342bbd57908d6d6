import Facts

extension CountInterval {
    /// Counts cannot be negative, so an open lower bound is 0.
    var low: Double { Swift.max(min ?? 0, 0) }
    /// An open upper bound is infinite ("more than 2,500").
    var high: Double { max ?? .infinity }

    /// The point of each interval closest to the other: where the two figures come nearest to agreeing.
    ///
    /// Overlapping intervals share a point, returned for both. 200 vs "more than 2,500" gives (200, 2,501).
    func nearestPoints(to other: CountInterval) -> (Double, Double) {
        if high < other.low { return (high, other.low) }
        if other.high < low { return (low, other.high) }
        let shared = Swift.max(low, other.low)
        return (shared, shared)
    }

    /// True when the two figures can both be right once rounding is allowed for.
    ///
    /// Newsrooms round: 2,500 and 2,520, or 10 and 11, are the same toll. Intervals that do not overlap still agree
    /// when the gap between their nearest points is at most 5 % of the larger point, or at most 1.
    ///
    ///     CountInterval.exactly(2500).agrees(with: .exactly(2600))  // true: 100 ≤ 5 % of 2,600
    ///     CountInterval.exactly(200).agrees(with: .exactly(2500))   // false
    func agrees(with other: CountInterval) -> Bool {
        let (mine, theirs) = nearestPoints(to: other)
        let gap = abs(mine - theirs)
        return gap <= Swift.max(1, 0.05 * Swift.max(mine, theirs))
    }

    /// |a − b| / max(a, b) on the nearest points: the smallest disagreement both texts allow. 0 when they overlap.
    func relativeDifference(to other: CountInterval) -> Double {
        let (mine, theirs) = nearestPoints(to: other)
        let largest = Swift.max(mine, theirs)
        return largest > 0 ? abs(mine - theirs) / largest : 0
    }
}
