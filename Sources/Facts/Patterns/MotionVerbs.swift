/// Verbs of going and returning after which a bare day of the month is a date: "سأعود في 15" is "I will be back on
/// the 15th", "عدت للثاني" "I came back on the 2nd".
///
/// A bare number after a preposition is a count in news ("ارتفع عدد القتلى إلى 27"), so the day is read only after
/// one of these verbs, right before the preposition, and only when it closes its clause. "وصل" is left out on
/// purpose: "وصل عدد القتلى إلى 27" reaches a count, it does not arrive on a day.
enum MotionVerbs {
    static let all: [String] = [
        "عاد", "عادت", "عدت", "عدنا", "يعود", "تعود", "أعود", "نعود", "سأعود", "سيعود", "ستعود", "سنعود",
        "رجع", "رجعت", "أرجع", "سأرجع", "سيرجع", "غادر", "غادرت", "أغادر", "سأغادر", "سيغادر", "سنغادر",
        "سافر", "سافرت", "أسافر", "سأسافر", "سيسافر", "رحلت", "أرحل", "سأرحل", "خرجت", "أخرج", "سأخرج",
    ]

    static let examples: [PatternExample] = [
        PatternExample("سأعود في 15", "2026-11-15 day event from_publication", .dates, published: "2026-11-20"),
        PatternExample("عدت للثاني", "2026-11-02 day event from_publication", .dates, published: "2026-11-20"),
        PatternExample(
            "عدت إلى الحادي والعشرين.", "2026-11-21 day event from_publication", .dates,
            published: "2026-11-20"),
        // A count after a preposition stays a count: no verb of going, or a noun after the number.
        PatternExample("ارتفع عدد القتلى إلى 27.", "", .dates, published: "2026-11-20"),
        PatternExample("عاد إلى 27 مدينة", "", .dates, published: "2026-11-20"),
    ]
}
