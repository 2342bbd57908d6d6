import Facts

extension CountInterval {
    /// How far above its lower bound an open-ended figure is read as plausible: "more than 200" stands for 201–402.
    ///
    /// Read literally, "more than 200" and "more than 2,500" overlap (any toll above 2,500 fits both), so they would
    /// agree; no editor reads them that way. A writer who knew of far more than twice the figure would have named a
    /// larger one, so an open upper bound is taken as twice the lower bound for comparison. The stored interval stays
    /// open; only agreement and difference use the bound. docs/report-format.md documents the rule.
    public static let plausibleUpperFactor = 2.0

    /// Counts cannot be negative, so an open lower bound is 0.
    var low: Double { Swift.max(min ?? 0, 0) }

    /// The upper bound used for comparison: the stated one, or `plausibleUpperFactor` times the lower bound when the
    /// text left it open ("more than 2,500" → 5,002); infinite only when both bounds are open.
    var high: Double {
        if let max { return max }
        guard let min, min > 0 else { return .infinity }
        return min * Self.plausibleUpperFactor
    }

    /// The point of each interval closest to the other: where the two figures come nearest to agreeing.
    ///
    /// Overlapping intervals share a point, returned for both. 200 vs "more than 2,500" gives (200, 2,501); "more
    /// than 200" vs "more than 2,500" gives (402, 2,501).
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
    ///     CountInterval(min: 201, max: nil).agrees(with: CountInterval(min: 2501, max: nil))  // false
    public func agrees(with other: CountInterval) -> Bool {
        let (mine, theirs) = nearestPoints(to: other)
        let gap = abs(mine - theirs)
        return gap <= Swift.max(1, 0.05 * Swift.max(mine, theirs))
    }

    /// |a − b| / max(a, b) on the nearest points: the smallest disagreement both texts allow. 0 when they overlap.
    public func relativeDifference(to other: CountInterval) -> Double {
        let (mine, theirs) = nearestPoints(to: other)
        let largest = Swift.max(mine, theirs)
        return largest > 0 ? abs(mine - theirs) / largest : 0
    }
}
