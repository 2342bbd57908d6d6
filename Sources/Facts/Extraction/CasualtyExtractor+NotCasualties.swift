import CrossCheckModel

/// People a casualty word names who are no casualties of the reported event: hostages or detainees set free, missing
/// people found safe, and a death of illness or age that an obituary reports. Each reads a few tokens around the
/// trigger, and runs only for a figure that would otherwise become a fact.
extension CasualtyExtractor {
    /// "freed 18 hostages", "أفرج عن 40 معتقلا", "12 hostages were released", "All 12 hikers reported missing were
    /// found safe": people held or missing no longer, so the figure is no count of hostages, detainees or missing.
    /// The verb governs the figure: it stands a few words before it in the clause (an aside between commas aside),
    /// with no other trigger between, or after the figure's words.
    func isReleased(first: Int, evidenceLast: Int, hits: [TriggerHit], sentence: SentenceSpan) -> Bool {
        for position in stride(from: first - 1, through: max(sentence.firstToken, first - 8), by: -1) {
            // "أفرجت السلطات الإسرائيلية، مساء أمس، عن 30 أسيرا": commas around an aside do not end the clause; a comma
            // before "but", "and" does ("were found safe, but 2 climbers remain missing").
            if tokens[position].isPunctuation {
                guard Keys.commas.contains(tokens[position].key), position + 1 < first,
                    !Self.clauseConjunctions.contains(tokens[position + 1].key), tokens[position + 1].clitic != .wa,
                    !Self.butWords.contains(tokens[position + 1].key)
                else { break }
            }
            if hits.contains(where: { $0.first == position && !$0.used }) { break }
            if isCue(.released, at: position) { return isReleaseOfPeople(position) }
        }
        // "La moitié des 40 otages ont été libérés": the verb after frees a share of them, not the figure's people.
        if isPartitiveBefore(first, sentence: sentence) { return false }
        // "Les 12 otages enlevés la semaine dernière au Niger ont été libérés": the verb may come after words that
        // describe them, up to the clause's end, another figure or another trigger.
        var position = evidenceLast + 1
        let kind = hits.first { $0.first <= evidenceLast && $0.end > evidenceLast }?.trigger.kind
        while position < min(sentence.endToken, evidenceLast + Self.releaseReach) {
            let token = tokens[position]
            // "le massif du Mont-Blanc": a hyphen inside a name.
            if (token.isPunctuation && !isGluedHyphen(position)) || token.isNumber { return false }
            // "will not be freed", "ne seront pas libérés": a release denied.
            if isCue(.negation, at: position) { return false }
            if isCue(.released, at: position) { return isReleaseOfPeople(position) }
            // "Three hostages were rescued": after the figure, a word saying they came out safe frees them too.
            if Self.safeOutcomes.contains(token.key) { return true }
            if hits.contains(where: { $0.first == position && $0.trigger.kind != (kind ?? .hostages) }) {
                return false
            }
            position += 1
        }
        return false
    }

    /// The trigger of another kind right after a status noun (and a noun of people, and auxiliaries): "homeless
    /// people died", "refugees drowned", "نازحين لقوا حتفهم".
    func statusThenVerb(after index: Int, hits: [TriggerHit], end: Int) -> Int? {
        var position = index
        if let people = readSubject(at: position, end: end) { position = people.last + 1 }
        while position < end {
            // "Cinq sans-abri sont morts": the trigger may begin with its auxiliary.
            if let hit = hits.firstIndex(where: { $0.first == position && !$0.used && $0.trigger.kind != .displaced }) {
                return hit
            }
            guard isCue(.auxiliary, at: position) else { return nil }
            position += 1
        }
        return nil
    }

    /// "توفي الفنان عن عمر ناهز 84 عاما بعد صراع مع المرض", "est décédé dimanche à l'âge de 88 ans": one person who
    /// died of an illness, or with the age at death right after the verb, as an obituary writes it, is no casualty.
    /// Only a word of dying says so ("A man aged 70 was killed" is one); an age before the verb describes a victim
    /// ("le conducteur, âgé de 27 ans, est mort sur le coup"), and an accident, a fire or an attack in the sentence
    /// makes the death one ("توفي رجل يبلغ من العمر 65 عاما في حريق").
    func isNaturalDeath(_ hit: TriggerHit, sentence: SentenceSpan) -> Bool {
        guard hit.trigger.kind == .killed,
            (hit.first..<hit.end).contains(where: { Self.dyingWords.contains(tokens[$0].key) }),
            !sentence.tokens.contains(where: { Self.incidentWords.contains(tokens[$0].key) })
        else { return false }
        if sentence.tokens.contains(where: { isCue(.naturalDeath, at: $0) }) { return true }
        for position in hit.end..<min(sentence.endToken, hit.end + 10) {
            if tokens[position].isPunctuation && !sameClause(hit.first, position + 1) { break }
            if Self.ageAtDeathWords.contains(tokens[position].key), isCue(.age, at: position) { return true }
        }
        return false
    }

    /// "des 40 otages", "of the 40 hostages": the figure is the whole a share is taken from.
    private func isPartitiveBefore(_ first: Int, sentence: SentenceSpan) -> Bool {
        guard first > sentence.firstToken else { return false }
        let before = tokens[first - 1].key
        if Self.partitiveWords.contains(before) { return true }
        return before == Keys.the && first - 2 >= sentence.firstToken
            && Self.ofWords.contains(tokens[first - 2].key)
    }

    /// Whether the release word at `cue` frees people: not a release asked for ("réclamaient la libération de"),
    /// not a report written ("حررت الشرطة محاضر"), not names or a statement made public ("released the names of").
    private func isReleaseOfPeople(_ cue: Int) -> Bool {
        !isRequestedRelease(cue)
            && !(cue + 1 < tokens.count
                && (Self.reportWords.contains(tokens[cue + 1].key) || Self.publishedThings.contains(tokens[cue + 1].key)
                    || (cue + 2 < tokens.count && Self.articles.contains(tokens[cue + 1].key)
                        && Self.publishedThings.contains(tokens[cue + 2].key))))
    }

    static let publishedThings: Set<UInt64> = Set(
        [
            "names", "name", "details", "identities", "statement", "list", "footage", "video", "images", "photos",
            "report", "figures", "data",
        ].map(Keys.key))

    static let articles: Set<UInt64> = Set(["the", "a", "an"].map(Keys.key))

    static let butWords: Set<UInt64> = Set(["but", "mais", "لكن", "إلا", "however"].map(Keys.key))

    static let reportWords: Set<UInt64> = Set(["محضر", "محاضر", "مخالفة", "مخالفات", "محضرا"].map(Keys.key))

    /// "مقابل الإفراج عن الرهينتين", "demanded the release of", "réclamaient la libération de": a release asked for,
    /// so they are still held.
    private func isRequestedRelease(_ cue: Int) -> Bool {
        (max(0, cue - 2)..<cue).contains { Self.requestWords.contains(tokens[$0].key) }
    }

    static let requestWords: Set<UInt64> = Set(
        [
            "مقابل", "for", "pour", "demanded", "demand", "demanding", "طالب", "طالبوا", "بشأن", "exigent", "exige",
            "réclamaient", "réclament", "réclame", "réclamer", "calling", "called", "urged", "المطالبة", "بالإفراج",
        ].map(Keys.key))

    static let releaseReach = 14

    static let partitiveWords: Set<UInt64> = ofWords.union(["des", "du"].map(Keys.key))

    static let dyingWords: Set<UInt64> = Set(
        ["توفي", "توفيت", "وفاة", "died", "dies", "die", "mort", "morte", "décédé", "décédée", "meurt"].map(Keys.key))

    /// The first words of the age-at-death phrases of the cue table: "عن عمر", "aged", "à l'âge de", "âgé de".
    static let ageAtDeathWords: Set<UInt64> = Set(["عن", "aged", "age", "l", "âgé", "âgée"].map(Keys.key))

    static let incidentWords: Set<UInt64> = eventNouns.union(
        [
            "accident", "fire", "incendie", "حادث", "حادثة", "حريق", "إثر", "جراء", "stabbed", "shot", "غرقا",
            "noyé", "noyée", "drowned", "falling", "fell", "fall", "chute", "سقوط", "سقوطه", "collision", "noyade",
        ].map(Keys.key))
}
