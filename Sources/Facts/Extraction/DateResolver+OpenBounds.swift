import CrossCheckModel

/// A resolved date made one end of an open period ("since 2014", "before 2018"), as Recognizers-Text and Duckling
/// resolve them.
extension DateResolver {
    /// - since: from the date's first day, open at the end.
    /// - after: from its first day ("après le 1er novembre"), or from the next month or year after a month or a year
    ///   alone ("after 2010" is 2011 on, "après février 2018" March 2018 on).
    /// - before: open at the start, ending on the date's first day ("before 2018": up to 1 January 2018), or on the
    ///   day after an "end of" period ("by the end of December").
    /// - through: open at the start, ending on the day after the date ("2012 or earlier").
    /// "until December 5" on 20 November: the day and month without a year are the occurrence nearest the
    /// publication date, ahead as often as behind (the news reading of a bare date looks back).
    func nearestYear(_ resolved: Resolved, mention: DateMention) -> Resolved {
        guard mention.year == nil, mention.day != nil, mention.month != nil, mention.expression == nil,
            let published, let date = resolved.date, date < published,
            let ahead = CivilDate(year: date.year + 1, month: date.month, day: date.day)
        else { return resolved }
        var result = resolved
        if ahead.daysSinceEpoch - published.daysSinceEpoch < published.daysSinceEpoch - date.daysSinceEpoch {
            result.date = ahead
        }
        return result
    }

    func opened(_ resolved: Resolved, side: OpenBound.Side, mention: DateMention) -> Resolved {
        guard resolved.kind != .set, let bounds = span(of: resolved, grain: mention.grain) else { return resolved }
        var result = resolved
        result.kind = .interval
        result.closing = nil
        switch side {
        case .since:
            result.date = bounds.start
            result.end = nil
        case .after:
            let whole =
                (mention.grain == .year || mention.grain == .month) && mention.part == nil
                && mention.expression == nil && mention.relativePeriod == nil
            result.date = whole ? bounds.end : bounds.start
            result.end = nil
        case .before, .until:
            result.date = nil
            result.end = mention.part == .end || mention.part == .late ? bounds.end : bounds.start
        case .through:
            result.date = nil
            result.end = bounds.end
        }
        return result
    }
}
