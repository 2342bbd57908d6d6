/// What a sentence says around its figures: who gave them, and whether they are denied or only feared.
///
/// The source is read once per sentence: the phrase after "according to"/"حسب"/"selon" or after an Arabic verb of
/// saying ("أفادت وزارة الصحة"), or the phrase before an English one ("…, the health ministry said"). It stops at
/// punctuation, numbers, link words and after five words, so it stays a short name.
struct SentenceContext {
    let text: TokenizedText
    let lexicon: Lexicon
    let sentence: SentenceSpan
    /// The source of the sentence's figures, if it names one.
    let attribution: String?
    /// The sentence has a cue of a running toll ("since", "the war", "منذ"): see `CasualtyFact.isCumulative`.
    let cumulative: Bool
    /// The sentence disputes a figure ("نفى", "denied", "rumours"), whose reach is looked for only then.
    private let hasDenial: Bool
    /// Where the sentence tells of a drill ("تمرينا افتراضيا يحاكي وقوع زلزال"): the figures after it, and one just
    /// before it, are not real (see ``modality(before:historical:)``).
    private let simulations: [Int]
    /// The cues whose reach the casualty extractor works out (`CasualtyExtractor.Reach`), found in the same pass:
    /// the first look-back, the last denial after a claim, the falsehoods said of a figure, the words "similar".
    let lookBack: Int?
    let denial: Int?
    let falsehoods: [Int]
    let similars: [Int]

    private static let maxWords = 5

    /// - Parameter namesDay: the sentence has a date of day grain ("on Sunday", "11 أكتوبر"), which makes a war
    ///   cue ("the war") background rather than a running toll.
    init(text: TokenizedText, lexicon: Lexicon, sentence: SentenceSpan, namesDay: Bool = false) {
        self.text = text
        self.lexicon = lexicon
        self.sentence = sentence
        attribution = Self.findAttribution(text: text, lexicon: lexicon, sentence: sentence)
        var cumulative = false
        var hasDenial = false
        var simulations: [Int] = []
        var lookBack: Int? = nil
        var denial: Int? = nil
        var falsehoods: [Int] = []
        var similars: [Int] = []
        for index in sentence.tokens where text.tokens[index].isKnown {
            guard let cue = lexicon.cues.match(text, at: index)?.value else { continue }
            switch cue {
            case .cumulative: cumulative = true
            case .warContext where !namesDay: cumulative = true
            case .disputed: hasDenial = true
            case .simulation: simulations.append(index)
            case .retrospective where lookBack == nil: lookBack = index
            case .deniedAfter: denial = index
            case .falseAfter: falsehoods.append(index)
            case .similar: similars.append(index)
            default: break
            }
        }
        self.cumulative = cumulative
        self.hasDenial = hasDenial
        self.simulations = simulations
        self.lookBack = lookBack
        self.denial = denial
        self.falsehoods = falsehoods
        self.similars = similars
    }

    /// The modality of a fact whose words start at `index`, from the cues in the few words before it.
    func modality(before index: Int, historical: Bool) -> Modality {
        let tokens = text.tokens
        // A drill named before the figure, even across commas ("Un exercice simulant un accident a mobilisé 150
        // secouristes, avec 40 faux blessés"), unless a real event is named between ("a week after a real attack
        // killed 12"); or named right after it ("300 volunteers played wounded passengers").
        if simulations.contains(where: { cue in
            if cue > index { return cue - index <= 3 && !(index..<cue).contains { tokens[$0].isPunctuation } }
            return !(cue + 1..<index).contains {
                Self.newStatement.contains(tokens[$0].key) || Self.realWords.contains(tokens[$0].key)
            }
        }) {
            return .hypothetical
        }
        var position = index - 1
        scan: while position >= sentence.firstToken && position >= index - 6 {
            let token = tokens[position]
            if token.isPunctuation || (token.isKnown && Self.newStatement.contains(token.key)) { break }
            if token.isKnown, token.clitic == .none || token.clitic == .wa || token.clitic == .fa,
                let match = lexicon.cues.match(text, at: position), match.end <= index
            {
                switch match.value {
                case .negation where !isInsideQualifier(position): return .negated
                case .disputed where deniesResponsibility(position): break
                case .hypothetical, .disputed: return .hypothetical
                // "denied rumours of a curfew and said 15 people were killed": a verb of saying starts another
                // statement.
                case .sourceVerb: break scan
                case .modalQad:
                    // "قد يؤدي" (may lead) is a hypothesis; "قد قتل" (has killed) asserts.
                    if match.end < tokens.count, tokens[match.end].isArabic,
                        [0x064A, 0x062A, 0x0646].contains(text.scalars[tokens[match.end].start].value)
                    {
                        return .hypothetical
                    }
                default: break
                }
            }
            position -= 1
        }
        if hasDenial, isDenied(before: index - 1, limit: index - Self.denialReach) { return .hypothetical }
        return historical ? .historical : .asserted
    }

    /// "denied responsibility for the strike that killed 12": the deaths are not what is denied.
    private func deniesResponsibility(_ cue: Int) -> Bool {
        (cue + 1..<min(text.tokens.count, cue + 3)).contains { Self.responsibility.contains(text.tokens[$0].key) }
    }

    static let realWords: Set<UInt64> = Set(["real", "actual", "réel", "réelle", "حقيقي", "حقيقية"].map(Keys.key))
    static let newStatement: Set<UInt64> = Set(["after", "après", "بعد", "when", "lorsque", "عندما"].map(Keys.key))
    static let responsibility: Set<UInt64> = Set(
        [
            "responsibility", "involvement", "role", "responsabilité", "implication", "المسؤولية", "مسؤوليته",
            "مسؤوليتها", "تورطه", "تورطها",
        ].map(Keys.key))

    /// How many words back a denial governs its object: "a démenti vendredi les informations faisant état de 10 morts".
    private static let denialReach = 14

    /// A denial in the same clause further back than the other cues reach.
    private func isDenied(before start: Int, limit: Int) -> Bool {
        var position = start
        while position >= sentence.firstToken && position >= limit {
            let token = text.tokens[position]
            // A figure between them is the one denied: "dément le chiffre de 40 blessés … et fait état de six"; a verb of
            // saying or a new clause starts another statement ("نفت الوزارة شائعات … وأكدت مقتل 15").
            if token.isPunctuation || token.isNumber || Self.newStatement.contains(token.key) { return false }
            if token.isKnown, let cue = lexicon.cues.match(text, at: position)?.value {
                if cue == .sourceVerb { return false }
                if cue == .disputed { return !deniesResponsibility(position) }
            }
            position -= 1
        }
        return false
    }

    /// "ما لا يقل عن 30" (no fewer than 30): the negation is part of a qualifier, not of the sentence.
    private func isInsideQualifier(_ position: Int) -> Bool {
        for start in max(sentence.firstToken, position - 2)...position {
            if let match = lexicon.qualifiersBefore.match(text, at: start), match.end > position { return true }
        }
        return false
    }

    private static func findAttribution(text: TokenizedText, lexicon: Lexicon, sentence: SentenceSpan) -> String? {
        let tokens = text.tokens
        var index = sentence.firstToken
        while index < sentence.endToken {
            guard tokens[index].isKnown, let match = lexicon.cues.match(text, at: index) else {
                index += 1
                continue
            }
            switch match.value {
            case .sourceFollows:
                if let phrase = phrase(text: text, lexicon: lexicon, from: match.end, end: sentence.endToken) {
                    return phrase
                }
            case .sourceVerb where tokens[index].isArabic:
                if let phrase = phrase(text: text, lexicon: lexicon, from: match.end, end: sentence.endToken) {
                    return phrase
                }
            case .sourceVerb:
                if let phrase = phraseBefore(text: text, lexicon: lexicon, index: index, start: sentence.firstToken) {
                    return phrase
                }
            default: break
            }
            index = match.end
        }
        return nil
    }

    private static func isStop(_ text: TokenizedText, _ lexicon: Lexicon, _ index: Int) -> Bool {
        let token = text.tokens[index]
        if token.isPunctuation || token.isNumber { return true }
        if token.isArabic && token.clitic == .preposition { return true }
        if token.isArabic && token.length == 1 { return true }
        guard token.isKnown else { return false }
        if lexicon.triggers.contains(text, at: index) { return true }
        if let cue = lexicon.cues.match(text, at: index)?.value {
            switch cue {
            case .stop, .link, .sourceVerb, .sourceFollows, .negation, .subset: return true
            default: return false
            }
        }
        return lexicon.dateWords.contains(text, at: index)
    }

    /// The short phrase after a cue: "وزارة الصحة", "the health ministry", "صفحة وزارة الخارجية المغربية".
    private static func phrase(text: TokenizedText, lexicon: Lexicon, from start: Int, end: Int) -> String? {
        var first = start
        // "وفق ما ذكرته صفحة…": skip "ما" and the verb of saying that follows it.
        if first < end, text.tokens[first].full == Keys.ma {
            first += 1
            if first < end, text.tokens[first].isArabic { first += 1 }
        }
        var last = first - 1
        while last + 1 < end && last + 1 - first < maxWords && !isStop(text, lexicon, last + 1) { last += 1 }
        guard last >= first else { return nil }
        return text.text(tokens: first, last)
    }

    /// The short phrase before an English or French verb of saying: "the health ministry" in "…, the health
    /// ministry said".
    private static func phraseBefore(text: TokenizedText, lexicon: Lexicon, index: Int, start: Int) -> String? {
        var first = index
        while first - 1 >= start && index - first < maxWords && !isStop(text, lexicon, first - 1) { first -= 1 }
        guard first < index else { return nil }
        return text.text(tokens: first, index - 1)
    }
}
