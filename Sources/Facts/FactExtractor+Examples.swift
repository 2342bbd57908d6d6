import CrossCheckModel

extension FactExtractor {
    /// Renders what the extractor makes of a pattern example, in the compact form its `expected` uses.
    ///
    /// Casualties: "killed more_than [2501, ] american among hypothetical by the health ministry"; dates:
    /// "2023-10-11 day event inferred_from_weekday wednesday mismatch"; numbers: "2500, 22". Several facts are
    /// joined with "; " (numbers with ", ").
    func render(_ example: PatternExample) -> String {
        let facts = extract(text: example.text, language: .unknown, published: example.published)
        switch example.probe {
        case .numbers:
            let numbers = facts.numbers.map {
                ($0.evidence.start, $0.isOrdinal ? Self.ordinal($0.value) : Self.format($0.value))
            }
            let relative = facts.relativeOrdinals.map { mention in
                (
                    mention.evidence.start,
                    "\(mention.anchor?.rawValue ?? "")\(mention.value < 0 ? "" : "+")\(Int(mention.value))"
                )
            }
            return (numbers + relative).sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ", ")
        case .casualties:
            return facts.casualties.map { fact in
                var parts = [fact.kind.rawValue, fact.qualifier.rawValue, fact.count.description]
                if let key = fact.subjectKey { parts.append(key) }
                if fact.relation == .among { parts.append("among") }
                if fact.modality != .asserted { parts.append(fact.modality.rawValue) }
                if fact.isCumulative && fact.modality == .asserted { parts.append("cumulative") }
                if let source = fact.attribution { parts.append("by \(source)") }
                return parts.joined(separator: " ")
            }.joined(separator: "; ")
        case .dates:
            return facts.dates.map { fact in
                if fact.kind == .set { return "set \(fact.recurrence ?? "")" }
                var parts = [
                    fact.date?.iso ?? "nil", fact.grain.rawValue, fact.role.rawValue, fact.resolution.rawValue,
                ]
                if let weekday = fact.weekday { parts.append(weekday.englishName.lowercased()) }
                if fact.weekdayMismatch { parts.append("mismatch") }
                if fact.kind == .interval { parts += ["interval", fact.end?.iso ?? "open"] }
                return parts.joined(separator: " ")
            }.joined(separator: "; ")
        }
    }

    /// "1st", "2nd", "13th", "21st": how the examples write an ordinal.
    private static func ordinal(_ value: Double) -> String {
        let number = Int(value)
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
