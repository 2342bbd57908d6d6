extension HTMLPruning {
    /// Reads one class or id value from its UTF-8 bytes: widget, article body, dateline, and the Readability weight.
    ///
    /// The rules are those of the word lists above: a value is split at white space into names; a name is an article
    /// body when it is one of `articleBodyNames` (lower-cased); its sub-words, split at non-alphanumerics and at
    /// lower-to-upper case changes (`relatedPosts` → related, posts), make it a widget (`isWidgetName`); its sub-words
    /// split at non-alphanumerics only give the positive weight, the dateline mark and the `update` veto.
    ///
    ///     Array("related-posts".utf8).withUnsafeBufferPointer { HTMLPruning.evidence(ofValue: $0) }.isWidget  // true
    static func evidence(ofValue value: UnsafeBufferPointer<UInt8>) -> ClassEvidence {
        var scratch = ClassNameScratch()
        return evidence(ofValue: value, scratch: &scratch)
    }

    /// Buffers reused from one value to the next (a page has hundreds of distinct ids).
    struct ClassNameScratch {
        var lower: [UInt8] = []
        var words: [Range<Int>] = []
    }

    static func evidence(ofValue value: UnsafeBufferPointer<UInt8>, scratch: inout ClassNameScratch) -> ClassEvidence {
        evidence(ofValue: value, names: ClassNameFeatures(), scratch: &scratch)
    }

    /// `evidence(ofValue:)`, taking the features of names the stripper already judged from `names`.
    static func evidence(
        ofValue value: UnsafeBufferPointer<UInt8>, names: ClassNameFeatures, scratch: inout ClassNameScratch
    ) -> ClassEvidence {
        if !names.isEmpty, let known = knownFeatures(ofValue: value, names) { return ClassEvidence(known) }
        var found: NameFeatures = []
        // One copy, lowered in place (an append per byte pays a capacity check per byte).
        scratch.lower.removeAll(keepingCapacity: true)
        scratch.lower.append(contentsOf: value)
        scratch.lower.withUnsafeMutableBufferPointer { lower in
            for index in lower.indices { lower[index] = HTMLText.lower(lower[index]) }
        }
        scratch.lower.withUnsafeBufferPointer { lowered -> Void in
            forEachName(in: value) { range in
                found.formUnion(
                    features(
                        ofName: UnsafeBufferPointer(rebasing: value[range]),
                        lowered: UnsafeBufferPointer(rebasing: lowered[range]), known: found, scratch: &scratch))
                return true
            }
        }
        return ClassEvidence(found)
    }

    /// Calls `body` with the range of each name of a class or id value (names are split at `isNameSeparator`),
    /// until it returns false; returns whether every name was read.
    @discardableResult
    static func forEachName(in value: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) -> Bool {
        var start = 0
        while start < value.count {
            guard !isNameSeparator(value[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < value.count && !isNameSeparator(value[end]) { end += 1 }
            guard body(start..<end) else { return false }
            start = end
        }
        return true
    }

    /// The union of the features of the value's names when every name is in `names`, else nil.
    private static func knownFeatures(ofValue value: UnsafeBufferPointer<UInt8>, _ names: ClassNameFeatures)
        -> NameFeatures?
    {
        var found: NameFeatures = []
        let complete = forEachName(in: value) { range in
            let name = UnsafeBufferPointer(rebasing: value[range])
            guard let features = names.cached(name, hash: ClassNameFeatures.hash(name)) else { return false }
            found.formUnion(features)
            return true
        }
        return complete ? found : nil
    }

    /// What one class name says on its own; a value's evidence combines its names' features (any name counts).
    struct NameFeatures: OptionSet {
        var rawValue: UInt8
        /// One of `articleBodyNames`.
        static let articleBody = NameFeatures(rawValue: 1)
        /// `isWidgetName`.
        static let widget = NameFeatures(rawValue: 2)
        /// A sub-word in `positiveTokens`.
        static let positive = NameFeatures(rawValue: 4)
        /// A sub-word starting with `update` (vetoes the dateline mark).
        static let update = NameFeatures(rawValue: 8)
        /// A sub-word holding one of `HTMLPageMetadata.datelineWords`.
        static let dateline = NameFeatures(rawValue: 16)
    }

    /// The features of one name (`name` as written, `lowered` its lower-case copy), skipping the tests for features
    /// already `known` from other names of the value.
    static func features(
        ofName name: UnsafeBufferPointer<UInt8>, lowered: UnsafeBufferPointer<UInt8>, known: NameFeatures = [],
        scratch: inout ClassNameScratch
    ) -> NameFeatures {
        // One read of the word tables per name: each read of a static pays a `swift_once` call.
        let tables = wordTables
        var found: NameFeatures = []
        if !known.contains(.articleBody), tables.articleBody.contains(lowered) { found.insert(.articleBody) }
        if !known.contains(.widget) {
            splitWords(name, camelCase: true, into: &scratch.words)
            if isWidgetName(scratch.words, in: lowered, tables) { found.insert(.widget) }
        }
        // Dateline words are letters only, so one occurring in the name lies inside one of its sub-words.
        if !known.contains(.dateline), tables.dateline.occursIn(lowered) { found.insert(.dateline) }
        guard !known.contains(.positive) || !known.contains(.update) else { return found }
        // Sub-words split at non-alphanumerics only, read in place.
        var start = -1
        for index in 0...lowered.count {
            if index < lowered.count, isAlphanumeric(lowered[index]) {
                if start < 0 { start = index }
                continue
            }
            guard start >= 0 else { continue }
            let word = UnsafeBufferPointer(rebasing: lowered[start..<index])
            start = -1
            if !known.contains(.positive), tables.positive.contains(word) { found.insert(.positive) }
            if !known.contains(.update), ByteWordSet.hasPrefix(word, tables.update) { found.insert(.update) }
        }
        return found
    }

    @inline(__always) private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }

    @inline(__always) static func isNameSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The sub-word ranges of one name, as `subwords` splits it (with `camelCase`), or at non-alphanumerics only.
    private static func splitWords(_ name: UnsafeBufferPointer<UInt8>, camelCase: Bool, into words: inout [Range<Int>])
    {
        words.removeAll(keepingCapacity: true)
        var start = -1
        var previousLower = false
        for index in 0..<name.count {
            let byte = name[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper || isLower || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                if camelCase && isUpper && previousLower && start >= 0 {
                    words.append(start..<index)
                    start = index
                }
                if start < 0 { start = index }
                previousLower = isLower
            } else {
                if start >= 0 { words.append(start..<index) }
                start = -1
                previousLower = false
            }
        }
        if start >= 0 { words.append(start..<name.count) }
    }

    /// `isWidgetName` on sub-word ranges of a lower-cased name.
    private static func isWidgetName(_ words: [Range<Int>], in name: UnsafeBufferPointer<UInt8>, _ tables: WordTables)
        -> Bool
    {
        guard let first = words.first else { return false }
        func word(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: name[range]) }
        if words.contains(where: { tables.modifiers.contains(word($0)) }) { return false }
        let head = word(first)
        if isWidgetWord(head, tables) { return true }
        if let last = words.last(where: { !tables.genericSuffixes.contains(word($0)) }) {
            let tail = word(last)
            if !ByteWordSet.equal(tail, head), isWidgetWord(tail, tables) { return true }
        }
        // Compound names written in one piece: "relatedArticles", "sharebar".
        guard ByteWordSet.hasPrefix(head, tables.related) || tables.compoundHeads.contains(head) else { return false }
        var squeezed: [UInt8] = []
        for range in words { squeezed.append(contentsOf: word(range)) }
        return squeezed.withUnsafeBufferPointer { joined in
            ByteWordSet.hasPrefix(joined, tables.related) || ByteWordSet.hasPrefix(joined, tables.sharebar)
                || ByteWordSet.hasPrefix(joined, tables.socialshare)
        }
    }

    private static func isWidgetWord(_ word: UnsafeBufferPointer<UInt8>, _ tables: WordTables) -> Bool {
        tables.wholeTokens.contains(word) || tables.tokenPrefixes.hasPrefixIn(word)
    }

    /// The word lists above as byte tables, built once per process (a class: a read retains it once, where a struct
    /// copy would retain each of its arrays).
    final class WordTables: Sendable {
        let articleBody = ByteWordSet(articleBodyNames)
        let positive = ByteWordSet(positiveTokens)
        let wholeTokens = ByteWordSet(HTMLPruning.wholeTokens)
        let genericSuffixes = ByteWordSet(HTMLPruning.genericSuffixes)
        let modifiers = ByteWordSet(modifierWords)
        let compoundHeads = ByteWordSet(["share", "sharebar", "social", "socialshare"])
        let dateline = ByteWordSet.prefixes(HTMLPageMetadata.datelineWords)
        let tokenPrefixes = ByteWordSet.prefixes(HTMLPruning.tokenPrefixes)
        let update = Array("update".utf8)
        let related = Array("related".utf8)
        let sharebar = Array("sharebar".utf8)
        let socialshare = Array("socialshare".utf8)
    }

    private static let wordTables = WordTables()
}

extension ClassEvidence {
    /// The evidence of a value from the union of its names' features.
    init(_ found: HTMLPruning.NameFeatures) {
        let isArticleBody = found.contains(.articleBody)
        let isWidget = !isArticleBody && found.contains(.widget)
        var weight = 0.0
        if found.contains(.positive) { weight += 25 }
        if isWidget { weight -= 25 }
        if isArticleBody { weight += 25 }
        self.init(
            isWidget: isWidget, isArticleBody: isArticleBody, weight: weight,
            isDateline: found.contains(.dateline) && !found.contains(.update))
    }
}
