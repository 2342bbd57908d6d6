/// Pairs figures with casualty triggers in a sentence and reads who they count, who said so and how.
///
/// Patterns, tried in this order for each figure:
/// 1. the figure (with its noun) is followed at once by a trigger noun: "2500 قتيل", "20 قتيلا و30 جريحا";
/// 2. a trigger comes just before the figure: "مقتل أكثر من 2500 شخص", "killed at least 20 people",
///    "فُقد ما لا يقل عن 17 مواطنًا أمريكيًا", "the death toll rose to 50";
/// 3. the figure, its noun and auxiliaries come before the trigger: "20 people were killed", "10 soldats ont été tués";
/// 4. a subset marker comes before the figure: "من بينهم 22 أمريكيا", "including 5 children", "dont 4 enfants":
///    the figure counts a subset of the previous fact's kind.
/// A trigger left alone implies a count when it is singular or dual ("سقوط قتيل", "قتيلين", "مقتل شخصين"), and
/// means none when it is negated ("لم يسفر الحادث عن سقوط قتلى").
struct CasualtyExtractor {
    let text: TokenizedText
    let lexicon: Lexicon
    let quantities: [Quantity]
    /// Tokens read as part of a date.
    let consumed: [Bool]
    /// The year of the publication date (or the reference date): an event named with an earlier year ("the 2019
    /// bombing", "l'attentat de 2011") is an earlier event.
    var anchorYear: Int? = nil

    struct TriggerHit {
        var first: Int
        var end: Int
        var trigger: CasualtyTrigger
        var used = false
    }

    var tokens: [Token] { text.tokens }

    /// The facts of one sentence, given the kind of the last fact before it (for subsets).
    ///
    /// - Parameter historicalDates: where the sentence's historical dates start; a figure in the same clause as one
    ///   is historical ("قتل 300 شخص في حرب 1967"), one in another clause is not ("6 people were killed; in 2019 a
    ///   similar attack killed 30").
    func extract(
        sentence: SentenceSpan, previousKind: CasualtyKind?, historicalDates: [Int], namesDay: Bool = false
    ) -> [CasualtyFact] {
        var hits = triggers(in: sentence)
        // Without a trigger, only a subset ("من بينهم 22 أمريكيا") or "This raised the toll to …" right after a
        // casualty sentence makes a fact: the scan for them is skipped everywhere else.
        guard !hits.isEmpty || (previousKind != nil && (hasSubsetMarker(in: sentence) || opensWithPronoun(sentence)))
        else { return [] }
        let context = SentenceContext(text: text, lexicon: lexicon, sentence: sentence, namesDay: namesDay)
        // A look back ("the 10th anniversary of the attacks that killed 130") covers what follows it; a figure before
        // it is the day's ("six were killed on the first anniversary of the war"). "the 2019 bombing, which killed
        // 41": what follows an earlier event's name in its clause is that event's. The sentence's reach is read
        // once, when it has a fact.
        var sentenceReach: Reach? = nil
        func reachOfSentence() -> Reach {
            if let sentenceReach { return sentenceReach }
            let found = reach(of: sentence, context: context)
            sentenceReach = found
            return found
        }
        func isHistorical(at position: Int) -> Bool {
            // A historical date after the figure covers it only with no comma between: "22 جنديا قد قتلوا في الحرب
            // عام 2014", not "killed 6 people on Tuesday, bringing the toll since October 2023 to 43,000".
            if historicalDates.contains(where: {
                sameClause($0, position) && ($0 < position || !hasComma(between: position, $0))
            }) {
                return true
            }
            let reach = reachOfSentence()
            if let cue = reach.lookBack, position > cue { return true }
            return reach.eventYears.contains { $0 < position && sameClause($0, position) }
        }
        var facts: [(position: Int, fact: CasualtyFact)] = []
        var lastKind = previousKind
        // The end of the last figure that a verb before it took, with that verb: "killed 15 civilians and 27 …".
        var lastObject: (end: Int, trigger: Int)? = nil
        // The last fact's end and modality: "could kill up to 800 people and injure 18,000 more" hedges both.
        var previous: (last: Int, modality: Modality)? = nil
        let end = sentence.endToken
        for read in quantities where read.first >= sentence.firstToken && read.last < end {
            guard !read.isPercent, !read.isOrdinal, !read.isFraction else { continue }
            let quantity = groupedThousands(read)
            // "ونصف المصابين", "half of the wounded": a share of a group is no count of people.
            if quantity.vague == nil, quantity.value > 0, quantity.value < 1 { continue }
            // "عن 50 عاما", "in 24 hours": a figure of time is an age or a span, never a count of people.
            if quantity.last + 1 < end, Self.timeUnits.contains(tokens[quantity.last + 1].key) { continue }
            // "un mort", "a dead": the number is part of a trigger, which counts it.
            if hits.contains(where: { $0.first <= quantity.first && $0.end > quantity.first }) { continue }
            let subset = subsetMarker(endingAt: quantity.first, in: sentence)
            var after = quantity.last + 1
            if quantity.vague != nil, after < end, Self.ofWords.contains(tokens[after].key) { after += 1 }
            let subject = readSubject(at: after, end: end)
            var evidenceLast = quantity.last
            if let subject {
                evidenceLast = subject.last
                after = subject.last + 1
            }
            var qualifier = quantity.qualifier
            if qualifier == .exact, let postfix = postfixQualifier(at: after, hasSubject: subject != nil, end: end) {
                qualifier = postfix.value
                evidenceLast = postfix.end - 1
                after = postfix.end
            }
            // "احتجز مسلحون 9 موظفين رهائن": a plural trigger after a noun the subject table lacks is the figure's.
            var trigger: Int? = hits.firstIndex {
                !$0.used && isCountedNoun($0)
                    && ($0.first == after
                        || ($0.first == after + 1 && subject == nil && $0.trigger.form == .plural
                            && tokens[after].isWord
                            && !Self.ofWords.contains(tokens[after].key)
                            && !lexicon.triggers.contains(text, at: after)))
            }
            if let noun = trigger,
                readSubject(at: hits[noun].end, end: end) != nil || startsFigure(at: hits[noun].end, end: end),
                let verb = triggerBefore(quantity.first, hits: hits, sentence: sentence)
            {
                // "killed at least 26 displaced people": before a noun of people the word is an adjective, and
                // "Kurds kill 83 Injured 100": before a figure it opens the next one; the verb before says what
                // happened.
                trigger = verb
            } else if let noun = trigger, hits[noun].trigger.kind == .displaced,
                let verb = statusThenVerb(after: hits[noun].end, hits: hits, end: end)
            {
                // "Five homeless people died", "Three refugees drowned": who they were, then what happened to them.
                trigger = verb
            }
            // "in 2014", "the 2000 war": a bare year is a count only when a noun or a trigger follows it.
            if trigger == nil && subject == nil && isYearLike(quantity) { continue }
            if trigger == nil { trigger = triggerBefore(quantity.first, hits: hits, sentence: sentence) }
            if trigger == nil, subject != nil {
                trigger = verbBeforeAgent(quantity.first, hits: hits, sentence: sentence)
            }
            var shared = false
            // "lors d'un concert au stade des Martyrs": after a preposition "un" is an article, unless its trigger or
            // its noun follows it or a verb says what happened to it.
            if trigger == nil, !opensOtherPhrase(figureFirst: quantity.first, after: after, end: end),
                let found = triggerAfter(after, hits: hits, end: end, hasSubject: subject != nil),
                !(isArticleLikeOne(quantity) && subject == nil && hits[found.index].first > after
                    && hits[found.index].trigger.form != .verb && isArticleAfterPreposition(quantity.numberFirst))
            {
                trigger = found.index
                shared = found.shared
            }
            if trigger == nil { trigger = tollBefore(quantity.first, hits: hits, sentence: sentence) }
            var continuesList = false
            if trigger == nil, let object = lastObject, isListLink(from: object.end + 1, to: quantity.first) {
                trigger = object.trigger
                continuesList = true
            }
            // "20 رهينة على الأقل": a qualifier after the counted noun.
            if qualifier == .exact, let noun = trigger, hits[noun].first == after,
                let postfix = lexicon.qualifiersAfter.match(text, at: hits[noun].end), postfix.end <= end
            {
                qualifier = postfix.value
                evidenceLast = postfix.end - 1
            }
            // "the 2019 killing of 23 villagers": a year before a noun of killing and its object.
            if isYearLike(quantity), let noun = trigger, hits[noun].first == after,
                quantity.first > sentence.firstToken,
                tokens[quantity.first - 1].key == Keys.the, hits[noun].end < end,
                Self.ofWords.contains(tokens[hits[noun].end].key)
            {
                continue
            }
            if let found = trigger, hits[found].trigger.fightersOnly, !countsFighters(after: quantity.last, end: end) {
                continue
            }
            let kind: CasualtyKind
            if let trigger {
                kind = hits[trigger].trigger.kind
            } else if subset != nil, let lastKind {
                kind = lastKind
            } else if let lastKind, raisesTheToll(before: quantity.first, sentence: sentence) {
                kind = lastKind
            } else {
                continue
            }
            // Checked only for a figure that would be a fact, as they look around it; its trigger stays free.
            let wordsLast = max(evidenceLast, trigger.map { hits[$0].end - 1 } ?? quantity.last)
            if countsNoOne(quantity, kind: kind, wordsLast: wordsLast, hits: hits, sentence: sentence) { continue }
            if let trigger { hits[trigger].used = !shared }
            if qualifier == .exact, exceedsBefore(quantity.first, sentence: sentence) { qualifier = .moreThan }
            var first = subset ?? quantity.first
            if let trigger {
                first = min(first, hits[trigger].first)
                evidenceLast = max(evidenceLast, hits[trigger].end - 1)
            }
            var stated = quantity.stated
            var count = interval(of: quantity, qualifier: qualifier)
            var mixed = false
            if let trigger {
                let nounEnd = subject?.last ?? quantity.last
                var extra = Double(
                    hits[trigger].first > quantity.last
                        ? coordinatedSingulars(after: nounEnd, before: hits[trigger].first)
                        : coordinatedSingulars(after: nounEnd, before: min(end, nounEnd + 8), forward: true))
                if hits[trigger].first > quantity.last, subset == nil {
                    extra += Double(singularsBefore(figureFirst: quantity.first, sentence: sentence))
                }
                if extra > 0 {
                    count = CountInterval(min: count.min.map { $0 + extra }, max: count.max.map { $0 + extra })
                    stated = stated.map { $0 + extra }
                    mixed = true
                }
            }
            let modality = figureModality(
                quantity, evidenceFirst: first, triggerFirst: trigger.map { hits[$0].first },
                historical: isHistorical(at: quantity.first), context: context, reach: reachOfSentence(),
                previous: previous, end: end)
            if modality == .negated {
                count = .exactly(0)
                stated = nil
                qualifier = .exact
            }
            var fact = CasualtyFact(
                kind: kind, count: count, stated: stated, qualifier: qualifier,
                subject: subject.map { text.text(tokens: $0.first, $0.last) }, subjectKey: subject?.subject.key,
                relation: subset == nil && !isPartitive(after: quantity.last, end: end) ? .whole : .among,
                attribution: context.attribution, modality: modality, evidence: text.evidence(first, evidenceLast))
            if mixed { fact.subjectKey = nil }
            fact.isCumulative = context.cumulative
            fact.isAdditional = isAdditional(
                numberFirst: quantity.numberFirst, numberLast: quantity.last, first: first, last: evidenceLast,
                sentence: sentence, hasSubject: subject != nil || evidenceLast == quantity.last + 2)
            fact.continuesList = continuesList
            fact.isUnidentified = isUnidentified(from: quantity.last + 1, after: evidenceLast, end: end)
            lastObject = nil
            if let trigger, hits[trigger].first < quantity.first, hits[trigger].trigger.form == .verb {
                lastObject = (evidenceLast, trigger)
            }
            fact.isToll =
                (trigger.map { isToll(hits[$0]) } ?? raisesTheToll(before: quantity.first, sentence: sentence)
                    || raisedTo(figureFirst: quantity.first, sentence: sentence))
                && !spansSeveralDays(after: evidenceLast, end: end)
            facts.append((first, fact))
            previous = (evidenceLast, modality)
            lastKind = kind
        }
        for hit in hits where !hit.used && !hit.trigger.fightersOnly {
            if let fact = lonelyTrigger(
                hit, context: context, historical: isHistorical(at: hit.first), sentence: sentence)
            {
                facts.append((hit.first, fact))
            }
        }
        return facts.sorted { $0.position < $1.position }.map(\.fact)
    }

    static let timeUnits: Set<UInt64> = Set(
        [
            "عاما", "عام", "أعوام", "سنة", "سنوات", "عامًا", "يوما", "أيام", "ساعة", "ساعات", "شهرا", "أشهر", "أسابيع",
            "years", "year", "days", "day", "hours", "hour", "months", "month", "weeks", "week", "minutes", "ans",
            "jours", "heures", "mois",
        ].map(Keys.key))

    static let ofWords: Set<UInt64> = Set(["of", "de", "d", "من"].map(Keys.key))

    /// Before "un", "a": the number is an article in a phrase of place or time ("lors d'un concert").
    static let articlePrepositions: Set<UInt64> = Set(
        ["of", "de", "d", "in", "at", "on", "during", "dans", "à", "lors", "pendant", "sur", "par", "by"].map(Keys.key))

    private func interval(of quantity: Quantity, qualifier: Qualifier) -> CountInterval {
        var copy = quantity
        copy.qualifier = qualifier
        return copy.interval
    }

    private func triggers(in sentence: SentenceSpan) -> [TriggerHit] {
        var hits: [TriggerHit] = []
        var index = sentence.firstToken
        while index < sentence.endToken {
            if !consumed[index], tokens[index].isKnown, let match = lexicon.triggers.match(text, at: index) {
                hits.append(TriggerHit(first: index, end: match.end, trigger: match.value))
                index = match.end
            } else {
                index += 1
            }
        }
        return hits
    }

    private func hasSubsetMarker(in sentence: SentenceSpan) -> Bool {
        sentence.tokens.contains { isCue(.subset, at: $0) }
    }

    /// A qualifier after the figure and its noun ("17 على الأقل", "20 people at least"); a noun the subject table
    /// lacks may stand before it ("١٥٠ متظاهرا على الأقل").
    ///
    /// A qualifier before another figure is that figure's ("Jun 182016 BEIRUT At least seven people died").
    private func postfixQualifier(at after: Int, hasSubject: Bool, end: Int) -> (value: Qualifier, end: Int)? {
        func owned(_ postfix: (value: Qualifier, end: Int)) -> Bool {
            postfix.end <= end
                && (postfix.end == end
                    || !(tokens[postfix.end].isNumber || lexicon.numbers.match(text, at: postfix.end) != nil))
        }
        if let postfix = lexicon.qualifiersAfter.match(text, at: after), owned(postfix) { return postfix }
        guard !hasSubject, after + 1 < end, tokens[after].isArabic, !lexicon.triggers.contains(text, at: after),
            let postfix = lexicon.qualifiersAfter.match(text, at: after + 1), owned(postfix)
        else { return nil }
        return postfix
    }

    func isCue(_ cue: ContextCues.Cue, at index: Int) -> Bool {
        guard tokens[index].isKnown, let match = lexicon.cues.match(text, at: index) else { return false }
        return match.value == cue
    }

    /// The first token of a subset marker ending right before `index` ("من بينهم", "including").
    private func subsetMarker(endingAt index: Int, in sentence: SentenceSpan) -> Int? {
        for start in stride(from: index - 1, through: max(sentence.firstToken, index - 3), by: -1) {
            if let match = lexicon.cues.match(text, at: start), match.value == .subset, match.end == index {
                return start
            }
        }
        return nil
    }

    /// The one-word subject with a count right after a trigger ("مقتل شخص", "قتل رجل"), or after the agent of an
    /// Arabic verb ("قتلت قذيفة طفلين"). Without the article, or with it after a verb ("توفي الجندي": the soldier
    /// died, one person).
    private func countedSubject(after hit: TriggerHit, end: Int) -> (first: Int, last: Int, subject: Subject)? {
        let verb = hit.trigger.form == .verb
        var starts = [hit.end]
        if verb, tokens[hit.first].isArabic, hit.end + 1 < end, tokens[hit.end].isWord,
            lexicon.subjects.match(text, at: hit.end) == nil
        {
            starts.append(hit.end + 1)
        }
        for start in starts {
            guard let found = readSubject(at: start, end: end), found.subject.count != nil, found.first == found.last
            else { continue }
            if tokens[found.first].clitic != .article || (verb && tokens[found.first].isArabic) { return found }
        }
        return nil
    }

    private func isYearLike(_ quantity: Quantity) -> Bool {
        let token = tokens[quantity.numberFirst]
        return quantity.qualifier == .exact && quantity.last == quantity.numberFirst && token.isNumber
            && token.isInteger && token.digits == 4 && (1900...2100).contains(token.value)
    }

    /// A noun trigger that can be the counted noun of a figure right before it ("2500 قتيل", "30 جريحا").
    private func isCountedNoun(_ hit: TriggerHit) -> Bool {
        switch hit.trigger.form {
        case .plural, .singular, .dual: return !startsClause(hit)
        case .verb, .event: return !tokens[hit.first].isArabic && hit.trigger.form == .verb
        }
    }

    /// "وجرح", "فقتل": a conjunction on the trigger starts a new clause with its own figure.
    func startsClause(_ hit: TriggerHit) -> Bool {
        tokens[hit.first].clitic == .wa || tokens[hit.first].clitic == .fa
    }

    /// A trigger with no figure: implied by a singular or dual noun, or none when negated.
    private func lonelyTrigger(
        _ hit: TriggerHit, context: SentenceContext, historical: Bool, sentence: SentenceSpan
    ) -> CasualtyFact? {
        let end = sentence.endToken
        let modality = context.modality(before: hit.first, historical: historical)
        var implied: Double? = nil
        var last = hit.end - 1
        var subject: (first: Int, last: Int, subject: Subject)? = nil
        // "بعد وفاة جريحين": the wounded who died are counted by the death, not again as wounded.
        if hit.trigger.kind != .killed, hit.first > sentence.firstToken,
            let before = lexicon.triggers.match(text, at: hit.first - 1), before.end == hit.first,
            before.value.kind == .killed, before.value.form == .event
        {
            return nil
        }
        // "20 ألف جنيه لكل مصاب", "for each injured": a rate per person, not a person.
        if hit.first > sentence.firstToken, Self.eachWords.contains(tokens[hit.first - 1].key) { return nil }
        switch hit.trigger.form {
        case .singular where tokens[hit.first].clitic != .article: implied = 1
        case .dual: implied = 2
        case .event, .verb:
            if let people = coordinatedPeople(at: hit.end, end: end) {
                implied = Double(people.count)
                last = people.last
            } else if let found = countedSubject(after: hit, end: end), let count = found.subject.count {
                implied = Double(count)
                last = found.last
                subject = found
            } else if !tokens[hit.first].isArabic, hit.trigger.form == .event,
                let person = singularPerson(after: hit.end, end: end)
            {
                // "abducted a Catholic priest".
                let listed = peopleListed(after: person, end: end)
                implied = Double(listed.count)
                last = listed.last
            } else if hit.trigger.form == .verb, !tokens[hit.first].isArabic, hit.trigger.kind != .displaced {
                // "The driver fled the scene": one person who fled is no displaced population.
                let people = singularPeople(beforeTrigger: hit.first, sentence: sentence)
                if people > 0 {
                    implied = Double(people)
                } else if let person = singularPerson(after: hit.end, end: end) {
                    // "Gunmen killed a security guard": the verb's object, and those listed with it ("a father,
                    // his wife and their three children").
                    let listed = peopleListed(after: person, end: end)
                    implied = Double(listed.count)
                    last = listed.last
                }
            }
        default: break
        }
        if modality == .negated {
            return CasualtyFact(
                kind: hit.trigger.kind, count: .exactly(0), stated: nil, qualifier: .exact,
                attribution: context.attribution, modality: .negated, evidence: text.evidence(hit.first, last))
        }
        guard let implied else { return nil }
        if implied == 1, isNaturalDeath(hit, sentence: sentence) { return nil }
        // "أفرجت جماعة مسلحة عن رهينتين": hostages set free.
        if hit.trigger.kind == .hostages || hit.trigger.kind == .detained || hit.trigger.kind == .missing,
            isReleased(first: hit.first, evidenceLast: last, hits: [], sentence: sentence)
        {
            return nil
        }
        return CasualtyFact(
            kind: hit.trigger.kind, count: .exactly(implied), stated: implied, qualifier: .implied,
            subject: subject.map { text.text(tokens: $0.first, $0.last) }, subjectKey: subject?.subject.key,
            attribution: context.attribution, modality: modality, evidence: text.evidence(hit.first, last))
    }
}
