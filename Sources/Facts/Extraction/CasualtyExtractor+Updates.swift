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
    /// "عدد القتلى" (the number of the dead) is a toll as "the death toll" is.
    private static let tollWords: Set<UInt64> = Set(["toll", "حصيلة", "bilan", "عدد"].map(Keys.key))

    /// True when the figure is marked as an addition: "another 5", "24 other people", "were also killed".
    func isAdditional(
        numberFirst: Int, numberLast: Int, first: Int, last: Int, sentence: SentenceSpan, hasSubject: Bool
    ) -> Bool {
        let tokens = text.tokens
        if inOtherIncidents(after: last, end: sentence.endToken) { return false }
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

    /// "Fifteen others were killed in two more incidents", "in separate attacks": the figure counts other
    /// incidents, not a part of this one, so it does not add to the headline. Looks at most eight tokens on.
    func inOtherIncidents(after last: Int, end: Int) -> Bool {
        let tokens = text.tokens
        var position = last + 1
        while position + 1 < end && position <= last + 8 {
            if Self.otherMarkers.contains(tokens[position].key) && Self.incidentNouns.contains(tokens[position + 1].key)
            {
                return true
            }
            position += 1
        }
        return false
    }

    /// "10 unidentified bodies", "another 10 bodies yet to be identified", "not identified": the figure counts
    /// victims whom the source could not yet class as civilians or fighters.
    func isUnidentified(from first: Int, after last: Int, end: Int) -> Bool {
        let tokens = text.tokens
        if (first...max(first, last)).contains(where: { $0 < end && tokens[$0].key == Self.unidentifiedKey }) {
            return true
        }
        var position = last + 1
        while position < end && position <= last + 6 {
            let key = tokens[position].key
            if key == Self.unidentifiedKey { return true }
            if key == Self.identifiedKey, position >= 2,
                (position - 3..<position).contains(where: { $0 > last && Self.notYet.contains(tokens[$0].key) })
            {
                return true
            }
            position += 1
        }
        return false
    }

    private static let unidentifiedKey = Keys.key("unidentified")
    private static let identifiedKey = Keys.key("identified")
    private static let notYet: Set<UInt64> = Set(["yet", "not"].map(Keys.key))

    private static let otherMarkers: Set<UInt64> = Set(["more", "other", "separate", "distinct"].map(Keys.key))
    private static let incidentNouns: Set<UInt64> = Set(
        ["incidents", "attacks", "strikes", "raids", "clashes", "bombings", "areas", "places", "provinces"].map(
            Keys.key))

    /// "The Observatory gave a toll of 47. This was later updated to 82": a sentence that opens with a pronoun
    /// ("This", "It") and raises something "to" the figure updates the toll just given; its kind is the last
    /// figure's. Only the pronoun start makes it safe: "prices rose to 50" names what rose.
    func raisesTheToll(before first: Int, sentence: SentenceSpan) -> Bool {
        let tokens = text.tokens
        guard first >= sentence.firstToken + 3, first <= sentence.firstToken + 7, tokens[first - 1].key == Self.toKey,
            Self.raiseVerbs.contains(tokens[first - 2].key),
            Self.pronouns.contains(tokens[sentence.firstToken].key)
        else { return false }
        return (sentence.firstToken + 1..<first - 2).allSatisfy { tokens[$0].isWord }
    }

    /// True when the sentence opens with "This", "It" or "That" (see `raisesTheToll`).
    func opensWithPronoun(_ sentence: SentenceSpan) -> Bool {
        sentence.firstToken < sentence.endToken && Self.pronouns.contains(text.tokens[sentence.firstToken].key)
    }

    /// Verbs of a rising toll: "This raised the toll to", "the toll rose to", "ترتفع الحصيلة إلى", "s'est alourdi à".
    private static let raiseVerbs: Set<UInt64> = Set(
        [
            "updated", "raised", "revised", "rose", "risen", "increased", "climbed", "ارتفعت", "ترتفع", "ارتفع",
            "يرتفع", "ارتفاع", "alourdi", "porté", "passé", "grimpé", "revu", "révisé", "hausse",
        ].map(Keys.key))
    private static let pronouns: Set<UInt64> = Set(["this", "it", "that"].map(Keys.key))
    /// "It had initially given a death toll of 22": an earlier toll, never an update.
    private static let earlier: Set<UInt64> = Set(
        ["initially", "initial", "earlier", "previously", "previous", "السابقة", "السابق", "الأولية"].map(Keys.key))

    /// True when the trigger is a toll noun ("death toll", "حصيلة القتلى") or follows "the number (of …)": "the
    /// number killed", "the number of civilians killed" state the whole count as known at the time, as a toll does.
    func isToll(_ hit: TriggerHit) -> Bool {
        if (max(0, hit.first - 4)..<hit.first).contains(where: { Self.earlier.contains(text.tokens[$0].key) }) {
            return false
        }
        let from = max(0, hit.first - 1)
        if (from..<hit.end).contains(where: { Self.tollWords.contains(text.tokens[$0].key) }) { return true }
        return numberPhrase(before: hit.first) != nil
    }

    /// "قبل أن ترتفع الحصيلة إلى 7 قتلى", "s'est alourdi à neuf morts", "porté le bilan à sept morts": a figure after
    /// "to" that a toll word or a verb of rising stands shortly before states the toll, as "the toll rose to" does.
    func raisedTo(figureFirst index: Int, sentence: SentenceSpan) -> Bool {
        let tokens = text.tokens
        guard index - 2 >= sentence.firstToken, Self.toWords.contains(tokens[index - 1].key) else { return false }
        for position in stride(from: index - 2, through: max(sentence.firstToken, index - 5), by: -1) {
            if tokens[position].isPunctuation { return false }
            if Self.tollWords.contains(tokens[position].key) || Self.raiseVerbs.contains(tokens[position].key) {
                return true
            }
        }
        return false
    }

    /// "rose to", "portée à", and a colon after "revu à la hausse".
    private static let toWords: Set<UInt64> = Set(["to", "à", "إلى", "الى", ":"].map(Keys.key))

    /// The first token of "the number" or "the number of <up to two words>" ending right before `index`.
    func numberPhrase(before index: Int) -> Int? {
        let tokens = text.tokens
        var position = index - 1
        var words = 0
        while position > 0, words <= 3, tokens[position].isWord {
            if tokens[position].key == Self.numberKey {
                let of = position + 1 < index && tokens[position + 1].key == Self.ofKey
                guard of || position == index - 1, tokens[position - 1].key == Keys.the else { return nil }
                return position - 1
            }
            position -= 1
            words += 1
        }
        return nil
    }

    /// "Get short URL 0 214 The number of civilians killed … has risen to 20": a noun phrase that opens with "the"
    /// right after a figure is not what the figure counts. Only after "to" does a toll put its figure before the
    /// noun: "bringing to 45 the number killed".
    func opensOtherPhrase(figureFirst: Int, after: Int, end: Int) -> Bool {
        guard after < end, text.tokens[after].key == Keys.the else { return false }
        return figureFirst == 0 || text.tokens[figureFirst - 1].key != Self.toKey
    }

    /// "brought to 49 the number killed in Eastern Ghouta in two days of attacks": a toll over several days, weeks
    /// or months (a figure of at least two, or "several", before the unit, after "in", "over", "during" or
    /// "within" and at most ten words past the toll) sums several incidents, so it does not update the day's
    /// figure. "in 24 hours" is still one day.
    func spansSeveralDays(after last: Int, end: Int) -> Bool {
        let tokens = text.tokens
        var position = last + 1
        while position < end && position <= last + 10 {
            defer { position += 1 }
            guard Self.spanPrepositions.contains(tokens[position].key) else { continue }
            var next = position + 1
            while next < end && next <= position + 3 && Self.spanFillers.contains(tokens[next].key) { next += 1 }
            guard next < end else { return false }
            var unit = next + 1
            if Self.severalWords.contains(tokens[next].key) {
                unit = next + 1
            } else if let quantity = quantities.first(where: { $0.first == next }), (quantity.stated ?? 0) >= 2 {
                unit = quantity.last + 1
            } else {
                continue
            }
            if unit < end && Self.longUnits.contains(tokens[unit].key) { return true }
        }
        return false
    }

    private static let spanPrepositions: Set<UInt64> = Set(["in", "over", "during", "within"].map(Keys.key))
    private static let spanFillers: Set<UInt64> = Set(["the", "past", "last", "first"].map(Keys.key))
    private static let severalWords: Set<UInt64> = Set(["several", "few"].map(Keys.key))
    private static let longUnits: Set<UInt64> = Set(["days", "weeks", "months", "years"].map(Keys.key))

    private static let numberKey = Keys.key("number")
    private static let toKey = Keys.key("to")
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
            "driver", "farmer", "activist", "commander", "leader", "militant", "guard", "shepherd", "homme", "femme",
            "enfant", "soldat", "policier", "militaire", "garçon", "fille", "bébé", "conducteur", "automobiliste",
            "passager", "journaliste", "motard", "piéton", "gendarme", "motorist", "cyclist", "pedestrian",
            "passenger", "suspect", "victim", "motorcyclist", "teacher", "prisoner", "patient", "migrant", "refugee",
            "tourist", "policewoman", "jeune", "victime", "cycliste", "priest",
            "engineer",
            "nun", "missionary", "businessman", "fillette", "adolescent", "étudiant", "ouvrier", "prêtre",
            "passant", "passante", "bystander", "passerby", "piétonne", "passer", "secouriste",
            "pompier", "infirmier", "infirmière", "médecin", "third", "fourth", "fifth", "sixth", "troisième",
            "quatrième", "cinquième", "sixième", "firefighter", "fireman", "paramedic", "rescuer", "fisherman",
            "herder", "merchant", "shopkeeper", "vendor",
            "trader", "labourer", "laborer", "miner", "mechanic", "villager", "neighbour", "neighbor", "berger",
            "bergère", "pêcheur", "agriculteur", "agricultrice", "fermier", "fermière", "chauffeur", "commerçant",
            "commerçante", "vendeur", "vendeuse", "ouvrière", "employé", "employée", "retraité", "retraitée",
            "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire",
            "nonagénaire",
        ].map(Keys.key))
    /// "a child", "one soldier", "the soldier", "un homme", "le soldat": one person (a definite singular is one
    /// person as well).
    private static let indefinite: Set<UInt64> = Set(["a", "an", "one", "the", "un", "une", "le", "la"].map(Keys.key))
    private static let andKeys: Set<UInt64> = Set(["and", "et", ","].map(Keys.key))

    /// How many "a/an <person>" phrases end just before `index` (walking back over "and"), or 0.
    ///
    /// - Parameter relatives: whether a relative named by a possessive ("her daughter") counts too. Not before a
    ///   figure: in "the spokesman, his son and 20 other terrorists" the figure already says who it leaves out, and
    ///   the reports that repeat the toll write "20".
    func singularPeople(endingBefore index: Int, from floor: Int, relatives: Bool = true) -> Int {
        var count = 0
        var position = index - 1
        while position >= floor {
            // "Une fillette de 8 ans et son frère de 11 ans": the age after the noun.
            if position - 3 >= floor, Self.ageUnits.contains(text.tokens[position].key),
                text.tokens[position - 1].isNumber, Self.ofAge.contains(text.tokens[position - 2].key)
            {
                position -= 3
            }
            // "un policier malien": an adjective after the noun, as French places it (after a French article only:
            // in "One person died" the word after the noun is a verb).
            if position - 2 >= floor, !isSingularPerson(position), isSingularPerson(position - 1),
                isLowercaseLatinWord(position), Self.frenchSingularArticles.contains(text.tokens[position - 2].key)
            {
                position -= 1
            }
            // "a 12-year-old": a person named by their age alone.
            let aged = isAgeCompoundEnd(position, floor: floor)
            // "a passer-by": a person named by a hyphenated compound is known by its first word.
            while !aged, position - 2 >= floor, !Self.singularPeople.contains(text.tokens[position].key),
                isGluedHyphen(position - 1)
            {
                position -= 2
            }
            guard aged || isSingularPerson(position) else { break }
            // The word that names one person: "a", "the", "un", or, for "her daughter", "their father", "sa femme",
            // a singular possessive; up to two modifiers may stand between ("an elderly man", "her 70-year-old
            // grandmother").
            var article = position - 1
            var words = 0
            while article >= floor, words < 2, !Self.indefinite.contains(text.tokens[article].key),
                !(relatives && Self.singularPossessives.contains(text.tokens[article].key)),
                text.tokens[article].isWord || text.tokens[article].isNumber || isGluedHyphen(article),
                !Self.andKeys.contains(text.tokens[article].key)
            {
                // "an 85-year-old man": a hyphenated compound is one word.
                if !isGluedHyphen(article) && !(article > floor && isGluedHyphen(article - 1)) { words += 1 }
                article -= 1
            }
            guard article >= floor else { break }
            let possessor = text.tokens[article].key
            if relatives, Self.singularPossessives.contains(possessor) {
                count += 1
                position = article - 1
                guard position >= floor, Self.andKeys.contains(text.tokens[position].key) else { break }
                position -= 1
                // "Ahmed Ali and his son": the one possessor, named, is a person too.
                if !Self.pluralPossessors.contains(possessor), position >= floor, isCapitalizedName(position) {
                    count += 1
                    break
                }
                continue
            }
            guard Self.indefinite.contains(possessor) else { break }
            count += 1
            position = article - 1
            guard position >= floor, Self.andKeys.contains(text.tokens[position].key) else { break }
            position -= 1
        }
        return count
    }

    /// A singular noun of a person: one of ``singularPeople`` or a relative ("daughter", "père").
    func isSingularPerson(_ index: Int) -> Bool {
        Self.singularPeople.contains(text.tokens[index].key) || Self.relations.contains(text.tokens[index].key)
    }

    /// Relatives, counted one each after a singular possessive ("his son", "leur père"); the nouns that are also
    /// people by themselves ("mother", "child") are in ``singularPeople``.
    static let relations: Set<UInt64> = Set(
        [
            "son", "daughter", "wife", "husband", "brother", "sister", "grandson", "granddaughter", "grandfather",
            "grandmother", "cousin", "nephew", "niece", "uncle", "aunt", "fiancé", "fiancée", "fils", "épouse",
            "époux", "mari", "père", "mère", "frère", "sœur", "soeur", "cousine", "neveu",
            "nièce", "oncle", "tante", "petit-fils", "petite-fille",
        ].map(Keys.key))

    /// A Latin word written with a capital that names no person of ``singularPeople``: a name ("Ali", "Dupont").
    private func isCapitalizedName(_ index: Int) -> Bool {
        !isSingularPerson(index) && latinInitial(index)?.isUppercase == true
    }

    /// A Latin word written in lower case: an adjective after a noun ("malien"; "blessé" is a trigger and never
    /// reaches here).
    private func isLowercaseLatinWord(_ index: Int) -> Bool {
        latinInitial(index)?.isLowercase == true
    }

    /// The properties of the first letter of a Latin word (Arabic has no case), nil for any other token.
    private func latinInitial(_ index: Int) -> Unicode.Scalar.Properties? {
        let token = text.tokens[index]
        guard token.isWord, !token.isArabic, token.start < token.end else { return nil }
        return text.scalars[token.start].properties
    }

    private static let frenchSingularArticles: Set<UInt64> = Set(
        ["un", "une", "le", "la", "son", "sa", "leur"].map(Keys.key))

    /// "their", "leur": several possessors, so a name before them is not one person.
    private static let pluralPossessors: Set<UInt64> = Set(["their", "leur"].map(Keys.key))

    /// "his", "her", "their", "son", "sa", "leur": one possessor and one relative ("ses", "leurs" are plural).
    private static let singularPossessives: Set<UInt64> = Set(
        ["his", "her", "their", "son", "sa", "leur"].map(Keys.key))

    /// True when the token at `index` ends an age written as one compound ("12-year-old", "six-month-old"): "old"
    /// glued by a hyphen to a unit glued to the number.
    func isAgeCompoundEnd(_ index: Int, floor: Int) -> Bool {
        index - 4 >= floor && text.tokens[index].key == Self.oldKey && isGluedHyphen(index - 1)
            && Self.compoundAgeUnits.contains(text.tokens[index - 2].key) && isGluedHyphen(index - 3)
    }

    private static let oldKey = Keys.key("old")
    private static let compoundAgeUnits: Set<UInt64> = Set(["year", "month", "week", "day"].map(Keys.key))

    /// "A man and his two children were killed", "Un homme et ses deux enfants": the singular people joined before
    /// a figure, to add to it.
    func singularsBefore(figureFirst: Int, sentence: SentenceSpan) -> Int {
        var position = figureFirst - 1
        if position > sentence.firstToken, Self.possessives.contains(text.tokens[position].key) { position -= 1 }
        guard position > sentence.firstToken, Self.joiningAnd.contains(text.tokens[position].key) else { return 0 }
        return singularPeople(endingBefore: position, from: sentence.firstToken, relatives: false)
    }

    private static let possessives: Set<UInt64> = Set(
        ["his", "her", "their", "ses", "son", "sa", "leurs"].map(Keys.key))
    /// Every possessive, of one relative or of several ("their three children", "ses deux fils").
    private static let anyPossessives = possessives.union(singularPossessives)
    private static let joiningAnd: Set<UInt64> = Set(["and", "et"].map(Keys.key))

    /// "a security guard", "an elderly man" right after a verb: the noun's index, or nil.
    func singularPerson(after index: Int, end: Int) -> Int? {
        guard index < end, Self.indefinite.contains(text.tokens[index].key) else { return nil }
        var words = 0
        var position = index + 1
        while position < end, words < 3 {
            let token = text.tokens[position]
            if Self.singularPeople.contains(token.key) { return position }
            // "the 19-year-old suspect": a hyphenated compound is one word.
            guard token.isWord || token.isNumber || isGluedHyphen(position) else { return nil }
            if !isGluedHyphen(position) && !isGluedHyphen(position + 1) { words += 1 }
            position += 1
        }
        return nil
    }

    /// The people listed after a verb's singular object at `person`, that one included: more singular people ("a
    /// nurse", "his wife") and figures with their noun ("two civilians", "their three children"), joined by commas
    /// and "and"; the count and the last token read.
    ///
    ///     "killed a father, his wife and their three children" → 5
    ///     "killed a soldier and wounded two others" → 1 (a verb ends the list)
    func peopleListed(after person: Int, end: Int) -> (count: Int, last: Int) {
        var count = 1
        var last = person
        while last + 1 < end {
            var next = last + 1
            if Keys.commas.contains(text.tokens[next].key) { next += 1 }
            if next < end, Self.joiningAnd.contains(text.tokens[next].key) { next += 1 }
            guard next > last + 1, next < end else { break }
            if let one = singularPerson(after: next, end: end) {
                count += 1
                last = one
                continue
            }
            var first = next
            if Self.anyPossessives.contains(text.tokens[first].key) {
                if first + 1 < end, isSingularPerson(first + 1) {
                    count += 1
                    last = first + 1
                    continue
                }
                first += 1
            }
            guard let figure = quantities.first(where: { $0.first == first }), let stated = figure.stated,
                stated >= 2, stated < 1000, stated == stated.rounded(), figure.last + 1 < end,
                text.tokens[figure.last + 1].isWord
            else { break }
            count += Int(stated)
            last = figure.last + 1
        }
        return (count, last)
    }

    /// The singular people right before a trigger, across its auxiliaries ("a child was killed"): the count.
    func singularPeople(beforeTrigger first: Int, sentence: SentenceSpan) -> Int {
        var position = first
        while position > sentence.firstToken, isAuxiliary(position - 1) { position -= 1 }
        // "Un enfant de 4 ans a été blessé": the walk steps over the age after the noun.
        return singularPeople(endingBefore: position, from: sentence.firstToken)
    }

    private static let ageUnits: Set<UInt64> = Set(["ans", "an"].map(Keys.key))
    private static let ofAge: Set<UInt64> = Set(["de", "d"].map(Keys.key))

    /// "and a child" after a figure's noun ("Five women and a child have been killed", "killing five women and a
    /// child"): the people to add. Before a trigger the phrase ends at its auxiliaries; `forward` reads it up to
    /// the first word that is not part of it.
    func coordinatedSingulars(after figureEnd: Int, before limit: Int, forward: Bool = false) -> Int {
        var last = figureEnd
        // "Two brothers and a cousin": one noun the subject table does not know may stand before the "and".
        if last + 2 < limit, text.tokens[last + 1].isWord, !Self.andKeys.contains(text.tokens[last + 1].key),
            Self.andKeys.contains(text.tokens[last + 2].key)
        {
            last += 1
        }
        guard limit > last + 2, Self.andKeys.contains(text.tokens[last + 1].key) else { return 0 }
        var position = limit
        if forward {
            position = last + 2
            while position < limit, text.tokens[position].isWord, !isSingularPerson(position) {
                position += 1
            }
            guard position < limit, isSingularPerson(position) else { return 0 }
            // "wounding 11 civilians, a police officer told AFP": the person who speaks is the source.
            if position + 1 < text.tokens.count, isCue(.sourceVerb, at: position + 1) { return 0 }
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

    /// A hyphen glued to what stands on each side, words or digits ("85-year-old", "Covid-19", "103-13").
    func isGluedHyphen(_ index: Int) -> Bool {
        let tokens = text.tokens
        guard index > 0, index + 1 < tokens.count, tokens[index].isPunctuation, tokens[index].key == Keys.dash
        else { return false }
        return tokens[index - 1].end == tokens[index].start && tokens[index].end == tokens[index + 1].start
    }

    /// A hyphen with a word glued on each side ("Al-Nusra").
    func isCompoundHyphen(_ index: Int, end: Int) -> Bool {
        index + 1 < end && isGluedHyphen(index) && text.tokens[index - 1].isWord && text.tokens[index + 1].isWord
    }

    /// Nouns of fighters: "destroyed over 60 terrorists" counts them killed.
    private static let fighters: Set<UInt64> = Set(
        ["terrorists", "militants", "fighters", "jihadists", "gunmen", "insurgents", "rebels", "extremists"].map(
            Keys.key))

    /// True when a noun of fighters follows the figure ending at `last`.
    func countsFighters(after last: Int, end: Int) -> Bool {
        last + 1 < end && Self.fighters.contains(text.tokens[last + 1].key)
    }

    private static let ofKey = Keys.key("of")
    private static let relatives: Set<UInt64> = Set(["which", "whom", "them"].map(Keys.key))

    private func isAuxiliary(_ index: Int) -> Bool {
        guard text.tokens[index].isKnown, let match = lexicon.cues.match(text, at: index) else { return false }
        return match.value == .auxiliary
    }
}
