import CrossCheckModel
import Facts

extension GroupComparator {
    /// How two entries of a row relate.
    enum PairOutcome: Equatable {
        case agree
        case conflict
        /// The later-published entry has the higher figure.
        case update
    }

    /// The verdict for one key, from every pair of its entries: any conflict makes a conflict, otherwise any rise
    /// between publication days makes an update, otherwise the sources agree.
    static func row(for key: FactKey, entries: [FactEntry]) -> FactRow {
        guard entries.count > 1 else { return FactRow(key: key, verdict: .single, entries: entries) }
        var conflictSize = 0.0
        var hasConflict = false
        var hasUpdate = false
        var differentAuthorities = false
        for first in entries.indices {
            for second in entries.indices where second > first {
                switch outcome(entries, first, second) {
                case .agree: break
                case .update: hasUpdate = true
                case .conflict:
                    hasConflict = true
                    let (a, b) = (entries[first].fact, entries[second].fact)
                    let (x, y) = comparedCounts(a, b)
                    conflictSize = max(conflictSize, x.relativeDifference(to: y))
                    if areDifferentAuthorities(a.attribution, b.attribution) { differentAuthorities = true }
                }
            }
        }
        if hasConflict {
            return FactRow(
                key: key, verdict: .conflict, entries: entries, relativeDifference: conflictSize,
                differentAuthorities: differentAuthorities)
        }
        if hasUpdate, let change = change(in: entries) {
            return FactRow(key: key, verdict: .update, entries: entries, change: change)
        }
        return FactRow(key: key, verdict: .agree, entries: entries)
    }

    static func outcome(_ entries: [FactEntry], _ first: Int, _ second: Int) -> PairOutcome {
        let (a, b) = (entries[first], entries[second])
        let (aCount, bCount) = comparedCounts(a.fact, b.fact)
        if aCount.agrees(with: bCount) { return .agree }
        guard let aDay = a.published, let bDay = b.published, aDay != bDay else { return .conflict }
        let (was, now) = aDay < bDay ? aCount.nearestPoints(to: bCount) : bCount.nearestPoints(to: aCount)
        return now > was ? .update : .conflict
    }

    /// How far above a stated lower bound a precise figure from another source still agrees with it: "more than
    /// 2,500" and 2,600 agree, "at least 27" and 35 do not.
    public static let lowerBoundReach = 1.2

    /// The intervals two figures are compared by: their counts, except for lower bounds against other figures.
    ///
    /// "At least 58" and "at least 72" overlap when read literally, yet two sources that each give the least toll
    /// they know report different tolls: an editor reads 58 against 72, so two lower bounds are compared by the
    /// figures they state. Against a precise figure, a lower bound reaches `lowerBoundReach` times its figure (the
    /// stored interval stays open; `CountInterval.agrees(with:)` alone keeps the wider plausible bound).
    static func comparedCounts(_ a: CasualtyFact, _ b: CasualtyFact) -> (CountInterval, CountInterval) {
        let bounds: Set<Qualifier> = [.moreThan, .atLeast]
        switch (bounds.contains(a.qualifier) ? a.stated : nil, bounds.contains(b.qualifier) ? b.stated : nil) {
        case (let x?, let y?): return (.exactly(x), .exactly(y))
        case (let x?, nil) where b.count.max != nil: return (reach(a.count, x), b.count)
        case (nil, let y?) where a.count.max != nil: return (a.count, reach(b.count, y))
        default: return (a.count, b.count)
        }
    }

    private static func reach(_ count: CountInterval, _ stated: Double) -> CountInterval {
        CountInterval(min: count.min, max: Swift.max(count.min ?? stated, stated * lowerBoundReach))
    }

    /// The earliest dated entry against the newest one (on a tie of days, the higher figure).
    static func change(in entries: [FactEntry]) -> FigureChange? {
        let dated = entries.filter { $0.published != nil }
        guard let oldest = dated.min(by: { $0.published! < $1.published! }),
            let newest = dated.max(by: { left, right in
                if left.published! != right.published! { return left.published! < right.published! }
                return left.fact.count.low < right.fact.count.low
            })
        else { return nil }
        return FigureChange(
            fromArticleID: oldest.articleID, fromPublished: oldest.published!, from: oldest.fact.count,
            toArticleID: newest.articleID, toPublished: newest.published!, to: newest.fact.count,
            relativeChange: oldest.fact.count.relativeDifference(to: newest.fact.count))
    }

    /// True when both figures name who gave them and the names are not the same authority.
    ///
    /// Names are compared case-blind with spacing and a leading "the" ignored, and one name inside the other counts
    /// as the same authority ("the health ministry" and "the Palestinian health ministry"; "وزارة الصحة" and
    /// "وزارة الصحة الفلسطينية"). Names in different languages are not matched: they read as different authorities.
    static func areDifferentAuthorities(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        let (a, b) = (normalizedAuthority(first), normalizedAuthority(second))
        guard !a.isEmpty, !b.isEmpty else { return false }
        return !(" \(a) ".contains(" \(b) ") || " \(b) ".contains(" \(a) "))
    }

    static func normalizedAuthority(_ name: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
