/// Every pattern set with its examples, for the generic example test and for documentation.
enum PatternCatalog {
    static let all: [(name: String, examples: [PatternExample])] = [
        ("NumberWords", NumberWords.examples),
        ("FractionWord", FractionWord.examples),
        ("RelativeOrdinals", RelativeOrdinals.examples),
        ("Qualifiers", Qualifiers.examples),
        ("CasualtyTriggers", CasualtyTriggers.examples),
        ("Subjects", Subjects.examples),
        ("ContextCues", ContextCues.examples),
        ("MonthNames", MonthNames.examples),
        ("DateWords", DateWords.examples),
        ("DateCues", DateCues.examples),
        ("Holidays", Holidays.examples),
        ("Computed holidays", Holidays.computedExamples),
        ("Lunisolar holidays", Holidays.lunisolarExamples),
        ("RulerTitles", RulerTitles.examples),
        ("MotionVerbs", MotionVerbs.examples),
        ("OpenEnds", OpenEnds.examples),
        ("OpenBound", OpenBound.examples),
    ]
}
