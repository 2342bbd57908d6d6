import CrossCheckModel

extension HTMLReportWriter {
    /// The "Copied passages" section: each member's containment, then each passage with its origin and copies.
    func copiedPassages(_ group: GroupReport) -> String {
        let copies = group.copies
        guard !copies.isEmpty else { return "" }
        var lines = ["<h2>Copied passages</h2>", "<ul>"]
        for entry in copies.containment where entry.containment > 0 {
            lines.append("<li>\(quoted(ReportPhrases.containment(entry, group: group)))</li>")
        }
        lines.append("</ul>")
        for (number, passage) in copies.passages.enumerated() {
            let copiers = ReportPhrases.copiers(passage, group: group)
            let shown = passage.copies.first { $0.articleID == passage.origin } ?? passage.copies.first
            let language = shown.flatMap { group.member($0.articleID)?.language }
            lines.append("<h3>Passage \(number + 1) (\(passage.wordCount) words)</h3>")
            lines.append("<p>\(quoted(ReportPhrases.origin(passage, group: group)))<br>")
            lines.append(
                "\(CountedNoun.phrase(copiers.count, "copy", plural: "copies")): "
                    + copiers.map { quoted($0) }.joined(separator: "; ") + "</p>")
            lines.append(
                "<blockquote dir=\"auto\"\(langAttribute(language))>"
                    + "\(HTMLText.escape(ReportPhrases.excerpt(passage.text)))</blockquote>")
        }
        return lines.joined(separator: "\n")
    }
}
