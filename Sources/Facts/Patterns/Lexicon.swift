/// Every table the extractor reads, built once from the pattern sets, and the vocabulary they share.
///
/// The vocabulary is the union of all table words: while tokenizing, a word outside it is never looked up again,
/// which keeps the cost per word to one or two set probes on ordinary news text.
struct Lexicon: Sendable {
    let numbers: PhraseTable<NumberWord>
    let qualifiersBefore: PhraseTable<Qualifier>
    let qualifiersAfter: PhraseTable<Qualifier>
    let rangeOpeners: PhraseTable<Bool>
    let rangeJoiners: PhraseTable<Bool>
    let percent: PhraseTable<Bool>
    let triggers: PhraseTable<CasualtyTrigger>
    let subjects: PhraseTable<Subject>
    let cues: PhraseTable<ContextCues.Cue>
    let months: PhraseTable<MonthName>
    let dateWords: PhraseTable<DateWord>
    let vocabulary: Set<UInt64>

    static let shared = Lexicon()

    private init() {
        numbers = PhraseTable(NumberWords.all)
        qualifiersBefore = PhraseTable(Qualifiers.before)
        qualifiersAfter = PhraseTable(Qualifiers.after)
        rangeOpeners = PhraseTable(Qualifiers.rangeOpeners)
        rangeJoiners = PhraseTable(Qualifiers.rangeJoiners)
        percent = PhraseTable(Qualifiers.percent)
        triggers = PhraseTable(CasualtyTriggers.all)
        subjects = PhraseTable(Subjects.all)
        cues = PhraseTable(ContextCues.all)
        months = PhraseTable(MonthNames.all)
        dateWords = PhraseTable(DateWords.all)
        vocabulary = numbers.words.union(qualifiersBefore.words).union(qualifiersAfter.words)
            .union(rangeOpeners.words).union(rangeJoiners.words).union(percent.words).union(triggers.words)
            .union(subjects.words).union(cues.words).union(months.words).union(dateWords.words)
    }
}

/// Every pattern set with its examples, for the generic example test and for documentation.
enum PatternCatalog {
    static let all: [(name: String, examples: [PatternExample])] = [
        ("NumberWords", NumberWords.examples),
        ("Qualifiers", Qualifiers.examples),
        ("CasualtyTriggers", CasualtyTriggers.examples),
        ("Subjects", Subjects.examples),
        ("ContextCues", ContextCues.examples),
        ("MonthNames", MonthNames.examples),
        ("DateWords", DateWords.examples),
    ]
}
