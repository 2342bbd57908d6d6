/// Finding the trigger of a figure: before it ("killed at least 20"), after its noun ("20 people were killed"), or a
/// toll word earlier in the sentence ("the death toll from the raids rose to 12").
///
/// Each reader stops at punctuation, another figure or a conjunction that starts a clause, so that a figure never
/// takes a trigger that belongs to its neighbour: "killed 5 and wounded 12" pairs 5 with killed and 12 with wounded.
extension CasualtyExtractor {
    /// Up to three subject words after a figure; the most specific one gives the key.
    func readSubject(at index: Int, end: Int) -> (first: Int, last: Int, subject: Subject)? {
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

    /// Prepositions that put the figure after them outside the trigger's object (English and French).
    static let prepositions: Set<UInt64> = Set(
        [
            "in", "on", "during", "near", "after", "by", "with", "into", "dans", "en", "sur", "pendant",
            "près", "après", "par", "avec", "lors", "pour",
        ].map(Keys.key))

    /// A trigger that ends at most three link words before `index`, with no punctuation or number between.
    func triggerBefore(_ index: Int, hits: [TriggerHit], sentence: SentenceSpan) -> Int? {
        guard
            let found = hits.lastIndex(where: {
                $0.end <= index && $0.end >= index - 3 && $0.first >= sentence.firstToken
            })
        else { return nil }
        for between in hits[found].end..<index
        where tokens[between].isPunctuation || tokens[between].isNumber
            || Self.conjunctions.contains(tokens[between].key)
            || (!tokens[between].isArabic && Self.prepositions.contains(tokens[between].key))
        {
            // "killed and about 240 taken hostage": a conjunction starts another figure with its own trigger;
            // "blessées dans un accident", "wounded by 3 gunmen": after a preposition the figure counts something
            // else. (Arabic puts the figure after "في" and its noun: "قتل في الهجوم 20 شخصا".)
            return nil
        }
        return hits[found].used && hits[found].trigger.form != .verb && hits[found].trigger.form != .event
            ? nil : found
    }

    /// People named one by one and joined with "و" right at `index`: "رجل وطفلاه" = 3. Nil unless there are two
    /// or more, each with a count, and the first without the article.
    func coordinatedPeople(at index: Int, end: Int) -> (count: Int, last: Int)? {
        guard index < end, tokens[index].clitic != .article,
            let first = lexicon.subjects.match(text, at: index, clitics: false), let count = first.value.count
        else { return nil }
        var total = count
        var parts = 1
        var position = first.end
        while position < end, tokens[position].clitic == .wa, let next = lexicon.subjects.match(text, at: position),
            let more = next.value.count
        {
            total += more
            parts += 1
            position = next.end
        }
        return parts > 1 ? (total, position - 1) : nil
    }

    /// An Arabic verb, its agent and then the figure with its noun: "أوقفت عناصر الشرطة القضائية بطنجة 12 شخصا"
    /// (the verb first, as Arabic puts it). At most six words between, none a number, a mark or a trigger.
    func verbBeforeAgent(_ index: Int, hits: [TriggerHit], sentence: SentenceSpan) -> Int? {
        guard
            let found = hits.lastIndex(where: {
                $0.end <= index && $0.end >= index - 6 && $0.first >= sentence.firstToken && !$0.used
                    && $0.trigger.form == .verb && tokens[$0.first].isArabic
            })
        else { return nil }
        let between = hits[found].end..<index
        guard between.allSatisfy({ tokens[$0].isWord && tokens[$0].isArabic }),
            !hits.contains(where: { between.contains($0.first) })
        else { return nil }
        return found
    }

    /// A trigger after a figure and its noun, past at most three auxiliaries ("were", "have been", "الذين").
    ///
    /// A partitive may come first: "5 من جنوده قتلوا", "5 of its soldiers were killed". Between the noun and the
    /// trigger may stand a noun phrase the subject table does not know ("23 DAESH members were killed"), a subset
    /// clause ("72 civilians including 15 children have been killed") or a coordinated figure ("45 opposition
    /// fighters and 43 regime forces had been killed"): then the trigger is `shared`, and the next figure takes it too.
    /// A headline may list its figures with a comma or nothing between them ("40 Civilians 25 Fighters Killed",
    /// "Three soldiers, two civilians killed"): a figure right after the first one's noun is coordinated too.
    func triggerAfter(
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
            if isCue(.auxiliary, at: skipped) {
                if let found = auxiliariesThenTrigger(from: skipped, hits: hits, end: end) {
                    return (found, coordinated)
                }
                // "Seventeen miners were rescued alive and two bodies were recovered": the figure's own verb says its
                // people are safe, so the trigger of a figure after it is not its own.
                if isSafeOutcome(afterAuxiliaries: skipped, end: end) { break }
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
            // "Deux adolescents de 14 et 16 ans ont été interpellés": ages say who they are; the trigger is further.
            if skipped > position, let ages = quantities.first(where: { $0.first == skipped }),
                isListedAge(ages, end: end)
            {
                var unit = ages.last + 1
                while unit < end && !Self.timeUnits.contains(tokens[unit].key) { unit += 1 }
                compounds += unit + 1 - skipped
                skipped = unit + 1
                continue
            }
            // "Une femme d'une quarantaine d'années a été blessée": "une" after "d'" is an article.
            // "Deux gendarmes et un passant ont été tués": "un" before a singular person after "et" is one more,
            // counted with the trigger (`singularPeople`), not a figure of its own.
            if !inSubset && !coordinated && skipped > position && startsFigure(at: skipped, end: end)
                && !isArticleAfterPreposition(skipped) && !isOneMorePerson(at: skipped, end: end)
            {
                break
            }
            let token = tokens[skipped]
            // "At least 17 people, most of them fighters, were killed": an aside about who they were, like a subset.
            if isCue(.subset, at: skipped) || Self.asides.contains(token.key) { inSubset = true }
            // "Two police officers and three civilians were killed": the next figure may be written in words, but not
            // as "un", "a" ("un camion et un grand taxi a fait cinq morts"), an article as often as a number.
            if Self.conjunctions.contains(token.key) && skipped + 1 < end
                && (tokens[skipped + 1].isNumber
                    || (startsFigure(at: skipped + 1, end: end)
                        && (lexicon.numbers.match(text, at: skipped + 1)?.value.value ?? 0) > 1))
            {
                coordinated = !inSubset
            }
            if isCompoundHyphen(skipped, end: end) {
                // "Al-Nusra", "non-Syrians": a hyphen inside a name joins one word; it neither stops nor counts.
                compounds += 2
                skipped += 1
                continue
            }
            if let close = closingQuote(opening: skipped, hits: hits, end: end) {
                // "33 members of the "Islamic State in Iraq and Levant" and "al-Nusra Front" organizations were
                // killed": a quoted name takes no place in the noun phrase, however long.
                compounds += close - skipped + 1
                skipped = close + 1
                continue
            }
            // "Seventeen civilians, according to the UN, were killed": an attribution between commas is skipped
            // whole, however long.
            if Keys.commas.contains(token.key), let close = attributionAsideEnd(opening: skipped, hits: hits, end: end)
            {
                compounds += close - skipped + 1
                skipped = close + 1
                continue
            }
            // "Five people, including two children, were killed": the commas around an aside or a subset.
            if Keys.commas.contains(token.key) {
                let next = skipped + 1
                if inSubset || (next < end && (isCue(.subset, at: next) || Self.asides.contains(tokens[next].key))) {
                    skipped += 1
                    continue
                }
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

    /// True when the auxiliaries from `start` lead to a word saying people came out safe ("were rescued", "ont été
    /// secourus", "sont sains et saufs").
    func isSafeOutcome(afterAuxiliaries start: Int, end: Int) -> Bool {
        let position = afterAuxiliaries(from: start, end: end)
        return position < end && Self.safeOutcomes.contains(tokens[position].key)
    }

    static let safeOutcomes: Set<UInt64> = Set(
        [
            "rescued", "saved", "evacuated", "freed", "released", "unharmed", "unhurt", "safe", "secourus",
            "secourues", "sauvés", "sauvées", "évacués", "évacuées", "libérés", "libérées", "indemnes", "sains",
        ].map(Keys.key))

    /// "et un passant", "and a civilian": an article after "and" before a singular person.
    func isOneMorePerson(at index: Int, end: Int) -> Bool {
        index > 0 && index + 1 < end && Self.conjunctions.contains(tokens[index - 1].key)
            && Self.oneMoreArticles.contains(tokens[index].key)
            && isSingularPerson(index + 1)
    }

    static let oneMoreArticles: Set<UInt64> = Set(["a", "an", "un", "une"].map(Keys.key))

    /// True when the tokens from `start` to `end` are one list link: "and", "," or ", and" ("killed 15 civilians and
    /// 27 fighters", "killing 3 soldiers, 2 police officers and a child").
    /// One word before the link is a noun the subject table does not know ("killed four guards, two drivers").
    func isListLink(from first: Int, to end: Int) -> Bool {
        var start = first
        if start + 1 < end, tokens[start].isWord, !Self.conjunctions.contains(tokens[start].key) { start += 1 }
        guard start < end, end - start <= 2 else { return false }
        return (start..<end).allSatisfy {
            Self.conjunctions.contains(tokens[$0].key) || tokens[$0].key == Self.commaKey
        }
            && (end - start == 1 || tokens[start].key == Self.commaKey)
    }

    /// The closing quote of a quoted name opening at `index`: at most eight words (and hyphens) inside, no trigger.
    private func closingQuote(opening index: Int, hits: [TriggerHit], end: Int) -> Int? {
        guard Self.quotes.contains(tokens[index].key) else { return nil }
        var position = index + 1
        while position < end && position <= index + 9 {
            let token = tokens[position]
            if Self.quotes.contains(token.key) { return position > index + 1 ? position : nil }
            guard token.isWord || isCompoundHyphen(position, end: end), !hits.contains(where: { $0.first == position })
            else { return nil }
            position += 1
        }
        return nil
    }

    /// The comma closing an attribution that opens at the comma `opening` ("according to …", "selon …", "بحسب …"):
    /// at most 16 tokens, no trigger inside. nil otherwise.
    func attributionAsideEnd(opening: Int, hits: [TriggerHit], end: Int) -> Int? {
        let first = opening + 1
        guard first < end, Self.attributionOpeners.contains(tokens[first].key) else { return nil }
        var position = first + 1
        while position < end, position <= first + 16 {
            if hits.contains(where: { $0.first == position }) { return nil }
            if Keys.commas.contains(tokens[position].key) { return position }
            position += 1
        }
        return nil
    }

    private static let attributionOpeners: Set<UInt64> = Set(
        ["according", "selon", "بحسب", "حسب", "وفق", "وفقا", "citing"].map(Keys.key))

    private static let asides: Set<UInt64> = Set(["most", "mostly", "mainly", "largely"].map(Keys.key))

    private static let quotes: Set<UInt64> = Set(["\"", "\u{201C}", "\u{201D}", "«", "»"].map(Keys.key))

    /// True when a figure starts at `index`, its qualifier first: "killing at least 100" gives the verb its own
    /// object, so "two besieged towns killing at least 100 people" does not count the towns.
    func startsFigure(at index: Int, end: Int) -> Bool {
        guard index < end else { return false }
        if tokens[index].isNumber { return true }
        if let qualifier = lexicon.qualifiersBefore.match(text, at: index), qualifier.end < end {
            return tokens[qualifier.end].isNumber || quantities.contains { $0.first == index }
        }
        return quantities.contains { $0.first == index }
    }

    private func auxiliariesThenTrigger(from start: Int, hits: [TriggerHit], end: Int) -> Int? {
        let position = afterAuxiliaries(from: start, end: end)
        return hits.firstIndex { $0.first == position && !$0.used && !startsClause($0) }
    }

    /// The position after the auxiliaries (and "قد") that start at `start`, at most three positions on; one
    /// auxiliary may be two words ("في عداد": "12 شخصا في عداد المفقودين").
    func afterAuxiliaries(from start: Int, end: Int) -> Int {
        var position = start
        while position < end && position < start + 3, tokens[position].isKnown,
            let match = lexicon.cues.match(text, at: position), match.value == .auxiliary || match.value == .modalQad
        {
            position = match.end
        }
        return position
    }

    /// "the death toll from the attacks on Aleppo rose to 12", "ارتفعت حصيلة القتلى في المدينة إلى 12": an unused
    /// toll word earlier in the sentence, a link word ("to", "at", "إلى") or a copula ("the death toll from the
    /// strikes was 45") right before the figure and no other figure between them.
    func tollBefore(_ index: Int, hits: [TriggerHit], sentence: SentenceSpan) -> Int? {
        guard index > sentence.firstToken, isCue(.link, at: index - 1) || isCue(.auxiliary, at: index - 1),
            let found = hits.lastIndex(where: {
                $0.end < index
                    && (($0.trigger.form == .event || $0.trigger.form == .plural && isToll($0))
                        && $0.first >= max(sentence.firstToken, index - (isToll($0) ? 24 : 16))
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

    static let conjunctions: Set<UInt64> = Set(["and", "et", "و", "or", "أو"].map(Keys.key))
}
