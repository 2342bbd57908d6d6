import CrossCheckModel

extension MarkdownReportWriter {
    /// The "Copied passages" section: each member's containment, then each passage with its origin and copies.
    func copiedPassages(_ group: GroupReport) -> [String] {
        let copies = group.copies
        guard !copies.isEmpty else { return [] }
        var lines = ["", "## Copied passages", ""]
        for entry in copies.containment where entry.containment > 0 {
            lines.append("- " + MarkdownText.escape(ReportPhrases.containment(entry, group: group)))
        }
        for (number, passage) in copies.passages.enumerated() {
            lines += ["", "### Passage \(number + 1) (\(passage.wordCount) words)", ""]
            lines.append(MarkdownText.escape(ReportPhrases.origin(passage, group: group)))
            let copiers = ReportPhrases.copiers(passage, group: group)
            lines.append("")
            lines.append(
                "\(CountedNoun.phrase(copiers.count, "copy", plural: "copies")): "
                    + copiers.map(MarkdownText.escape).joined(separator: "; "))
            lines += ["", "> " + MarkdownText.escape(ReportPhrases.excerpt(passage.text))]
        }
        return lines
    }
}
