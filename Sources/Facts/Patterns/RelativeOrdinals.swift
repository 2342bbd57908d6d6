/// Ordinals that count from the end or from the current item: "الأخير", "قبل الأخير", "السابق", "next to last".
///
/// Recognizers-Text resolves them as `end+0`, `end-1`, `current-1`; crosscheck keeps them apart from numbered
/// ordinals (`ArticleFacts.relativeOrdinals`), since "الرئيس السابق" (the former president) or "the last time" say
/// nothing about a count and must never reach a figure.
struct RelativeOrdinal: Sendable, Hashable {
    var anchor: OrdinalAnchor
    var offset: Int
    /// "آخر" is "last" only before a noun ("آخر كتاب"); after one it is "another" ("شخص آخر").
    var beforeNoun = false

    static func end(_ offset: Int = 0) -> RelativeOrdinal { RelativeOrdinal(anchor: .end, offset: offset) }
    static func current(_ offset: Int = 0) -> RelativeOrdinal { RelativeOrdinal(anchor: .current, offset: offset) }
}

/// The relative ordinal words of Arabic, English and French, and their examples.
enum RelativeOrdinals {
    static let all: [(String, RelativeOrdinal)] = {
        var list: [(String, RelativeOrdinal)] = []
        list += ["الأخير", "الأخيرة", "الأخيرين", "الأخيرتين", "الأخيرون", "الأخيرات"].map { ($0, .end()) }
        list.append(("آخر", RelativeOrdinal(anchor: .end, offset: 0, beforeNoun: true)))
        list += ["قبل الأخير", "قبل الأخيرة", "ما قبل الأخير", "الثاني إلى الأخير", "الثانية إلى الأخيرة"].map {
            ($0, .end(-1))
        }
        list.append(("الثانية إلى الأخير", .end(-1)))
        list += ["السابق", "السابقة"].map { ($0, .current(-1)) }
        list += ["التالي", "التالية", "القادم", "القادمة"].map { ($0, .current(1)) }
        list += ["الحالي", "الحالية"].map { ($0, .current()) }
        list += ["last", "last one", "dernier", "derniere", "derniers", "dernieres"].map { ($0, .end()) }
        list += [
            "penultimate", "next to last", "second to last", "the one before the last",
            "the one before the last one", "avant-dernier", "avant-derniere", "penultieme",
        ].map { ($0, .end(-1)) }
        list += ["antepenultimate", "antepenultieme"].map { ($0, .end(-2)) }
        list += ["next", "prochain", "prochaine", "suivant", "suivante"].map { ($0, .current(1)) }
        list += ["previous", "precedent", "precedente"].map { ($0, .current(-1)) }
        list += ["current", "current one", "actuel", "actuelle"].map { ($0, .current()) }
        return list
    }()

    static let examples: [PatternExample] = [
        PatternExample("أريد الكتابين الأخيرين", "end+0", .numbers),
        PatternExample("قبل الأخير هو الصحيح", "end-1", .numbers),
        PatternExample("انتقل الى الصفحة السابقة.", "current-1", .numbers),
        PatternExample("أرني التالي", "current+1", .numbers),
        PatternExample("أريد آخر كتاب", "end+0", .numbers),
        PatternExample("قتل شخص آخر", "", .numbers),
        PatternExample("Show me the next to last.", "end-1", .numbers),
        PatternExample("Je veux l’avant-dernier.", "end-1", .numbers),
        PatternExample("قتل 5 أشخاص في القصف الأخير", "killed exact 5", .casualties),
    ]
}
