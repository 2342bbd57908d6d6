import CrossCheckModel
import Facts

/// Reads a `facts` row (``StoredFacts``' JSON) straight from its UTF-8 bytes into `ArticleFacts`.
///
/// A night reads back the stored facts of some 40,000 indexed articles before it can compare them with tonight's;
/// through `JSONDecoder` that was about 1.4 CPU seconds, nearly all of it Codable's boxing and key lookups. This
/// reader knows the shape and builds the values directly. It reads what `JSONDecoder` reads: keys in any order,
/// white space anywhere, unknown keys skipped, `null` for an absent optional, rows written before a field existed
/// (a date without `kind` is a plain value, facts without the stored extras have none). A missing field, a wrong
/// type, a value no enum has or broken text throws, and the night extracts the facts again from the article's text,
/// as it does for any row that does not decode; only the form of a number is read more leniently ("01", "+1"),
/// which no writer of these rows produces. A test reads every sample article's facts and awkward values with both,
/// and has both refuse broken rows.
///
///     let facts = try StoredFactsReader.facts(json: row)
struct StoredFactsReader {
    /// Why a row does not read, with the byte offset where reading stopped.
    struct Malformed: Error, CustomStringConvertible {
        var reason: String
        var offset: Int
        var description: String { "\(reason) at byte \(offset)" }
    }

    /// Strings, numbers and skipped values are read by the cursor the JSONL scanner also uses; this type adds the
    /// shape of the facts.
    private var cursor: JSONCursor

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        cursor = JSONCursor(bytes: bytes)
    }

    static func facts(json: String) throws -> ArticleFacts {
        var text = json
        return try text.withUTF8 { bytes in
            var reader = StoredFactsReader(bytes)
            let facts = try reader.articleFacts()
            reader.cursor.skipSpace()
            guard reader.cursor.next == nil else { throw reader.malformed("text after the facts") }
            return facts
        }
    }

    // MARK: The fact types

    private mutating func articleFacts() throws -> ArticleFacts {
        var casualties: [CasualtyFact]?
        var dates: [DateFact]?
        var numbers: [NumberMention]?
        var facts = ArticleFacts()
        var flags: [Int] = []
        try object { reader, key in
            switch key {
            case "casualties": casualties = try reader.array { try $0.casualty() }
            case "dates": dates = try reader.array { try $0.date() }
            case "numbers": numbers = try reader.array { try $0.mention() }
            case "vagueCounts": facts.vagueCounts = try reader.optional { try $0.array { try $0.mention() } } ?? []
            case "relativeOrdinals":
                facts.relativeOrdinals = try reader.optional { try $0.array { try $0.mention() } } ?? []
            case "casualtyFlags": flags = try reader.optional { try $0.array { try $0.integer() } } ?? []
            default: try reader.skipValue()
            }
        }
        facts.casualties = try required(casualties, "casualties")
        facts.dates = try required(dates, "dates")
        facts.numbers = try required(numbers, "numbers")
        // As StoredFacts decodes them: flags that do not match the figures one for one are ignored.
        if flags.count == facts.casualties.count {
            for index in flags.indices { StoredFacts.apply(flags[index], to: &facts.casualties[index]) }
        }
        return facts
    }

    private mutating func casualty() throws -> CasualtyFact {
        var kind: CasualtyKind?
        var count: CountInterval?
        var stated: Double?
        var qualifier: Qualifier?
        var subject: String?
        var subjectKey: String?
        var relation: CasualtyFact.SubjectRelation?
        var attribution: String?
        var modality: Modality?
        var evidence: Evidence?
        try object { reader, key in
            switch key {
            case "kind": kind = try reader.enumeration()
            case "count": count = try reader.interval()
            case "stated": stated = try reader.optional { try $0.number() }
            case "qualifier": qualifier = try reader.enumeration()
            case "subject": subject = try reader.optional { try $0.string() }
            case "subjectKey": subjectKey = try reader.optional { try $0.string() }
            case "relation": relation = try reader.enumeration()
            case "attribution": attribution = try reader.optional { try $0.string() }
            case "modality": modality = try reader.enumeration()
            case "evidence": evidence = try reader.evidence()
            default: try reader.skipValue()
            }
        }
        return CasualtyFact(
            kind: try required(kind, "kind"), count: try required(count, "count"), stated: stated,
            qualifier: try required(qualifier, "qualifier"), subject: subject, subjectKey: subjectKey,
            relation: try required(relation, "relation"), attribution: attribution,
            modality: try required(modality, "modality"), evidence: try required(evidence, "evidence"))
    }

    private mutating func date() throws -> DateFact {
        var date: CivilDate?
        var grain: DateFact.Grain?
        var role: DateFact.Role?
        var resolution: DateFact.Resolution?
        var weekday: Weekday?
        var weekdayMismatch: Bool?
        var evidence: Evidence?
        var kind: DateFact.Kind?
        var end: CivilDate?
        var closing: CivilDate?
        var recurrence: String?
        try object { reader, key in
            switch key {
            case "date": date = try reader.optional { try $0.civilDate() }
            case "grain": grain = try reader.enumeration()
            case "role": role = try reader.enumeration()
            case "resolution": resolution = try reader.enumeration()
            case "weekday":
                weekday = try reader.optional { reader in
                    let number = try reader.integer()
                    guard let day = Weekday(rawValue: number) else { throw reader.malformed("no weekday \(number)") }
                    return day
                }
            case "weekdayMismatch": weekdayMismatch = try reader.boolean()
            case "evidence": evidence = try reader.evidence()
            case "kind": kind = try reader.optional { try $0.enumeration() }
            case "end": end = try reader.optional { try $0.civilDate() }
            case "closing": closing = try reader.optional { try $0.civilDate() }
            case "recurrence": recurrence = try reader.optional { try $0.string() }
            default: try reader.skipValue()
            }
        }
        var fact = DateFact(
            date: date, grain: try required(grain, "grain"), role: try required(role, "role"),
            resolution: try required(resolution, "resolution"), weekday: weekday,
            weekdayMismatch: try required(weekdayMismatch, "weekdayMismatch"),
            evidence: try required(evidence, "evidence"))
        fact.kind = kind ?? .value
        fact.end = end
        fact.closing = closing
        fact.recurrence = recurrence
        return fact
    }

    /// A number mention, with the interval and anchor that only stored vague counts and relative ordinals carry.
    private mutating func mention() throws -> NumberMention {
        var value: Double?
        var isOrdinal: Bool?
        var evidence: Evidence?
        var vague: CountInterval?
        var anchor: OrdinalAnchor?
        try object { reader, key in
            switch key {
            case "value": value = try reader.number()
            case "isOrdinal": isOrdinal = try reader.boolean()
            case "evidence": evidence = try reader.evidence()
            case "vague": vague = try reader.optional { try $0.interval() }
            case "anchor": anchor = try reader.optional { try $0.enumeration() }
            default: try reader.skipValue()
            }
        }
        var mention = NumberMention(
            value: try required(value, "value"), isOrdinal: try required(isOrdinal, "isOrdinal"),
            evidence: try required(evidence, "evidence"))
        mention.vague = vague
        mention.anchor = anchor
        return mention
    }

    private mutating func evidence() throws -> Evidence {
        var text: String?
        var start: Int?
        var end: Int?
        var sentence: String?
        var sentenceStart: Int?
        var sentenceEnd: Int?
        try object { reader, key in
            switch key {
            case "text": text = try reader.string()
            case "start": start = try reader.integer()
            case "end": end = try reader.integer()
            case "sentence": sentence = try reader.string()
            case "sentenceStart": sentenceStart = try reader.integer()
            case "sentenceEnd": sentenceEnd = try reader.integer()
            default: try reader.skipValue()
            }
        }
        return Evidence(
            text: try required(text, "text"), start: try required(start, "start"), end: try required(end, "end"),
            sentence: try required(sentence, "sentence"), sentenceStart: try required(sentenceStart, "sentenceStart"),
            sentenceEnd: try required(sentenceEnd, "sentenceEnd"))
    }

    private mutating func interval() throws -> CountInterval {
        var interval = CountInterval(min: nil, max: nil)
        try object { reader, key in
            switch key {
            case "min": interval.min = try reader.optional { try $0.number() }
            case "max": interval.max = try reader.optional { try $0.number() }
            default: try reader.skipValue()
            }
        }
        return interval
    }

    private mutating func civilDate() throws -> CivilDate {
        let text = try string()
        guard let date = CivilDate(iso: text) else { throw malformed("not an ISO date: \(text)") }
        return date
    }

    private mutating func enumeration<Value: RawRepresentable<String>>() throws -> Value {
        let text = try string()
        guard let value = Value(rawValue: text) else { throw malformed("no \(Value.self) \"\(text)\"") }
        return value
    }

    private func required<Value>(_ value: Value?, _ key: String) throws -> Value {
        guard let value else { throw malformed("no \"\(key)\"") }
        return value
    }

    // MARK: JSON

    /// Reads an object, calling `field` with each key once the reader stands on its value.
    private mutating func object(_ field: (inout StoredFactsReader, String) throws -> Void) throws {
        try items(open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) { reader in
            let key = try reader.string()
            reader.cursor.skipSpace()
            try reader.expect(UInt8(ascii: ":"))
            reader.cursor.skipSpace()
            try field(&reader, key)
        }
    }

    private mutating func array<Element>(_ element: (inout StoredFactsReader) throws -> Element) throws -> [Element] {
        var elements: [Element] = []
        try items(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { reader in
            elements.append(try element(&reader))
        }
        return elements
    }

    /// The items of an object or an array, separated by commas, between `open` and `close`.
    private mutating func items(open: UInt8, close: UInt8, _ item: (inout StoredFactsReader) throws -> Void) throws {
        try expect(open)
        cursor.skipSpace()
        if cursor.take(close) { return }
        while true {
            cursor.skipSpace()
            try item(&self)
            cursor.skipSpace()
            if cursor.take(UInt8(ascii: ",")) { continue }
            try expect(close)
            return
        }
    }

    /// nil for `null`, otherwise the value `read` reads.
    private mutating func optional<Value>(_ read: (inout StoredFactsReader) throws -> Value) throws -> Value? {
        if cursor.next == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        return try read(&self)
    }

    private mutating func boolean() throws -> Bool {
        if cursor.next == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    private mutating func number() throws -> Double {
        guard let text = cursor.number(), let value = Double(text), value.isFinite else {
            throw malformed("not a number")
        }
        return value
    }

    private mutating func integer() throws -> Int {
        let value = try number()
        guard let exact = Int(exactly: value) else { throw malformed("not an integer: \(value)") }
        return exact
    }

    /// A string literal, strictly as `JSONDecoder` reads one (no raw control characters, no lone surrogates).
    private mutating func string() throws -> String {
        guard let text = cursor.string(strict: true) else { throw malformed("not a well-formed string") }
        return text
    }

    /// Skips a value of any kind: a key this reader does not know.
    private mutating func skipValue() throws {
        guard cursor.skipValue() else { throw malformed("a malformed value") }
    }

    private mutating func literal(_ word: StaticString) throws {
        let matches = word.withUTF8Buffer { expected in
            expected.allSatisfy { byte in cursor.take(byte) }
        }
        guard matches else { throw malformed("expected \(word)") }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard cursor.take(byte) else { throw malformed("expected \"\(Character(Unicode.Scalar(byte)))\"") }
    }

    private func malformed(_ reason: String) -> Malformed {
        Malformed(reason: reason, offset: cursor.offset)
    }
}
