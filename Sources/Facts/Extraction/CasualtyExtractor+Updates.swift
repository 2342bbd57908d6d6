/// Figures that add to or update the headline figure: "24 other people were killed", "the death toll rose to 50".
///
/// News often gives the incident's toll in parts ("killed three rescue workers while six children were also
/// killed") or raises it further down ("the Observatory placed the death toll at 50"). The extractor marks such
/// figures; `ArticleFacts.headlines` adds the first kind to the headline and lets the second replace a smaller one.
extension CasualtyExtractor {
    /// Words before a figure that make it an addition to one given before: "another 5", "a further nine".
    private static let additiveBefore: Set<UInt64> = Set(["another", "further", "additional"].map(Keys.key))
    /// Words right after the figure: "24 other people", "six others", "وجرح 30 آخرين".
    private static let additiveAfter: Set<UInt64> = Set(["other", "others", "آخرين", "آخرون", "autres"].map(Keys.key))
    /// "five more people were killed", "8 more killed": only when the figure opens the fact and names whom it counts
    /// or the trigger follows at once ("killed in two more incidents", "two more key regions" are not).
    private static let more = Keys.key("more")
    /// Words anywhere in the fact: "six children were also killed".
    private static let additiveAnywhere: Set<UInt64> = Set(["also", "أيضا", "aussi", "egalement"].map(Keys.key))
    /// Toll nouns: a figure they introduce states the whole toll as known at the time.
    private static let tollWords: Set<UInt64> = Set(["toll", "حصيلة", "bilan"].map(Keys.key))

    /// True when the figure is marked as an addition: "another 5", "24 other people", "were also killed".
    func isAdditional(
        numberFirst: Int, numberLast: Int, first: Int, last: Int, sentence: SentenceSpan, hasSubject: Bool
    ) -> Bool {
        let tokens = text.tokens
        for index in max(sentence.firstToken, numberFirst - 2)..<numberFirst
        where Self.additiveBefore.contains(tokens[index].key) {
            return true
        }
        if numberLast + 1 < sentence.endToken {
            let next = tokens[numberLast + 1].key
            if Self.additiveAfter.contains(next) || (next == Self.more && first >= numberFirst && hasSubject) {
                return true
            }
        }
        return (min(first, numberFirst)...last).contains { Self.additiveAnywhere.contains(tokens[$0].key) }
    }

    /// True when the trigger is a toll noun ("death toll", "حصيلة القتلى").
    func isToll(_ hit: TriggerHit) -> Bool {
        let from = max(0, hit.first - 1)
        return (from..<hit.end).contains { Self.tollWords.contains(text.tokens[$0].key) }
    }
}

/// English singular people before a trigger: "A girl child was killed" (1), "a woman and a child were killed" (2),
/// "Five women and a child have been killed" (5 + 1).
extension CasualtyExtractor {
    /// Singular nouns of people: with "a", "an" or "one" before them (and up to two modifiers: "a girl child",
    /// "a young man") each counts one.
    static let singularPeople: Set<UInt64> = Set(
        [
            "child", "girl", "boy", "woman", "man", "civilian", "soldier", "person", "fighter", "journalist",
            "policeman", "officer", "resident", "citizen", "teenager", "baby", "infant", "student", "worker", "doctor",
            "nurse", "medic", "volunteer", "toddler", "mother", "father", "photographer", "reporter", "adult", "pilot",
            "driver", "farmer", "activist", "commander", "leader", "militant", "guard", "shepherd",
        ].map(Keys.key))
    private static let indefinite: Set<UInt64> = Set(["a", "an", "one"].map(Keys.key))
    private static let andKeys: Set<UInt64> = Set(["and", ","].map(Keys.key))

    /// How many "a/an <person>" phrases end just before `index` (walking back over "and"), or 0.
    func singularPeople(endingBefore index: Int, from floor: Int) -> Int {
        var count = 0
        var position = index - 1
        while position >= floor {
            guard Self.singularPeople.contains(text.tokens[position].key) else { break }
            var article = position - 1
            while article >= floor, article >= position - 2, !Self.indefinite.contains(text.tokens[article].key),
                text.tokens[article].isWord, !Self.andKeys.contains(text.tokens[article].key)
            {
                article -= 1
            }
            guard article >= floor, Self.indefinite.contains(text.tokens[article].key) else { break }
            count += 1
            position = article - 1
            guard position >= floor, Self.andKeys.contains(text.tokens[position].key) else { break }
            position -= 1
        }
        return count
    }

    /// The singular people right before a trigger, across its auxiliaries ("a child was killed"): the count.
    func singularPeople(beforeTrigger first: Int, sentence: SentenceSpan) -> Int {
        var position = first
        while position > sentence.firstToken, isAuxiliary(position - 1) { position -= 1 }
        return singularPeople(endingBefore: position, from: sentence.firstToken)
    }

    /// "and a child" after a figure's noun ("Five women and a child have been killed", "killing five women and a
    /// child"): the people to add. Before a trigger the phrase ends at its auxiliaries; `forward` reads it up to
    /// the first word that is not part of it.
    func coordinatedSingulars(after last: Int, before limit: Int, forward: Bool = false) -> Int {
        guard limit > last + 2, Self.andKeys.contains(text.tokens[last + 1].key) else { return 0 }
        var position = limit
        if forward {
            position = last + 2
            while position < limit, text.tokens[position].isWord,
                !Self.singularPeople.contains(text.tokens[position].key)
            {
                position += 1
            }
            guard position < limit, Self.singularPeople.contains(text.tokens[position].key) else { return 0 }
            position += 1
        } else {
            while position > last + 1, isAuxiliary(position - 1) { position -= 1 }
        }
        return singularPeople(endingBefore: position, from: last + 2)
    }

    /// "three of which died", "12 of whom were children": the figure counts part of a group named before it.
    func isPartitive(after last: Int, end: Int) -> Bool {
        guard last + 2 < end, text.tokens[last + 1].key == Self.ofKey else { return false }
        return Self.relatives.contains(text.tokens[last + 2].key)
    }

    /// A hyphen with a word glued on each side ("Al-Nusra").
    func isCompoundHyphen(_ index: Int, end: Int) -> Bool {
        let tokens = text.tokens
        guard index > 0, index + 1 < end, tokens[index].isPunctuation, tokens[index].key == Self.hyphenKey else {
            return false
        }
        return tokens[index - 1].isWord && tokens[index + 1].isWord && tokens[index - 1].end == tokens[index].start
            && tokens[index].end == tokens[index + 1].start
    }

    /// Nouns of fighters: "destroyed over 60 terrorists" counts them killed.
    private static let fighters: Set<UInt64> = Set(
        ["terrorists", "militants", "fighters", "jihadists", "gunmen", "insurgents", "rebels", "extremists"].map(
            Keys.key))

    /// True when a noun of fighters follows the figure ending at `last`.
    func countsFighters(after last: Int, end: Int) -> Bool {
        last + 1 < end && Self.fighters.contains(text.tokens[last + 1].key)
    }

    private static let hyphenKey = Keys.key("-")
    private static let ofKey = Keys.key("of")
    private static let relatives: Set<UInt64> = Set(["which", "whom", "them"].map(Keys.key))

    private func isAuxiliary(_ index: Int) -> Bool {
        guard text.tokens[index].isKnown, let match = lexicon.cues.match(text, at: index) else { return false }
        return match.value == .auxiliary
    }
}
