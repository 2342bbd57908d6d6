import CrossCheckModel

/// Numbers beside a casualty word that count no one: an age, the number of a road, a flight, a unit or a law, a
/// code, an amount of money, a year with its era, one figure of a proportion, an adjective of time; and the verb of
/// exceeding that makes a figure a lower bound. Each check looks at the few tokens around the figure, and runs only
/// for a figure that would otherwise become a fact (`extract`).
extension CasualtyExtractor {
    /// Digits glued to Latin letters before them, or to letters and a hyphen: a code, never a count of people ("M25", "H5N1",
    /// "MH17", "Covid-19", "F-16"). Arabic letters glued before digits are clitics ("و20 جريحا") and stay.
    func isCode(at index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1]
        guard before.end == tokens[index].start else { return false }
        if before.isWord { return !before.isArabic }
        guard isGluedHyphen(index - 1) else { return false }
        let word = tokens[index - 2]
        // "Covid-19"; "la loi 103-13": digits after larger digits are a number's second part, not a range's end.
        return word.isWord || (word.isNumber && word.value > tokens[index].value)
    }

    /// Whether a figure that would be a fact of `kind` counts no one: people set free or who lost their jobs, an age,
    /// a label's number, money, a code, a proportion or an adjective of time.
    /// - Parameter wordsLast: the last token of the figure's words with its trigger.
    func countsNoOne(
        _ quantity: Quantity, kind: CasualtyKind, wordsLast: Int, hits: [TriggerHit], sentence: SentenceSpan
    ) -> Bool {
        let end = sentence.endToken
        if kind == .hostages || kind == .detained || kind == .missing,
            isReleased(first: quantity.first, evidenceLast: wordsLast, hits: hits, sentence: sentence)
        {
            return true
        }
        if kind == .missing, isLostObject(after: max(wordsLast, quantity.last), end: end) { return true }
        return isAgeLabelOrYear(quantity, sentence: sentence) || isMoney(quantity, end: end)
            || isCode(at: quantity.numberFirst) || isProportion(quantity, end: end)
            || isTimeAdjective(quantity, end: end) || isListedAge(quantity, end: end) || isClockTime(quantity, end: end)
            || countsAnimals(quantity, end: end)
    }

    /// "2,000 head of cattle", "500 brebis", "300 رأس من الماشية": animals, not people.
    func countsAnimals(_ quantity: Quantity, end: Int) -> Bool {
        var next = quantity.last + 1
        if next + 1 < end, Self.headWords.contains(tokens[next].key) { next += 1 }
        if next + 1 < end, Self.ofWords.contains(tokens[next].key) { next += 1 }
        return next < end && Self.animals.contains(tokens[next].key)
    }

    static let headWords: Set<UInt64> = Set(["head", "رأس", "têtes", "tetes"].map(Keys.key))
    static let animals: Set<UInt64> = Set(
        [
            "cattle", "livestock", "sheep", "goats", "cows", "chickens", "poultry", "camels", "pigs", "animals",
            "brebis", "moutons", "vaches", "chèvres", "bovins", "volailles", "poulets", "animaux", "bêtes",
            "bétail", "ovins", "caprins", "chevaux", "chameaux", "dromadaires", "horses", "donkeys", "مواشي",
            "المواشي", "إبل", "الإبل",
            "ماشية", "الماشية", "أغنام", "الأغنام", "رؤوس", "دواجن", "أبقار", "الأبقار", "حيوانات", "نعجة",
        ].map(Keys.key))

    /// "arrested at 11:45 pm": digits glued to a colon and more digits tell the time.
    func isClockTime(_ quantity: Quantity, end: Int) -> Bool {
        let colon = quantity.last + 1
        return colon + 1 < end && tokens[colon].isPunctuation && tokens[colon].key == Self.colonKey
            && tokens[colon].start == tokens[quantity.last].end && tokens[colon + 1].isNumber
            && tokens[colon + 1].start == tokens[colon].end
    }

    static let colonKey = Keys.key(":")

    /// "the 19-year-old suspect", "a 10-day truce", "a six-storey building": a figure glued by a hyphen to a word
    /// is an adjective of age, length or size, never a count.
    func isTimeAdjective(_ quantity: Quantity, end: Int) -> Bool {
        let hyphen = quantity.last + 1
        guard hyphen + 1 < end, isGluedHyphen(hyphen), tokens[hyphen + 1].isWord else { return false }
        return Self.timeUnits.contains(tokens[hyphen + 1].key) || !lexicon.triggers.contains(text, at: hyphen + 1)
    }

    /// "Deux adolescents de 14 et 16 ans", "aged 15, 16 and 17 years": figures listed before a unit of time are
    /// ages, the first ones too.
    func isListedAge(_ quantity: Quantity, end: Int) -> Bool {
        var position = quantity.last + 1
        var listed = false
        while position + 1 < end, Self.ageListLinks.contains(tokens[position].key), tokens[position + 1].isNumber {
            position += 2
            listed = true
        }
        return listed && position < end && Self.timeUnits.contains(tokens[position].key)
    }

    /// "nine out of ten", "neuf sur dix", "تسعة من كل عشرة": both figures of a proportion, neither a count.
    func isProportion(_ quantity: Quantity, end: Int) -> Bool {
        // "one in five", "1 in 10": only after one ("3 in 2 attacks" is no proportion).
        if quantity.value == 1, quantity.last + 2 < end, tokens[quantity.last + 1].key == Self.inKey,
            tokens[quantity.last + 2].isNumber || lexicon.numbers.match(text, at: quantity.last + 2) != nil
        {
            return true
        }
        if quantity.first >= 2, tokens[quantity.first - 1].key == Self.inKey,
            let one = lexicon.numbers.match(text, at: quantity.first - 2),
            one.value.value == 1
                || (tokens[quantity.first - 2].isNumber && tokens[quantity.first - 2].value == 1)
        {
            return true
        }
        // Right after the figure or after its noun ("neuf victimes sur dix").
        for start in (quantity.last + 1)...(quantity.last + 2) where start < end {
            if let link = lexicon.cues.match(text, at: start), link.value == .proportion, link.end < end,
                tokens[link.end].isNumber || lexicon.numbers.match(text, at: link.end) != nil
            {
                return true
            }
        }
        for start in stride(from: quantity.first - 1, through: max(0, quantity.first - 3), by: -1) {
            if let link = lexicon.cues.match(text, at: start), link.value == .proportion, link.end == quantity.first {
                return true
            }
        }
        return false
    }

    /// "2 million dollars", "$10,000", "500 درهم": an amount of money, never a count of people ("a ransom of 2
    /// million dollars for the release of the hostages").
    func isMoney(_ quantity: Quantity, end: Int) -> Bool {
        var after = quantity.last + 1
        // "2 millions d'euros", "3 millions de dollars".
        if after + 1 < end, Self.ofWords.contains(tokens[after].key), Self.currencies.contains(tokens[after + 1].key) {
            after += 1
        }
        if after < end, Self.currencies.contains(tokens[after].key) { return true }
        return text.followsCurrencySign(quantity.numberFirst)
    }

    /// A figure that counts no one, whatever trigger stands around it: an age ("died aged 85", "عن عمر 85"), the
    /// number of a road, a flight or an item ("killed on Route 66", "الطريق رقم 7"), or a year with its era ("died
    /// in 250 BC", "سنة 250 ق.م"). The trigger is still there for another figure or as a lone mention.
    func isAgeLabelOrYear(_ quantity: Quantity, sentence: SentenceSpan) -> Bool {
        // "aged 20 and 25", "âgés de 19 et 21 ans": the ages after the first one, back over figures and links.
        var figureFirst = quantity.first
        while figureFirst - 2 >= sentence.firstToken, Self.ageListLinks.contains(tokens[figureFirst - 1].key),
            tokens[figureFirst - 2].isNumber
        {
            figureFirst -= 2
        }
        for first in Set([quantity.first, figureFirst]) {
            for start in stride(from: first - 1, through: max(sentence.firstToken, first - 4), by: -1) {
                if let match = lexicon.cues.match(text, at: start), match.end == first,
                    match.value == .age || match.value == .label
                {
                    return true
                }
                // "flight BA 117", "vol AF 447": a code of capitals between the label and its number.
                if first - start == 2, tokens[first - 1].isWord, !tokens[first - 1].isArabic,
                    tokens[first - 1].length <= 3, isAllCapitals(first - 1),
                    let match = lexicon.cues.match(text, at: start), match.end == first - 1, match.value == .label
                {
                    return true
                }
            }
        }
        let after = quantity.last + 1
        guard after < sentence.endToken, let match = lexicon.cues.match(text, at: after) else { return false }
        return match.value == .era
    }

    /// "un", "une", "a", "one" written as a word: as often an article as a count.
    func isArticleLikeOne(_ quantity: Quantity) -> Bool {
        quantity.value == 1 && quantity.vague == nil && !tokens[quantity.numberFirst].isNumber
            && !tokens[quantity.numberFirst].isArabic
    }

    /// "d'un", "of a": the word for one after a preposition, an article.
    func isArticleAfterPreposition(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].isNumber, !tokens[index].isArabic,
            Self.articlePrepositions.contains(tokens[index - 1].key),
            let one = lexicon.numbers.match(text, at: index), one.value.value == 1, one.end == index + 1
        else { return false }
        return true
    }

    /// True when every letter of the token is a capital ("BA", "AF").
    func isAllCapitals(_ index: Int) -> Bool {
        let token = tokens[index]
        return (token.start..<token.end).allSatisfy { text.scalars[$0].properties.isUppercase }
    }

    /// "تجاوز عدد النازحين ثلاثة ملايين", "the toll exceeded 100": a verb of exceeding a few words before the
    /// figure, in the same clause, makes it "more than".
    func exceedsBefore(_ first: Int, sentence: SentenceSpan) -> Bool {
        for position in stride(from: first - 1, through: max(sentence.firstToken, first - 5), by: -1) {
            if tokens[position].isPunctuation { return false }
            if isCue(.exceeds, at: position) { return true }
        }
        return false
    }

    /// "2.946 morts et 5.674 blessés": people are counted in whole numbers, so digits with a point before exactly three
    /// more (once or more) group thousands, as Moroccan and much French copy writes them, not decimals.
    func groupedThousands(_ quantity: Quantity) -> Quantity {
        guard quantity.vague == nil, quantity.value.rounded(.down) != quantity.value,
            quantity.numberFirst == quantity.last
        else { return quantity }
        let token = tokens[quantity.numberFirst]
        var digits = 0.0
        var group = 0
        var groups = 0
        for position in token.start..<token.end {
            let scalar = text.scalars[position]
            if scalar == "." {
                guard groups == 0 ? (1...3).contains(group) : group == 3 else { return quantity }
                groups += 1
                group = 0
            } else if let digit = scalar.properties.numericType != nil ? scalar.properties.numericValue : nil {
                digits = digits * 10 + digit
                group += 1
            } else {
                return quantity
            }
        }
        guard groups > 0, group == 3 else { return quantity }
        var whole = quantity
        whole.value = digits
        return whole
    }

    /// "وفقد 25 ألف عامل وظائفهم": people who lost their jobs or homes are not missing.
    func isLostObject(after last: Int, end: Int) -> Bool {
        (last + 1..<min(end, last + 3)).contains { Self.lostObjects.contains(tokens[$0].key) }
    }

    /// "could kill up to 800 people and injure 18,000 more": a figure joined to a hedged one by "and" and a verb,
    /// with no punctuation between, is hedged too.
    func continuesHedge(from last: Int, to first: Int) -> Bool {
        guard first - last >= 2, first - last <= 4 else { return false }
        let between = (last + 1)..<first
        return !between.contains { tokens[$0].isPunctuation }
            && between.contains { Self.hedgeConjunctions.contains(tokens[$0].key) || tokens[$0].clitic == .wa }
    }

    static let lostObjects: Set<UInt64> = Set(
        [
            "وظائفهم", "وظائف", "وظيفته", "عملهم", "أعمالهم", "مناصبهم", "jobs", "job", "emplois", "emploi",
        ].map(Keys.key))

    static let hedgeConjunctions: Set<UInt64> = Set(["and", "et", "or", "ou"].map(Keys.key))

    static let eachWords: Set<UInt64> = Set(["كل", "each", "every", "per", "chaque"].map(Keys.key))

    static let inKey = Keys.key("in")

    static let ageListLinks: Set<UInt64> = Set(["and", "et", "و", "to", "à", ",", "-"].map(Keys.key))

    static let currencies: Set<UInt64> = Set(
        [
            "dollars", "dollar", "euros", "euro", "pounds", "dirhams", "dirham", "dinars", "dinar", "riyals", "yuan",
            "francs", "usd", "eur", "mad", "دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "جنيهات", "درهم",
            "دراهم", "درهما", "دينار", "دينارا", "ريال", "ريالا", "ليرة",
        ].map(Keys.key))
}
