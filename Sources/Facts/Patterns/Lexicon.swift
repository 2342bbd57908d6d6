/// Every table the extractor reads, built once from the pattern sets, and the vocabulary they share.
///
/// The vocabulary is the union of all table words: while tokenizing, a word outside it is never looked up again,
/// which keeps the cost per word to one or two set probes on ordinary news text.
///
/// A class: every reader and parser holds the one shared lexicon, and as a struct (386 bytes of tables) it was copied
/// into each of them and with them wherever they were copied.
final class Lexicon: Sendable {
    let numbers: PhraseTable<NumberWord>
    let fractions: PhraseTable<FractionWord>
    let relativeOrdinals: PhraseTable<RelativeOrdinal>
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
    let dateCues: PhraseTable<DateCue>
    let holidays: PhraseTable<HolidayRule>
    /// "since", "before", "jusqu'au", "منذ", "and after": words that make a date one end of an open period.
    let openBounds: PhraseTable<OpenBound>
    let vocabulary: WordIndex
    /// The tables whose words can open a date ("3", "three", "March", "last", "since", "Easter", "between"): the date
    /// grammar is tried only at such tokens and at the few function words it reads first (`DateParser.openers`),
    /// not at every known word of a sentence.
    let dateOpeners: UInt16

    static let shared = Lexicon()

    private init() {
        var masks: [UInt64: UInt16] = [:]
        var nextBit: UInt16 = 1
        func table<Value>(_ pairs: [(String, Value)]) -> PhraseTable<Value> {
            var table = PhraseTable(pairs)
            table.bit = nextBit
            nextBit <<= 1
            for word in table.words { masks[word, default: 0] |= 0 }
            for word in table.firstWords { masks[word, default: 0] |= table.bit }
            return table
        }
        numbers = table(NumberWords.all)
        fractions = table(FractionWord.all)
        relativeOrdinals = table(RelativeOrdinals.all)
        qualifiersBefore = table(Qualifiers.before)
        qualifiersAfter = table(Qualifiers.after)
        rangeOpeners = table(Qualifiers.rangeOpeners)
        rangeJoiners = table(Qualifiers.rangeJoiners)
        percent = table(Qualifiers.percent)
        triggers = table(CasualtyTriggers.all)
        subjects = table(Subjects.all)
        cues = table(ContextCues.all)
        months = table(MonthNames.all)
        dateWords = table(DateWords.all)
        dateCues = table(DateCues.all)
        holidays = table(Holidays.all + Holidays.computed + Holidays.lunisolar)
        openBounds = table(OpenBound.all)
        vocabulary = WordIndex(masks)
        dateOpeners =
            numbers.bit | fractions.bit | relativeOrdinals.bit | qualifiersBefore.bit | rangeOpeners.bit | months.bit
            | dateWords.bit | dateCues.bit | holidays.bit | openBounds.bit
    }
}
