import CrossCheckModel

/// Places "the closest Monday to Oct 5th" (DateParser+Closest.swift).
extension DateResolver {
    /// The candidate days nearest the target's date, ranked by distance (the earlier first on a tie).
    ///
    /// "the closest xmas to today" on 12 February 2013 is 25 December 2012; "the 3rd closest" is 2011's, after
    /// 2012's and 2013's.
    func closest(_ mention: DateMention, to target: DateMention) -> Resolved {
        let around = resolve(target)
        var result = Resolved(date: nil, resolution: around.resolution, weekdayMismatch: false, grain: .day)
        guard let center = around.date else { return result }
        let rank = max(mention.closestRank, 1)
        var candidates: [CivilDate] = []
        if let weekday = mention.weekday {
            let ahead = (weekday.rawValue - center.weekday.rawValue + 7) % 7
            for week in -rank...rank { candidates.append(center.adding(days: ahead + 7 * week)) }
        } else if case .holiday(let rule, _, _) = mention.expression {
            for year in center.year - rank - 1...center.year + rank + 1 {
                if let date = rule.date(in: year) { candidates.append(date) }
            }
        }
        let day = center.daysSinceEpoch
        candidates.sort {
            (abs($0.daysSinceEpoch - day), $0.daysSinceEpoch) < (abs($1.daysSinceEpoch - day), $1.daysSinceEpoch)
        }
        if rank <= candidates.count { result.date = candidates[rank - 1] }
        return result
    }
}
