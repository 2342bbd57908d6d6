import CrossCheckModel
import Facts

/// Renders one article's facts as the JSON line `crosscheck facts` prints (see docs/facts-format.md).
///
/// Written by hand rather than with `JSONEncoder` so that the key order is fixed and documented, facts are sorted by
/// offset, and an open bound is left out rather than written as null.
///
///     {"id":"a1","facts":[{"kind":"number","start":5,"end":9,"text":"2500","value":2500}],"totals":{}}
enum FactsJSONLine {
    static func render(id: String, facts: ArticleFacts) -> String {
        var items: [(start: Int, end: Int, order: Int, json: String)] = []
        for number in facts.numbers + facts.relativeOrdinals {
            var object = JSONObject()
            object.add("kind", number.isOrdinal || number.anchor != nil ? "ordinal" : "number")
            object.addEvidence(number.evidence)
            if let anchor = number.anchor { object.add("relative", anchor.rawValue) }
            object.add("value", number.value)
            items.append((number.evidence.start, number.evidence.end, 0, object.text))
        }
        for date in facts.dates {
            var object = JSONObject()
            object.add("kind", "date")
            object.addEvidence(date.evidence)
            object.add("date", date.date.map { isoText($0, grain: date.grain) })
            object.add("grain", date.grain.rawValue)
            object.add("type", date.kind.rawValue)
            if date.kind == .interval {
                if let from = date.date { object.add("from", from.iso) }
                if let end = date.end { object.add("to", end.iso) }
                if let closing = date.closing { object.add("closing", closing.iso) }
            }
            if let recurrence = date.recurrence { object.add("set", recurrence) }
            object.add("role", date.role.rawValue)
            object.add("resolution", date.resolution.rawValue)
            object.add("inferred", date.isInferred)
            object.add("weekday", date.weekday.map { $0.englishName.lowercased() })
            object.add("weekday_mismatch", date.weekdayMismatch)
            items.append((date.evidence.start, date.evidence.end, 1, object.text))
        }
        for fact in facts.casualties {
            var object = JSONObject()
            object.add("kind", "casualty")
            object.add("casualty", fact.kind.rawValue)
            object.addEvidence(fact.evidence)
            if let min = fact.count.min { object.add("min", min) }
            if let max = fact.count.max { object.add("max", max) }
            object.add("stated", fact.stated)
            object.add("qualifier", fact.qualifier.rawValue)
            object.add("subject", fact.subject)
            object.add("subject_key", fact.subjectKey)
            object.add("relation", fact.relation.rawValue)
            object.add("attribution", fact.attribution)
            object.add("modality", fact.modality.rawValue)
            object.add("sentence_start", fact.evidence.sentenceStart)
            object.add("sentence_end", fact.evidence.sentenceEnd)
            items.append((fact.evidence.start, fact.evidence.end, 2, object.text))
        }
        items.sort { ($0.start, $0.end, $0.order) < ($1.start, $1.end, $1.order) }
        var totals = JSONObject()
        let byKind = facts.totals
        for kind in CasualtyKind.allCases {
            guard let interval = byKind[kind] else { continue }
            var bounds = JSONObject()
            if let min = interval.min { bounds.add("min", min) }
            if let max = interval.max { bounds.add("max", max) }
            totals.addRaw(kind.rawValue, bounds.text)
        }
        var line = JSONObject()
        line.add("id", id)
        line.addRaw("facts", "[" + items.map(\.json).joined(separator: ",") + "]")
        line.addRaw("totals", totals.text)
        return line.text
    }

    /// "2023-10-11" for a day, "2023-10" for a month, "2023" for a year: as precise as the text was.
    static func isoText(_ date: CivilDate, grain: DateFact.Grain) -> String {
        switch grain {
        case .day, .week: return date.iso
        case .month, .quarter: return String(date.iso.prefix(7))
        case .year: return String(date.iso.prefix(4))
        }
    }
}

/// A JSON object built key by key, in insertion order.
struct JSONObject {
    private var members: [String] = []

    var text: String { "{" + members.joined(separator: ",") + "}" }

    mutating func addRaw(_ key: String, _ json: String) { members.append(JSONString.quote(key) + ":" + json) }
    mutating func add(_ key: String, _ value: String?) { addRaw(key, JSONString.quote(value)) }
    mutating func add(_ key: String, _ value: Int) { addRaw(key, String(value)) }
    mutating func add(_ key: String, _ value: Bool) { addRaw(key, value ? "true" : "false") }
    mutating func add(_ key: String, _ value: Double?) {
        guard let value else { return addRaw(key, "null") }
        if value == value.rounded() && abs(value) < 1e15 {
            addRaw(key, String(Int64(value)))
        } else {
            addRaw(key, String(value))
        }
    }

    mutating func addEvidence(_ evidence: Evidence) {
        add("start", evidence.start)
        add("end", evidence.end)
        add("text", evidence.text)
    }
}
