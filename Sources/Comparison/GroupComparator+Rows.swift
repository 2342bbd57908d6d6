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
                    conflictSize = max(conflictSize, a.count.relativeDifference(to: b.count))
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
        if a.fact.count.agrees(with: b.fact.count) { return .agree }
        guard let aDay = a.published, let bDay = b.published, aDay != bDay else { return .conflict }
        let (older, newer) = aDay < bDay ? (first, second) : (second, first)
        let (was, now) = entries[older].fact.count.nearestPoints(to: entries[newer].fact.count)
        return now > was ? .update : .conflict
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
