/// A table from words or short phrases to values, matched on tokens with one dictionary probe.
///
/// Phrases are tokenized and folded like article text, so "ما لا يقل عن", "ما لا يقل عن" with harakat and "at least"
/// are all plain keys. The first word may carry Arabic clitics ("وأكثر من" matches "أكثر من"); the following words
/// must match whole. Longer phrases win.
///
///     let table = PhraseTable([("more than", Qualifier.moreThan), ("أكثر من", .moreThan)])
///     table.match(text, at: 0)  // (.moreThan, end: 2) on "more than 20"
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var rest: [UInt64]
        var value: Value
    }

    private var entries: [UInt64: [Entry]] = [:]
    /// The bit of this table in `Token.mask`; 0 when the table has none (then every word is looked up).
    var bit: UInt16 = 0
    /// The hashes of the first words of the phrases.
    var firstWords: Set<UInt64> { Set(entries.keys) }
    /// Every word hash of every phrase: the vocabulary that decides which article words are looked up at all.
    private(set) var words: Set<UInt64> = []

    init(_ pairs: [(String, Value)]) {
        for (phrase, value) in pairs {
            let keys = TokenizedText(phrase).tokens.map(\.full)
            guard let first = keys.first else { continue }
            words.formUnion(keys.filter { $0 != 0 })
            entries[first, default: []].append(Entry(rest: Array(keys.dropFirst()), value: value))
        }
        for key in entries.keys { entries[key]!.sort { $0.rest.count > $1.rest.count } }
    }

    /// The value of the longest phrase starting at token `index`, and the index just past it.
    ///
    /// - Parameter clitics: whether the first word may carry Arabic clitics (conjunction, preposition, article).
    func match(_ text: TokenizedText, at index: Int, clitics: Bool = true) -> (value: Value, end: Int)? {
        let tokens = text.tokens
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.isKnown, bit == 0 || token.mask & bit != 0 else { return nil }
        let key = clitics || token.clitic == .none ? token.key : token.full
        guard let bucket = entries[key] else { return nil }
        let sentence = token.sentence
        for entry in bucket {
            let end = index + 1 + entry.rest.count
            guard end <= tokens.count else { continue }
            var matched = true
            for (offset, word) in entry.rest.enumerated() {
                let next = tokens[index + 1 + offset]
                if next.sentence != sentence || (next.full != word && !(next.key == word && next.clitic == .none)) {
                    matched = false
                    break
                }
            }
            if matched { return (entry.value, end) }
        }
        return nil
    }

    /// The value of a one-word phrase, by the hash of the folded word.
    func value(ofWord key: UInt64) -> Value? {
        entries[key]?.first { $0.rest.isEmpty }?.value
    }

    /// True when a phrase of the table starts at `index`.
    func contains(_ text: TokenizedText, at index: Int, clitics: Bool = true) -> Bool {
        match(text, at: index, clitics: clitics) != nil
    }
}
