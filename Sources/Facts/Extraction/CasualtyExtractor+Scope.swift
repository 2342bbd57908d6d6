import CrossCheckModel

/// How far a cue reaches in a sentence: clause boundaries, the look-backs that make what follows them historical
/// (an anniversary, an earlier event named with its year) and a denial of what comes before it.
extension CasualtyExtractor {
    /// The cues of a sentence whose reach goes past the figure they stand by: those `SentenceContext` found in its
    /// pass over the sentence's cues, and the earlier years naming an event.
    struct Reach {
        /// The first retrospective cue ("the 10th anniversary of", "الذكرى"): what follows it is historical.
        var lookBack: Int?
        /// Earlier years naming an event ("the 2019 bombing"): what follows one in its clause is historical.
        var eventYears: [Int] = []
        /// The last denial of what comes before it ("…, ce qu'il dément", "…, وهو ما نفته الجماعة").
        var denial: Int?
        /// Predicates that deny the figure just before them, in its clause ("claims that 50 died are false").
        var falsehoods: [Int] = []
    }

    func reach(of sentence: SentenceSpan, context: SentenceContext) -> Reach {
        var reach = Reach(lookBack: context.lookBack, denial: context.denial, falsehoods: context.falsehoods)
        for index in sentence.tokens where tokens[index].isNumber && isPastEventYear(index) {
            reach.eventYears.append(index)
        }
        reach.eventYears += context.similars.filter(isSimilarEvent)
        return reach
    }

    /// The modality of a figure: the cues before its words, or between its trigger and it ("the toll could rise
    /// above 100", "50,000 people could be displaced"); a denial after the claim ("…, ce qu'il dément"); a
    /// falsehood said of it in its clause ("claims that 50 died are false"); the hedge of the figure it is joined to
    /// by "and" ("could kill up to 800 people and injure 18,000 more").
    func figureModality(
        _ quantity: Quantity, evidenceFirst: Int, triggerFirst: Int?, historical: Bool, context: SentenceContext,
        reach: Reach, previous: (last: Int, modality: Modality)?, end: Int
    ) -> Modality {
        let modality = context.modality(before: min(evidenceFirst, quantity.first), historical: historical)
        if modality == .asserted || modality == .historical {
            for point in [quantity.first, triggerFirst ?? evidenceFirst] where point > evidenceFirst {
                if context.modality(before: point, historical: false) == .hypothetical { return .hypothetical }
            }
        }
        guard modality == .asserted else { return modality }
        if let denial = reach.denial, denial > quantity.last { return .hypothetical }
        if reach.falsehoods.contains(where: { isSaidOf(quantity, falsehood: $0, end: end) }) { return .hypothetical }
        if let previous, previous.modality == .hypothetical, continuesHedge(from: previous.last, to: quantity.first) {
            return .hypothetical
        }
        return modality
    }

    /// Whether a falsehood ("are false", "as a precaution") is said of this figure: after it in its clause, with no
    /// comma and no other figure between.
    private func isSaidOf(_ quantity: Quantity, falsehood cue: Int, end: Int) -> Bool {
        cue > quantity.last && sameClause(quantity.last, cue) && !hasComma(between: quantity.last, cue)
            && !(quantity.last + 1..<cue).contains { tokens[$0].isNumber || startsFigure(at: $0, end: end) }
    }

    /// A four-digit year before the anchor year that names an event: before its noun ("the 2019 bombing") or after
    /// it with "of" ("l'attentat de 2011", "the attacks of 2015").
    func isPastEventYear(_ index: Int) -> Bool {
        let token = tokens[index]
        guard let anchorYear, token.isNumber, token.digits == 4, (1900..<anchorYear).contains(Int(token.value)) else {
            return false
        }
        if index + 1 < tokens.count, Self.eventNouns.contains(tokens[index + 1].key) { return true }
        // "the 2016 nightclub attack": one word may qualify the event noun.
        if index + 2 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isArabic,
            Self.eventNouns.contains(tokens[index + 2].key)
        {
            return true
        }
        return index >= 2 && Self.ofWords.contains(tokens[index - 1].key)
            && Self.eventNouns.contains(tokens[index - 2].key)
    }

    /// "a similar blast in Lyon killed eight", "حادث مماثل أودى بحياة 3": another event of the same kind, whose
    /// figures are not tonight's, like an event named with an earlier year.
    /// A look-back word must come a few words before it ("a month after a similar blast"): "On Tuesday a similar
    /// attack killed 12" is today's.
    func isSimilarEvent(_ index: Int) -> Bool {
        guard (max(0, index - 4)..<index).contains(where: { Self.lookBackWords.contains(tokens[$0].key) }) else {
            return false
        }
        return (index + 1 < tokens.count && Self.eventNouns.contains(tokens[index + 1].key))
            || (index >= 1 && Self.eventNouns.contains(tokens[index - 1].key))
    }

    static let eventNouns: Set<UInt64> = Set(
        [
            "bombing", "bombings", "attack", "attacks", "stampede", "earthquake", "quake", "massacre", "explosion",
            "blast", "shooting", "floods", "crash", "tsunami", "war", "killing", "killings", "murder", "attentat",
            "attentats", "attaque", "attaques",
            "séisme", "fusillade",
            "inondations", "naufrage", "tuerie", "guerre", "تفجير", "تفجيرات", "هجوم", "هجمات", "زلزال", "مجزرة",
            "انفجار", "فاجعة", "كارثة", "فيضانات", "حادث", "حريق", "fire", "incendie", "accident",
        ].map(Keys.key))

    /// Whether no clause boundary stands between two tokens of a sentence: a semicolon, or a comma before "و",
    /// "and", "et" ("قتل 6 أشخاص، وفي عام 2019 …").
    func sameClause(_ a: Int, _ b: Int) -> Bool {
        let (low, high) = (min(a, b), max(a, b))
        guard high - low > 1 else { return true }
        for position in (low + 1)..<high where tokens[position].isPunctuation {
            let scalar = text.scalars[tokens[position].start].value
            if scalar == 0x3B || scalar == 0x61B { return false }
            if scalar == 0x2C || scalar == 0x60C, position + 1 < high {
                let next = tokens[position + 1]
                if next.clitic == .wa || next.full == Keys.wa || Self.clauseConjunctions.contains(next.key) {
                    return false
                }
                // ", à l'endroit même où trois motards avaient trouvé la mort en 2023": a relative clause of place
                // or time opens within a few words.
                if (position + 1..<min(high, position + 6)).contains(where: {
                    Self.relativeOpeners.contains(tokens[$0].key)
                }) {
                    return false
                }
            }
        }
        return true
    }

    /// Openers of a relative clause of place ("où", "where", "حيث"); one of time ("since 1998, when 224 people were
    /// killed") describes the date before it.
    /// True when a comma (Latin or Arabic) stands between two tokens of a sentence.
    func hasComma(between a: Int, _ b: Int) -> Bool {
        let (low, high) = (min(a, b), max(a, b))
        guard high - low > 1 else { return false }
        return (low + 1..<high).contains { tokens[$0].isPunctuation && Keys.commas.contains(tokens[$0].key) }
    }

    static let lookBackWords: Set<UInt64> = Set(
        ["after", "following", "since", "après", "depuis", "بعد", "منذ", "عقب", "like", "comme"].map(Keys.key))

    static let relativeOpeners: Set<UInt64> = Set(["où", "where", "حيث"].map(Keys.key))

    static let clauseConjunctions: Set<UInt64> = Set(["and", "et", "while", "whereas", "alors"].map(Keys.key))
}
