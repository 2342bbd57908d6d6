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
        var plainWords: [Range<Int>] = []
    }

    static func evidence(ofValue value: UnsafeBufferPointer<UInt8>, scratch: inout ClassNameScratch) -> ClassEvidence {
        var found: NameFeatures = []
        // One copy, lowered in place (an append per byte pays a capacity check per byte).
        scratch.lower.removeAll(keepingCapacity: true)
        scratch.lower.append(contentsOf: value)
        scratch.lower.withUnsafeMutableBufferPointer { lower in
            for index in lower.indices { lower[index] = HTMLText.lower(lower[index]) }
        }
        var start = 0
        scratch.lower.withUnsafeBufferPointer { lowered in
            while start < value.count {
                guard !isNameSeparator(value[start]) else {
                    start += 1
                    continue
                }
                var end = start
                while end < value.count && !isNameSeparator(value[end]) { end += 1 }
                found.formUnion(
                    features(
                        ofName: UnsafeBufferPointer(rebasing: value[start..<end]),
                        lowered: UnsafeBufferPointer(rebasing: lowered[start..<end]), known: found,
                        scratch: &scratch))
                start = end
            }
        }
        let isArticleBody = found.contains(.articleBody)
        let isWidget = !isArticleBody && found.contains(.widget)
        var weight = 0.0
        if found.contains(.positive) { weight += 25 }
        if isWidget { weight -= 25 }
        if isArticleBody { weight += 25 }
        return ClassEvidence(
            isWidget: isWidget, isArticleBody: isArticleBody, weight: weight,
            isDateline: found.contains(.dateline) && !found.contains(.update))
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
        var found: NameFeatures = []
        if !known.contains(.articleBody), articleBodyBytes.contains(lowered) { found.insert(.articleBody) }
        if !known.contains(.widget) {
            splitWords(name, camelCase: true, into: &scratch.words)
            if isWidgetName(scratch.words, in: lowered) { found.insert(.widget) }
        }
        splitWords(name, camelCase: false, into: &scratch.plainWords)
        let all = known.union(found)
        for range in scratch.plainWords {
            let word = UnsafeBufferPointer(rebasing: lowered[range])
            if !all.contains(.positive), positiveBytes.contains(word) { found.insert(.positive) }
            if !all.contains(.update), ByteWordSet.hasPrefix(word, updateBytes) { found.insert(.update) }
            if !all.contains(.dateline), containsDatelineWord(word) { found.insert(.dateline) }
        }
        return found
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
    private static func isWidgetName(_ words: [Range<Int>], in name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = words.first else { return false }
        func word(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: name[range]) }
        if words.contains(where: { modifierBytes.contains(word($0)) }) { return false }
        let head = word(first)
        if isWidgetWord(head) { return true }
        if let last = words.last(where: { !genericSuffixBytes.contains(word($0)) }) {
            let tail = word(last)
            if !ByteWordSet.equal(tail, head), isWidgetWord(tail) { return true }
        }
        // Compound names written in one piece: "relatedArticles", "sharebar".
        guard ByteWordSet.hasPrefix(head, relatedBytes) || compoundHeads.contains(head) else { return false }
        var squeezed: [UInt8] = []
        for range in words { squeezed.append(contentsOf: word(range)) }
        return squeezed.withUnsafeBufferPointer { joined in
            ByteWordSet.hasPrefix(joined, relatedBytes) || ByteWordSet.hasPrefix(joined, sharebarBytes)
                || ByteWordSet.hasPrefix(joined, socialshareBytes)
        }
    }

    /// True when one of `HTMLPageMetadata.datelineWords` occurs in the word.
    private static func containsDatelineWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        datelineWordBytes.occursIn(word)
    }

    private static func isWidgetWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        wholeTokenBytes.contains(word) || tokenPrefixBytes.hasPrefixIn(word)
    }

    private static let articleBodyBytes = ByteWordSet(articleBodyNames)
    private static let positiveBytes = ByteWordSet(positiveTokens)
    private static let wholeTokenBytes = ByteWordSet(wholeTokens)
    private static let genericSuffixBytes = ByteWordSet(genericSuffixes)
    private static let modifierBytes = ByteWordSet(modifierWords)
    private static let compoundHeads = ByteWordSet(["share", "sharebar", "social", "socialshare"])
    private static let datelineWordBytes = ByteWordSet.prefixes(HTMLPageMetadata.datelineWords)
    private static let tokenPrefixBytes = ByteWordSet.prefixes(tokenPrefixes)
    private static let updateBytes = Array("update".utf8)
    private static let relatedBytes = Array("related".utf8)
    private static let sharebarBytes = Array("sharebar".utf8)
    private static let socialshareBytes = Array("socialshare".utf8)

}
