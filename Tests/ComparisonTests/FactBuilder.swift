import CrossCheckModel
import Facts

/// Builds facts the way the extractor would report them, so tests read like the sentences they stand for.
enum FactBuilder {
    static func evidence(_ text: String, in sentence: String, at start: Int = 0) -> Evidence {
        let length = text.unicodeScalars.count
        return Evidence(
            text: text, start: start, end: start + length, sentence: sentence, sentenceStart: 0,
            sentenceEnd: sentence.unicodeScalars.count)
    }

    static func killed(
        _ count: CountInterval, stated: Double?, _ qualifier: Qualifier, text: String, sentence: String,
        at start: Int = 0, subject: String? = nil, subjectKey: String? = nil,
        relation: CasualtyFact.SubjectRelation = .whole, attribution: String? = nil, modality: Modality = .asserted
    ) -> CasualtyFact {
        CasualtyFact(
            kind: .killed, count: count, stated: stated, qualifier: qualifier, subject: subject,
            subjectKey: subjectKey, relation: relation, attribution: attribution, modality: modality,
            evidence: evidence(text, in: sentence, at: start))
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    static func eventDate(
        _ date: CivilDate, resolution: DateFact.Resolution = .explicit, text: String, sentence: String,
        at start: Int = 0, role: DateFact.Role = .event, grain: DateFact.Grain = .day
    ) -> DateFact {
        DateFact(
            date: date, grain: grain, role: role, resolution: resolution, weekday: date.weekday,
            evidence: evidence(text, in: sentence, at: start))
    }
}

/// The sentences the tests quote, Arabic first.
enum Sentences {
    static let arabicMoreThan2500 = "أدى إلى مقتل أكثر من 2500 شخص، من بينهم 22 أمريكيا"
    static let english2600 = "The health ministry said 2,600 people had been killed, including 22 Americans."
    static let arabicAbout30 = "قتل نحو 30 شخصا في القصف"
    static let english29 = "At least 29 were killed in the strike, officials said."
    static let english200 = "The army said 200 people were killed."
    static let english2500 = "The ministry said 2,500 people were killed."
}
