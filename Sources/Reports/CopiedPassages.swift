/// Passages that members of a group share word for word, and how much of each member they make up.
///
/// An agency story reprinted by five sites is one ``CopiedPassage`` with six ``PassageCopy`` spans and, when every
/// site dated its page and one date is the earliest, that page's id as its `origin`. `containment` answers "how much
/// of this article is copied?": a reprint is near 1, a report that quotes one agency paragraph much lower.
public struct CopiedPassages: Hashable, Codable, Sendable {
    /// Longest passage first, then by where it starts in the first member that has it.
    public var passages: [CopiedPassage]
    /// One entry per member, in member order.
    public var containment: [PassageContainment]

    public init(passages: [CopiedPassage] = [], containment: [PassageContainment] = []) {
        self.passages = passages
        self.containment = containment
    }

    /// True when no two members share a passage.
    public var isEmpty: Bool { passages.isEmpty }
}

/// One run of at least eight normalised words found in two or more members.
public struct CopiedPassage: Hashable, Codable, Sendable {
    /// The passage as the origin (or, with no origin, the first member that has it) wrote it.
    public var text: String
    /// Its length in normalised words, in the member whose text is shown.
    public var wordCount: Int
    /// The id of the earliest publisher among the members that have it; nil when a date is missing or the earliest
    /// date is shared, as the order is then unknown.
    public var origin: String?
    /// Each member that has it, in member order.
    public var copies: [PassageCopy]

    public init(text: String, wordCount: Int, origin: String? = nil, copies: [PassageCopy]) {
        self.text = text
        self.wordCount = wordCount
        self.origin = origin
        self.copies = copies
    }
}

/// Where one member has a copied passage.
public struct PassageCopy: Hashable, Codable, Sendable {
    public var articleID: String
    /// Offsets in the member's text, counted in Unicode scalars; `end` is exclusive.
    public var start: Int
    public var end: Int
    /// The member's own words for the passage, which may differ from the shown text in diacritics or punctuation.
    public var text: String

    public init(articleID: String, start: Int, end: Int, text: String) {
        self.articleID = articleID
        self.start = start
        self.end = end
        self.text = text
    }
}

/// The share of one member's words that lie in passages shared with another member.
public struct PassageContainment: Hashable, Codable, Sendable {
    public var articleID: String
    /// Words in shared passages over all its words, 0…1.
    public var containment: Double
    public var words: Int

    public init(articleID: String, containment: Double, words: Int) {
        self.articleID = articleID
        self.containment = containment
        self.words = words
    }
}
