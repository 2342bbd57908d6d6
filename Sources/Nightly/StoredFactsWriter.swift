import CrossCheckModel
import Facts

/// Writes a `facts` row: the JSON of ``StoredFacts`` byte for byte as `JSONEncoder` writes it (compact, keys sorted,
/// `/` escaped, strings through ``JSONString``).
///
/// A night encodes the facts of every new article for the index, some 50,000 of them, while the lookup streams the
/// window's signatures on one core. Through `JSONEncoder`, boxing every field, that kept both other threads busy
/// and slowed the lookup beside it: the lookup phase took 2.7–3.0 CPU seconds with it and 1.5 with this writer. The
/// bytes must stay those `JSONEncoder` wrote, so that rows stored by earlier nights and by this writer read alike
/// and a re-run's rows hash the same: a test compares the two on every sample article and on awkward values. A
/// field added to a fact type must be added here, and set in that test's values so that the test sees it.
///
///     let text = StoredFactsWriter.json(facts)
struct StoredFactsWriter {
    private var out = ""

    /// `facts` as the index's `facts` row holds them.
    static func json(_ facts: ArticleFacts) -> String {
        var writer = StoredFactsWriter()
        writer.out.reserveCapacity(1024)
        writer.write(facts)
        return writer.out
    }

    private mutating func write(_ facts: ArticleFacts) {
        raw("{\"casualties\":")
        array(facts.casualties) { $0.write($1) }
        let flags = facts.casualties.map(StoredFacts.flags)
        if flags.contains(where: { $0 != 0 }) {
            raw(",\"casualtyFlags\":")
            array(flags) { $0.raw(String($1)) }
        }
        raw(",\"dates\":")
        array(facts.dates) { $0.write($1) }
        raw(",\"numbers\":")
        array(facts.numbers) { $0.write($1, full: false) }
        if !facts.relativeOrdinals.isEmpty {
            raw(",\"relativeOrdinals\":")
            array(facts.relativeOrdinals) { $0.write($1, full: true) }
        }
        if !facts.vagueCounts.isEmpty {
            raw(",\"vagueCounts\":")
            array(facts.vagueCounts) { $0.write($1, full: true) }
        }
        raw("}")
    }

    private mutating func write(_ fact: CasualtyFact) {
        var first = true
        raw("{")
        if let attribution = fact.attribution {
            key("attribution", &first)
            string(attribution)
        }
        key("count", &first)
        write(fact.count)
        key("evidence", &first)
        write(fact.evidence)
        key("kind", &first)
        string(fact.kind.rawValue)
        key("modality", &first)
        string(fact.modality.rawValue)
        key("qualifier", &first)
        string(fact.qualifier.rawValue)
        key("relation", &first)
        string(fact.relation.rawValue)
        if let stated = fact.stated {
            key("stated", &first)
            number(stated)
        }
        if let subject = fact.subject {
            key("subject", &first)
            string(subject)
        }
        if let subjectKey = fact.subjectKey {
            key("subjectKey", &first)
            string(subjectKey)
        }
        raw("}")
    }

    private mutating func write(_ fact: DateFact) {
        var first = true
        raw("{")
        if let closing = fact.closing {
            key("closing", &first)
            string(closing.iso)
        }
        if let date = fact.date {
            key("date", &first)
            string(date.iso)
        }
        if let end = fact.end {
            key("end", &first)
            string(end.iso)
        }
        key("evidence", &first)
        write(fact.evidence)
        key("grain", &first)
        string(fact.grain.rawValue)
        // As DateFact encodes it: a plain date keeps its form from before intervals and sets.
        if fact.kind != .value {
            key("kind", &first)
            string(fact.kind.rawValue)
        }
        if let recurrence = fact.recurrence {
            key("recurrence", &first)
            string(recurrence)
        }
        key("resolution", &first)
        string(fact.resolution.rawValue)
        key("role", &first)
        string(fact.role.rawValue)
        if let weekday = fact.weekday {
            key("weekday", &first)
            raw(String(weekday.rawValue))
        }
        key("weekdayMismatch", &first)
        raw(fact.weekdayMismatch ? "true" : "false")
        raw("}")
    }

    /// A number mention: `full` adds what only the stored vague counts and relative ordinals carry (``StoredFacts``).
    private mutating func write(_ mention: NumberMention, full: Bool) {
        var first = true
        raw("{")
        if full, let anchor = mention.anchor {
            key("anchor", &first)
            string(anchor.rawValue)
        }
        key("evidence", &first)
        write(mention.evidence)
        key("isOrdinal", &first)
        raw(mention.isOrdinal ? "true" : "false")
        if full, let vague = mention.vague {
            key("vague", &first)
            write(vague)
        }
        key("value", &first)
        number(mention.value)
        raw("}")
    }

    private mutating func write(_ evidence: Evidence) {
        raw("{\"end\":")
        raw(String(evidence.end))
        raw(",\"sentence\":")
        string(evidence.sentence)
        raw(",\"sentenceEnd\":")
        raw(String(evidence.sentenceEnd))
        raw(",\"sentenceStart\":")
        raw(String(evidence.sentenceStart))
        raw(",\"start\":")
        raw(String(evidence.start))
        raw(",\"text\":")
        string(evidence.text)
        raw("}")
    }

    private mutating func write(_ interval: CountInterval) {
        var first = true
        raw("{")
        if let max = interval.max {
            key("max", &first)
            number(max)
        }
        if let min = interval.min {
            key("min", &first)
            number(min)
        }
        raw("}")
    }

    /// Writes the comma before every field but an object's first, and `"name":`.
    private mutating func key(_ name: String, _ first: inout Bool) {
        raw(first ? "\"" : ",\"")
        first = false
        raw(name)
        raw("\":")
    }

    private mutating func array<Item>(_ items: [Item], _ element: (inout StoredFactsWriter, Item) -> Void) {
        out += "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += "," }
            element(&self, item)
        }
        out += "]"
    }

    private mutating func raw(_ text: String) {
        out += text
    }

    /// A number as `JSONEncoder` writes a `Double`: its shortest form, without a trailing `.0`.
    private mutating func number(_ value: Double) {
        let text = value.description
        if text.hasSuffix(".0") { raw(String(text.dropLast(2))) } else { raw(text) }
    }

    /// A string literal escaped as `JSONEncoder` escapes it.
    private mutating func string(_ text: String) {
        JSONString.append(text, to: &out, style: .jsonEncoder)
    }
}
