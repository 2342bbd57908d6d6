extension ReportPhrases {
    /// A passage's text cut to about 300 scalars for a page; the JSON keeps it whole.
    static func excerpt(_ text: String, limit: Int = 300) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.prefix(limit))
        return String(view) + " …"
    }

    /// "origin: AFP, 2026-11-20" or "origin unknown (a member is undated or the earliest day is shared)".
    static func origin(_ passage: CopiedPassage, group: GroupReport) -> String {
        guard let origin = passage.origin else {
            return "origin unknown (a source is undated or the earliest day is shared)"
        }
        let member = group.member(origin)
        return "origin: " + source(articleID: origin, outlet: member?.outlet, published: member?.published)
    }

    /// The members that copied a passage (all but its origin), named by outlet and day.
    static func copiers(_ passage: CopiedPassage, group: GroupReport) -> [String] {
        passage.copies.filter { $0.articleID != passage.origin }.map { copy in
            let member = group.member(copy.articleID)
            return source(articleID: copy.articleID, outlet: member?.outlet, published: member?.published)
        }
    }

    /// "AFP: 92 % of 120 words" for each member with a shared passage.
    static func containment(_ entry: PassageContainment, group: GroupReport) -> String {
        let member = group.member(entry.articleID)
        let name = source(articleID: entry.articleID, outlet: member?.outlet, published: member?.published)
        return "\(name): \(percent(entry.containment)) of \(entry.words) words in shared passages"
    }
}
