import CrossCheckModel

/// Reads casualty figures, dates and numbers from one article's text.
///
/// Arabic comes first, then English and French; the tables of all three are consulted for every article, so
/// `language` may be `.unknown` and quotes in another language are still read. The extractor makes one pass over the
/// text's scalars to tokenize it, then reads each sentence's tokens forward with dictionary lookups only.
///
///     let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)
///     let facts = extractor.extract(text: "أدى إلى مقتل أكثر من 2500 شخص", language: .arabic, published: nil)
///     facts.casualties[0].count  // [2501, ]
///
/// Without a publication date, years are inferred against `referenceDate` (see `DateFact.Resolution`).
public struct FactExtractor: Sendable {
    /// The latest date an undated article can be about: years left out of a date are inferred not after it.
    public let referenceDate: CivilDate
    /// How dates that leave out their year, and bare weekdays, are placed; news looks backward.
    public var direction: DateDirection

    public init(referenceDate: CivilDate, direction: DateDirection = .backward) {
        self.referenceDate = referenceDate
        self.direction = direction
    }

    /// Extracts the casualty figures, dates and numbers of one article.
    ///
    /// - Parameters:
    ///   - text: the article body (boilerplate already removed); evidence offsets count its Unicode scalars.
    ///   - language: the article's language. The Arabic, English and French tables are disjoint, so all are
    ///     consulted whatever this says (a quoted English tweet in an Arabic article is still read); it is kept
    ///     for callers and for language-specific rules to come.
    ///   - published: the publication date, which resolves relative dates and years left out.
    /// - Returns: the facts, each list in text order.
    /// - Complexity: O(n) in the length of the text.
    public func extract(text: String, language: Language, published: CivilDate?) -> ArticleFacts {
        let lexicon = Lexicon.shared
        let tokenized = TokenizedText(text, vocabulary: lexicon.vocabulary)
        var consumed = [Bool](repeating: false, count: tokenized.tokens.count)
        let mentions = findDates(in: tokenized, lexicon: lexicon, language: language, consumed: &consumed)
        var taken = consumed
        let relativeOrdinals = findRelativeOrdinals(in: tokenized, lexicon: lexicon, taken: &taken)
        let reader = NumberReader(text: tokenized, lexicon: lexicon, consumed: taken)
        let quantities = findQuantities(in: tokenized, parser: QuantityParser(reader: reader))
        let dates = resolveDates(mentions, in: tokenized, published: published)
        var historicalDates: [Int: [Int]] = [:]
        let daySentences = Set(mentions.filter { $0.grain == .day }.map { tokenized.tokens[$0.first].sentence })
        // "the deadliest attack since 2015": a year after "since" is a point of comparison, not what the sentence
        // reports, unless a clause about that year follows ("since 1998, when 224 people were killed").
        for (mention, fact) in zip(mentions, dates)
        where fact.role == .historical && !isComparisonBase(mention, in: tokenized) {
            historicalDates[tokenized.tokens[mention.first].sentence, default: []].append(mention.first)
        }
        var extractor = CasualtyExtractor(text: tokenized, lexicon: lexicon, quantities: quantities, consumed: consumed)
        extractor.anchorYear = (published ?? referenceDate).year
        var casualties: [CasualtyFact] = []
        var lastSentence = -2
        for (index, sentence) in tokenized.sentences.enumerated() {
            let previous = index - lastSentence <= 1 ? casualties.last?.kind : nil
            let facts = extractor.extract(
                sentence: sentence, previousKind: previous, historicalDates: historicalDates[index] ?? [],
                namesDay: daySentences.contains(index))
            if !facts.isEmpty { lastSentence = index }
            casualties += facts
        }
        var facts = ArticleFacts(
            casualties: casualties, dates: dates, numbers: numberMentions(quantities, in: tokenized))
        facts.relativeOrdinals = relativeOrdinals
        facts.vagueCounts = quantities.compactMap { quantity in
            quantity.vague.map { vague in
                var mention = NumberMention(
                    value: vague.min ?? 0, evidence: tokenized.evidence(quantity.numberFirst, quantity.last))
                mention.vague = vague
                return mention
            }
        }
        return facts
    }

    private func findDates(
        in text: TokenizedText, lexicon: Lexicon, language: Language, consumed: inout [Bool]
    ) -> [DateMention] {
        var parser = DateParser(text: text, lexicon: lexicon)
        parser.dayFirst = language != .english
        parser.french = language == .french
        var mentions: [DateMention] = []
        for sentence in text.sentences {
            var index = sentence.firstToken
            while index < sentence.endToken {
                if parser.mayOpen(at: index), var mention = parser.parse(at: index, end: sentence.endToken) {
                    let floor = max(sentence.firstToken, (mentions.last?.last ?? -1) + 1)
                    parser.bound(&mention, sentenceStart: floor, end: sentence.endToken)
                    mentions.append(mention)
                    // The count of "in 3 years" or "in three days" is still a number (a toll "in three days" spans
                    // several days); the digits of "15/2" or "2014" are not.
                    let keepsCounts = mention.expression?.counts ?? false
                    for covered in mention.first...mention.last {
                        let token = text.tokens[covered]
                        let isCount = token.isNumber || (token.isKnown && token.mask & lexicon.numbers.bit != 0)
                        if !(keepsCounts && isCount) { consumed[covered] = true }
                    }
                    index = mention.last + 1
                    // "in 2007 and 2009": the year coordinated with it, and the conjunction between.
                    if let other = parser.coordinatedYear(after: mention, end: sentence.endToken) {
                        mentions.append(other)
                        for covered in mention.last + 1...other.last { consumed[covered] = true }
                        index = other.last + 1
                    }
                } else {
                    index += 1
                }
            }
        }
        return mentions
    }

    /// "الأخير", "قبل الأخير", "next to last": read before numbers, so that "الثانية إلى الأخير" is one relative
    /// ordinal rather than the ordinal 2, and marked in `taken` for the number reader.
    private func findRelativeOrdinals(in text: TokenizedText, lexicon: Lexicon, taken: inout [Bool]) -> [NumberMention]
    {
        var found: [NumberMention] = []
        var index = 0
        let tokens = text.tokens
        while index < tokens.count {
            guard tokens[index].isKnown, !taken[index],
                let match = lexicon.relativeOrdinals.match(text, at: index, clitics: false),
                (index..<match.end).allSatisfy({ !taken[$0] })
            else {
                index += 1
                continue
            }
            if match.value.beforeNoun {
                let next = match.end
                guard next < tokens.count, tokens[next].sentence == tokens[index].sentence, tokens[next].isArabic,
                    tokens[next].clitic == .none, tokens[next].length >= 3
                else {
                    index += 1
                    continue
                }
            }
            var mention = NumberMention(
                value: Double(match.value.offset), isOrdinal: true, evidence: text.evidence(index, match.end - 1))
            mention.anchor = match.value.anchor
            found.append(mention)
            for covered in index..<match.end { taken[covered] = true }
            index = match.end
        }
        return found
    }

    private func findQuantities(in text: TokenizedText, parser: QuantityParser) -> [Quantity] {
        var quantities: [Quantity] = []
        for sentence in text.sentences {
            var index = sentence.firstToken
            while index < sentence.endToken {
                let token = text.tokens[index]
                if token.isKnown || token.isNumber, let quantity = parser.parse(at: index, end: sentence.endToken) {
                    quantities.append(quantity)
                    index = quantity.last + 1
                } else {
                    index += 1
                }
            }
        }
        return joinScaleRemainders(quantities, in: text)
    }

    /// "مليون و800", "2 مليار و500": headlines write the hundreds after a scale of a million or more for its
    /// thousandths, so they read 1,800,000 and 2,500,000,000. Only a bare 1–999 in digits right after "و" joins.
    private func joinScaleRemainders(_ quantities: [Quantity], in text: TokenizedText) -> [Quantity] {
        var result: [Quantity] = []
        for quantity in quantities {
            guard var previous = result.last, previous.vague == nil, previous.high == nil, !previous.isPercent,
                !previous.isOrdinal, previous.value >= 1e6, text.tokens[previous.last].isWord,
                quantity.vague == nil, quantity.high == nil, quantity.qualifier == .exact,
                quantity.first == quantity.last, quantity.numberFirst == quantity.first
            else {
                result.append(quantity)
                continue
            }
            let token = text.tokens[quantity.first]
            let joined =
                (quantity.first == previous.last + 1 && token.clitic == .wa)
                || (quantity.first == previous.last + 2 && text.tokens[previous.last + 1].full == Keys.wa)
            guard joined, token.isNumber, token.isInteger, (1...999).contains(quantity.value) else {
                result.append(quantity)
                continue
            }
            let scale = [1e12, 1e9, 1e6].first { previous.value >= $0 } ?? 1e6
            previous.value += quantity.value * scale / 1000
            previous.last = quantity.last
            result[result.count - 1] = previous
        }
        return result
    }

    /// Resolves every mention, then decides which ones the article only refers back to.
    ///
    /// The context is the publication date or, without one, the latest date the article fixes by itself (written
    /// out, or found from its weekday); a date more than about a year before it, or a past year on its own, is
    /// historical, as is any date after a cue such as "حدود" or "anniversary".
    private func resolveDates(_ mentions: [DateMention], in text: TokenizedText, published: CivilDate?) -> [DateFact] {
        let resolver = DateResolver(published: published, reference: referenceDate, direction: direction)
        let resolved = mentions.map(resolver.resolve)
        var context = published
        if context == nil {
            let anchored = zip(mentions, resolved).filter {
                !$0.0.historicalCue && ($0.1.resolution == .explicit || $0.1.resolution == .inferredFromWeekday)
            }
            context = anchored.compactMap(\.1.date).max()
        }
        if context == nil {
            context = zip(mentions, resolved).filter { !$0.0.historicalCue }.compactMap(\.1.date).max()
        }
        let anchor = context ?? referenceDate
        return zip(mentions, resolved).map { mention, resolved in
            var role = DateFact.Role.event
            if mention.historicalCue {
                role = .historical
            } else if let date = resolved.date {
                switch resolved.grain ?? mention.grain {
                case .year: role = date.year < anchor.year ? .historical : .event
                case .day, .week, .month, .quarter:
                    role = date.daysSinceEpoch < anchor.daysSinceEpoch - 400 ? .historical : .event
                }
            }
            var fact = DateFact(
                date: resolved.date, grain: resolved.grain ?? mention.grain, role: role,
                resolution: resolved.resolution, weekday: mention.weekday, weekdayMismatch: resolved.weekdayMismatch,
                evidence: text.evidence(mention.first, mention.last))
            fact.kind = resolved.kind
            fact.end = resolved.end
            fact.closing = resolved.closing
            fact.recurrence = resolved.recurrence
            return fact
        }
    }

    private static let sinceKeys: Set<UInt64> = Set(["since", "depuis", "منذ"].map(Keys.key))
    private static let superlatives: Set<UInt64> = Set(
        [
            "deadliest", "worst", "bloodiest", "largest", "biggest", "highest", "meurtrier", "meurtrière", "pire",
            "الأكثر", "الأعنف", "الأسوأ", "أعنف", "أسوأ", "الأكبر", "أكبر", "الأعلى", "أعلى",
        ].map(Keys.key))
    private static let whenKeys: Set<UInt64> = Set(
        ["when", "lorsque", "quand", "où", "عندما", "حين", "حيث"].map(Keys.key))

    /// A date after a superlative and "since" ("the deadliest attack since 2015", "الأعنف منذ 2015") that no clause
    /// about it follows. Without the superlative, "since 2011 the war has killed…" is a running toll, and stays
    /// out of the totals as the historical date makes it.
    private func isComparisonBase(_ mention: DateMention, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        var since = mention.first
        if !Self.sinceKeys.contains(tokens[since].key) { since -= 1 }
        guard since >= 0, Self.sinceKeys.contains(tokens[since].key) else { return false }
        let sentence = tokens[since].sentence
        let superlative = stride(from: since - 1, through: max(0, since - 5), by: -1).contains {
            tokens[$0].sentence == sentence && Self.superlatives.contains(tokens[$0].full)
        }
        guard superlative else { return false }
        var next = mention.last + 1
        if next < tokens.count, tokens[next].isPunctuation { next += 1 }
        return !(next < tokens.count && Self.whenKeys.contains(tokens[next].key))
    }

    private func numberMentions(_ quantities: [Quantity], in text: TokenizedText) -> [NumberMention] {
        var numbers: [NumberMention] = []
        for quantity in quantities where quantity.vague == nil && !isRegnal(quantity, in: text) {
            numbers.append(
                NumberMention(
                    value: quantity.value, isOrdinal: quantity.isOrdinal,
                    evidence: text.evidence(
                        quantity.numberFirst, quantity.high == nil ? quantity.last : quantity.numberFirst)))
            if let high = quantity.high {
                numbers.append(
                    NumberMention(value: high, evidence: text.evidence(quantity.last, quantity.last)))
            }
        }
        return numbers
    }

    /// "الملك محمد السادس", "الملك عبدالله الثاني": a definite ordinal after a ruler's name is part of the name, not
    /// a figure.
    ///
    /// The ordinal must follow one or two bare Arabic words (unknown to the fact tables, no clitic, no "ال") that
    /// follow a title (`RulerTitles`: "الملك", "البابا", "السلطان"…): without the title, "اعجبني الأول" or "بالكلمة الأولى" would
    /// look the same.
    private func isRegnal(_ quantity: Quantity, in text: TokenizedText) -> Bool {
        let index = quantity.numberFirst
        let tokens = text.tokens
        guard quantity.isOrdinal, quantity.last == index, index >= 2, tokens[index].isWord, tokens[index].isArabic,
            startsWithArticle(tokens[index], in: text)
        else { return false }
        var position = index - 1
        while position >= max(0, index - 2) {
            let word = tokens[position]
            guard word.isWord, word.isArabic, !word.isKnown, word.clitic == .none,
                word.sentence == tokens[index].sentence, !startsWithArticle(word, in: text)
            else { return false }
            if position > 0, Self.rulerTitles.contains(tokens[position - 1].full) { return true }
            position -= 1
        }
        return false
    }

    private static let rulerTitles: Set<UInt64> = Set(RulerTitles.all.map(Keys.key))

    private func startsWithArticle(_ token: Token, in text: TokenizedText) -> Bool {
        token.end - token.start > 2 && text.scalars[token.start].value == 0x0627
            && text.scalars[token.start + 1].value == 0x0644
    }
}
