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

    struct TriggerHit {
        var first: Int
        var end: Int
        var trigger: CasualtyTrigger
        var used = false
    }

    private var tokens: [Token] { text.tokens }

    /// The facts of one sentence, given the kind of the last fact before it (for subsets).
    func extract(
        sentence: SentenceSpan, previousKind: CasualtyKind?, historical: Bool, namesDay: Bool = false
    ) -> [CasualtyFact] {
        var hits = triggers(in: sentence)
        guard !hits.isEmpty || hasSubsetMarker(in: sentence) else { return [] }
        let context = SentenceContext(text: text, lexicon: lexicon, sentence: sentence, namesDay: namesDay)
        var facts: [(position: Int, fact: CasualtyFact)] = []
        var lastKind = previousKind
        let end = sentence.endToken
        for quantity in quantities where quantity.first >= sentence.firstToken && quantity.last < end {
            guard !quantity.isPercent, !quantity.isOrdinal, !quantity.isFraction else { continue }
            // "عن 50 عاما", "in 24 hours": a figure of time is an age or a span, never a count of people.
            if quantity.last + 1 < end, Self.timeUnits.contains(tokens[quantity.last + 1].key) { continue }
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
            if qualifier == .exact, let postfix = lexicon.qualifiersAfter.match(text, at: after), postfix.end <= end {
                qualifier = postfix.value
                evidenceLast = postfix.end - 1
                after = postfix.end
            }
            var trigger: Int? = hits.firstIndex { $0.first == after && !$0.used && isCountedNoun($0) }
            if let noun = trigger,
                readSubject(at: hits[noun].end, end: end) != nil || startsFigure(at: hits[noun].end, end: end),
                let verb = triggerBefore(quantity.first, hits: hits, sentence: sentence)
            {
                // "killed at least 26 displaced people": before a noun of people the word is an adjective, and
                // "Kurds kill 83 Injured 100": before a figure it opens the next one; the verb before says what
                // happened.
                trigger = verb
            }
            // "in 2014", "the 2000 war": a bare year is a count only when a noun or a trigger follows it.
            if trigger == nil && subject == nil && isYearLike(quantity) { continue }
            if trigger == nil { trigger = triggerBefore(quantity.first, hits: hits, sentence: sentence) }
            var shared = false
            if trigger == nil, !opensOtherPhrase(figureFirst: quantity.first, after: after, end: end),
                let found = triggerAfter(after, hits: hits, end: end, hasSubject: subject != nil)
            {
                trigger = found.index
                shared = found.shared
            }
            if trigger == nil { trigger = tollBefore(quantity.first, hits: hits, sentence: sentence) }
            if let found = trigger, hits[found].trigger.fightersOnly, !countsFighters(after: quantity.last, end: end) {
                continue
            }
            let kind: CasualtyKind
            if let trigger {
                kind = hits[trigger].trigger.kind
                hits[trigger].used = !shared
            } else if subset != nil, let lastKind {
                kind = lastKind
            } else {
                continue
            }
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
                let extra = Double(
                    hits[trigger].first > quantity.last
                        ? coordinatedSingulars(after: nounEnd, before: hits[trigger].first)
                        : coordinatedSingulars(after: nounEnd, before: min(end, nounEnd + 8), forward: true))
                if extra > 0 {
                    count = CountInterval(min: count.min.map { $0 + extra }, max: count.max.map { $0 + extra })
                    stated = stated.map { $0 + extra }
                    mixed = true
                }
            }
            let modality = context.modality(before: min(first, quantity.first), historical: historical)
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
            fact.isToll =
                (trigger.map { isToll(hits[$0]) } ?? false) && !spansSeveralDays(after: evidenceLast, end: end)
            facts.append((first, fact))
            lastKind = kind
        }
        for hit in hits where !hit.used && !hit.trigger.fightersOnly {
            if let fact = lonelyTrigger(hit, context: context, historical: historical, sentence: sentence) {
                facts.append((hit.first, fact))
            }
        }
        return facts.sorted { $0.position < $1.position }.map(\.fact)
    }

    private static let timeUnits: Set<UInt64> = Set(
        [
            "عاما", "عام", "أعوام", "سنة", "سنوات", "عامًا", "يوما", "أيام", "ساعة", "ساعات", "شهرا", "أشهر", "أسابيع",
            "years", "year", "days", "day", "hours", "hour", "months", "month", "weeks", "week", "minutes", "ans",
            "jours", "heures", "mois",
        ].map(Keys.key))

    private static let ofWords: Set<UInt64> = Set(["of", "de", "d", "من"].map(Keys.key))

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

    private func isCue(_ cue: ContextCues.Cue, at index: Int) -> Bool {
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

    /// Up to three subject words after a figure; the most specific one gives the key.
    private func readSubject(at index: Int, end: Int) -> (first: Int, last: Int, subject: Subject)? {
        var position = index
        var best: Subject? = nil
        var last = index - 1
        while position < end && position < index + 3, let match = lexicon.subjects.match(text, at: position) {
            if best == nil || match.value.rank > best!.rank { best = match.value }
            last = match.end - 1
            position = match.end
        }
        guard let best else { return nil }
        return (index, last, best)
    }

    /// A trigger that ends at most three link words before `index`, with no punctuation or number between.
    private func triggerBefore(_ index: Int, hits: [TriggerHit], sentence: SentenceSpan) -> Int? {
        guard
            let found = hits.lastIndex(where: {
                $0.end <= index && $0.end >= index - 3 && $0.first >= sentence.firstToken
            })
        else { return nil }
        for between in hits[found].end..<index
        where tokens[between].isPunctuation || tokens[between].isNumber
            || Self.conjunctions.contains(tokens[between].key)
        {
            // "killed and about 240 taken hostage": a conjunction starts another figure with its own trigger.
            return nil
        }
        return hits[found].used && hits[found].trigger.form != .verb && hits[found].trigger.form != .event
            ? nil : found
    }

    /// A trigger after a figure and its noun, past at most three auxiliaries ("were", "have been", "الذين").
    ///
    /// A partitive may come first: "5 من جنوده قتلوا", "5 of its soldiers were killed". Between the noun and the
    /// trigger may stand a noun phrase the subject table does not know ("23 DAESH members were killed"), a subset
    /// clause ("72 civilians including 15 children have been killed") or a coordinated figure ("45 opposition
    /// fighters and 43 regime forces had been killed"): then the trigger is `shared`, and the next figure takes it too.
    /// A headline may list its figures with a comma or nothing between them ("40 Civilians 25 Fighters Killed",
    /// "Three soldiers, two civilians killed"): a figure right after the first one's noun is coordinated too.
    private func triggerAfter(
        _ index: Int, hits: [TriggerHit], end: Int, hasSubject: Bool
    ) -> (index: Int, shared: Bool)? {
        var position = index
        if position + 1 < end, Self.ofWords.contains(tokens[position].key), tokens[position + 1].isWord {
            var skipped = position + 1
            while skipped < end && skipped < position + 3 && tokens[skipped].isWord
                && !hits.contains(where: { $0.first == skipped }) && !isCue(.auxiliary, at: skipped)
            {
                skipped += 1
            }
            position = skipped
        }
        if let direct = auxiliariesThenTrigger(from: position, hits: hits, end: end) { return (direct, false) }
        var skipped = position
        var inSubset = false
        var coordinated = false
        var compounds = 0
        while skipped < end && skipped < position + compounds + (inSubset || coordinated ? 10 : 6) {
            if isCue(.auxiliary, at: skipped), let found = auxiliariesThenTrigger(from: skipped, hits: hits, end: end) {
                return (found, coordinated)
            }
            if hits.contains(where: { $0.first == skipped }) { break }
            if skipped == position, hasSubject, !coordinated {
                let next = tokens[skipped].key == Self.commaKey ? skipped + 1 : skipped
                if next < end, tokens[next].isNumber || startsFigure(at: next, end: end) {
                    coordinated = true
                    skipped = next
                    continue
                }
            }
            // "182016 BEIRUT At least seven people died": another figure takes the trigger.
            if !inSubset && !coordinated && skipped > position && startsFigure(at: skipped, end: end) { break }
            let token = tokens[skipped]
            if isCue(.subset, at: skipped) { inSubset = true }
            if Self.conjunctions.contains(token.key) && skipped + 1 < end && tokens[skipped + 1].isNumber {
                coordinated = !inSubset
            }
            if isCompoundHyphen(skipped, end: end) {
                // "Al-Nusra", "non-Syrians": a hyphen inside a name joins one word; it neither stops nor counts.
                compounds += 2
                skipped += 1
                continue
            }
            guard token.isWord || Self.brackets.contains(token.key) || ((inSubset || coordinated) && token.isNumber)
            else { break }
            skipped += 1
        }
        guard skipped > position, skipped < end else { return nil }
        // "31 IS group militants killed in clashes" (a headline): a participle right after the noun phrase, but not
        // an active verb with its own object figure ("30 militants killed 5 soldiers").
        guard let found = hits.firstIndex(where: { $0.first == skipped && !$0.used && !startsClause($0) }),
            hits[found].trigger.form == .verb || hits[found].trigger.form == .plural, !tokens[skipped].isArabic,
            !startsFigure(at: hits[found].end, end: end) || opensOwnFact(at: hits[found].end, hits: hits, end: end)
        else { return nil }
        return (found, coordinated)
    }

    /// True when a figure starts at `index`, its qualifier first: "killing at least 100" gives the verb its own
    /// object, so "two besieged towns killing at least 100 people" does not count the towns.
    private func startsFigure(at index: Int, end: Int) -> Bool {
        guard index < end else { return false }
        if tokens[index].isNumber { return true }
        if let qualifier = lexicon.qualifiersBefore.match(text, at: index), qualifier.end < end {
            return tokens[qualifier.end].isNumber || quantities.contains { $0.first == index }
        }
        return quantities.contains { $0.first == index }
    }

    private func auxiliariesThenTrigger(from start: Int, hits: [TriggerHit], end: Int) -> Int? {
        var position = start
        let limit = position + 3
        while position < end && position < limit && (isCue(.auxiliary, at: position) || isCue(.modalQad, at: position))
        {
            position += 1
        }
        return hits.firstIndex { $0.first == position && !$0.used && !startsClause($0) }
    }

    /// "the death toll from the attacks on Aleppo rose to 12", "ارتفعت حصيلة القتلى في المدينة إلى 12": an unused
    /// toll word earlier in the sentence, a link word ("to", "at", "إلى") or a copula ("the death toll from the
    /// strikes was 45") right before the figure and no other figure between them.
    private func tollBefore(_ index: Int, hits: [TriggerHit], sentence: SentenceSpan) -> Int? {
        guard index > sentence.firstToken, isCue(.link, at: index - 1) || isCue(.auxiliary, at: index - 1),
            let found = hits.lastIndex(where: {
                $0.end < index
                    && ($0.trigger.form == .event && $0.first >= max(sentence.firstToken, index - 16)
                        || ($0.trigger.form == .verb && $0.first >= max(sentence.firstToken, index - 24)
                            && numberPhrase(before: $0.first) != nil))
            }), !hits[found].used
        else { return nil }
        for between in hits[found].end..<index
        where tokens[between].isNumber
            || hits.contains(where: {
                $0.first == between
            })
        {
            return nil
        }
        return found
    }

    /// True when a figure starts at `index` with its own trigger right after it (and its noun): "Killed 110 Injured"
    /// lists two facts, unlike "militants killed 5 soldiers", where the figure is the verb's object.
    private func opensOwnFact(at index: Int, hits: [TriggerHit], end: Int) -> Bool {
        guard let quantity = quantities.first(where: { $0.first == index }) else { return false }
        var after = quantity.last + 1
        if let subject = readSubject(at: after, end: end) { after = subject.last + 1 }
        return hits.contains { $0.first == after && ($0.trigger.form == .verb || $0.trigger.form == .plural) }
    }

    private static let commaKey = Keys.key(",")

    private static let brackets: Set<UInt64> = Set(["(", ")"].map(Keys.key))

    private static let conjunctions: Set<UInt64> = Set(["and", "et", "و", "or", "أو"].map(Keys.key))

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
    private func startsClause(_ hit: TriggerHit) -> Bool {
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
        switch hit.trigger.form {
        case .singular where tokens[hit.first].clitic != .article: implied = 1
        case .dual: implied = 2
        case .event, .verb:
            if let found = readSubject(at: hit.end, end: end), let count = found.subject.count,
                found.first == found.last, tokens[found.first].clitic != .article
            {
                implied = Double(count)
                last = found.last
                subject = found
            } else if hit.trigger.form == .verb, !tokens[hit.first].isArabic {
                let people = singularPeople(beforeTrigger: hit.first, sentence: sentence)
                if people > 0 { implied = Double(people) }
            }
        default: break
        }
        if modality == .negated {
            return CasualtyFact(
                kind: hit.trigger.kind, count: .exactly(0), stated: nil, qualifier: .exact,
                attribution: context.attribution, modality: .negated, evidence: text.evidence(hit.first, last))
        }
        guard let implied else { return nil }
        return CasualtyFact(
            kind: hit.trigger.kind, count: .exactly(implied), stated: implied, qualifier: .implied,
            subject: subject.map { text.text(tokens: $0.first, $0.last) }, subjectKey: subject?.subject.key,
            attribution: context.attribution, modality: modality, evidence: text.evidence(hit.first, last))
    }
}
