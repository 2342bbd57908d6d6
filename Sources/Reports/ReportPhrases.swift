import Comparison
import CrossCheckModel
import Facts

/// The English words reports use for figures, dates and verdicts, shared by the Markdown and HTML writers.
///
/// Phrases are plain text: each writer escapes them, and the quoted article text inside them, for its format.
enum ReportPhrases {
    /// "2,500", "12.5": thousands grouped with commas, whatever the machine's locale.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        let rounded = value.rounded()
        guard abs(value - rounded) > 1e-9 else { return grouped(Int64(rounded)) }
        let tenths = (value * 10).rounded()
        return grouped(Int64(tenths / 10)) + "." + String(Int64(abs(tenths)) % 10)
    }

    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// "92 %" for 0.92.
    static func percent(_ share: Double) -> String { "\(Int64((share * 100).rounded())) %" }

    /// "0.83": two decimals for similarities.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
    }

    /// An interval in words: "200", "2,501 or more", "up to 100", "27–33".
    static func interval(_ count: CountInterval) -> String {
        switch (count.min, count.max) {
        case (let low?, let high?) where low == high: return number(low)
        case (let low?, let high?): return "\(number(low))–\(number(high))"
        case (let low?, nil): return "\(number(low)) or more"
        case (nil, let high?): return "up to \(number(high))"
        case (nil, nil): return "unknown"
        }
    }

    /// The figure with the qualifier the text used: "more than 2,500", "about 30", "hundreds (200–999)".
    static func figure(_ fact: CasualtyFact) -> String {
        guard let stated = fact.stated else {
            return "\(fact.qualifier == .vague ? "vague" : "figure") (\(interval(fact.count)))"
        }
        let value = number(stated)
        switch fact.qualifier {
        case .exact, .implied: return value
        case .moreThan: return "more than \(value)"
        case .atLeast: return "at least \(value)"
        case .about: return "about \(value)"
        case .upTo: return "up to \(value)"
        case .lessThan: return "fewer than \(value)"
        case .range, .vague: return interval(fact.count)
        }
    }

    /// The figure with who it counts: "of them 22 أمريكيا", "30 civilians", "more than 2,500".
    static func figureWithSubject(_ fact: CasualtyFact) -> String {
        let figure = figure(fact)
        switch (fact.relation, fact.subject) {
        case (.among, let subject?): return "of them \(figure) \(subject)"
        case (.among, nil): return "of them \(figure)"
        case (.whole, let subject?): return "\(figure) \(subject)"
        case (.whole, nil): return figure
        }
    }

    /// How a date was placed on the calendar, when it was not written out in full.
    static func resolutionNote(_ resolution: DateFact.Resolution) -> String? {
        switch resolution {
        case .explicit: return nil
        case .fromPublication: return "year from publication date"
        case .inferredFromWeekday: return "year inferred from weekday"
        case .inferredFromReference: return "year inferred from reference date"
        case .relative: return "relative to publication date"
        case .unresolved: return "unresolved"
        }
    }

    /// "2023-10-11 (year inferred from weekday)"; a weekday that does not fit the date is pointed out.
    static func date(_ fact: DateFact) -> String {
        var notes: [String] = []
        if let note = resolutionNote(fact.resolution) { notes.append(note) }
        if fact.grain != .day { notes.append("\(fact.grain.rawValue) only") }
        if fact.weekdayMismatch, let weekday = fact.weekday {
            notes.append("text says \(weekday.englishName), which does not fit")
        }
        let day = fact.date?.iso ?? "no date"
        return notes.isEmpty ? day : "\(day) (\(notes.joined(separator: "; ")))"
    }

    static func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .conflict: return "conflict"
        case .update: return "update"
        case .agree: return "agree"
        case .single: return "single source"
        }
    }

    /// "killed", "killed, among them american".
    static func key(_ key: FactKey) -> String { key.description }

    /// A source's name: its outlet, else its article id; with the publication date when known.
    static func source(articleID: String, outlet: String?, published: CivilDate?) -> String {
        let name = outlet ?? articleID
        guard let published else { return name }
        return "\(name), \(published.iso)"
    }

    /// What a row's verdict means in a sentence, for the line under its heading.
    static func explanation(_ row: FactRow) -> String {
        switch row.verdict {
        case .conflict:
            let size = row.relativeDifference.map { " by at least \(percent($0))" } ?? ""
            if row.differentAuthorities {
                return "Figures differ\(size), but they come from different authorities: compare the sources, "
                    + "not the outlets."
            }
            return "Figures differ\(size), more than rounding explains."
        case .update:
            guard let change = row.change else { return "A later report gives a higher figure." }
            let newest = row.entries.first { $0.articleID == change.toArticleID }
            let oldest = row.entries.first { $0.articleID == change.fromArticleID }
            let newText = newest.map { figure($0.fact) } ?? interval(change.to)
            let oldText = oldest.map { figure($0.fact) } ?? interval(change.from)
            let newName = source(articleID: change.toArticleID, outlet: newest?.outlet, published: change.toPublished)
            let oldName = source(
                articleID: change.fromArticleID, outlet: oldest?.outlet, published: change.fromPublished)
            return "Update, not a contradiction: the newest report (\(newName)) gives \(newText), up from \(oldText) "
                + "(\(oldName))."
        case .agree: return "Sources agree, allowing for rounding."
        case .single: return "Only one source gives this figure."
        }
    }

    /// A quantity row's heading: "numbers before “عام”", or "numbers after “عمر”" for a row aligned by the word
    /// before the numbers.
    static func unit(_ unit: String) -> String {
        if unit.isEmpty { return "bare numbers" }
        if unit == GroupComparator.custodyUnit {
            return "the same number of people held in one source, freed in another"
        }
        if unit.hasSuffix(" …") { return "numbers after “\(unit.dropLast(2))”" }
        return "numbers before “\(unit)”"
    }

    static func reason(_ reason: UncomparedFact.Reason) -> String {
        switch reason {
        case .negated: return "negated"
        case .hypothetical: return "hypothetical"
        case .historical: return "historical"
        case .superseded: return "superseded by a larger figure in the same article"
        case .unresolvedDate: return "date not resolved"
        case .coarseDate: return "month or year only"
        case .openRange: return "open-ended period (since, before, until)"
        }
    }
}
