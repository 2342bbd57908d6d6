import Comparison
import CrossCheckModel
import Facts

extension MarkdownReportWriter {
    /// A group's page: members, near-copies, the fact table, the event date and the facts left out.
    func page(_ group: GroupReport, report: RunReport) -> String {
        var lines = ["# Group \(MarkdownText.escape(group.id))", "", "[Back to the index](../index.md)", ""]
        lines.append(
            "\(group.members.count) article(s); cohesion \(ReportPhrases.decimal(group.cohesion)), "
                + "average similarity \(ReportPhrases.decimal(group.averageSimilarity)).")
        lines += ["", "## Articles", ""]
        for member in group.members {
            var parts = ["**\(MarkdownText.escape(member.title ?? "(no title)"))**"]
            parts.append(MarkdownText.escape(member.outlet ?? "unknown outlet"))
            parts.append(member.published?.iso ?? "undated")
            parts.append("`\(member.language.rawValue)`")
            parts.append("id \(MarkdownText.escape(member.id))")
            if let url = member.url { parts.append(MarkdownText.link(url)) }
            lines.append("- " + parts.joined(separator: " · "))
        }
        let copies = group.pairs.filter(\.nearCopy)
        if !copies.isEmpty {
            lines += ["", "## Near-copies", ""]
            for pair in copies { lines.append("- " + pairLine(pair)) }
        }
        lines += copiedPassages(group)
        lines += ["", "## Facts"]
        let comparison = group.comparison
        if comparison.rows.isEmpty && comparison.eventDate == nil {
            lines += ["", "No casualty figure or event date found."]
        }
        for row in comparison.rows { lines += factRow(row) }
        if let dates = comparison.eventDate { lines += dateRow(dates) }
        lines += quantities(comparison)
        if !comparison.notCompared.isEmpty {
            lines += ["", "## Not compared", ""]
            for fact in comparison.notCompared { lines.append("- " + uncompared(fact, group: group)) }
        }
        let others = group.pairs.filter { !$0.nearCopy }
        if !others.isEmpty {
            lines += ["", "## Why these articles were grouped", ""]
            for pair in others { lines.append("- " + pairLine(pair)) }
        }
        lines += factsByArticle(group)
        return lines.joined(separator: "\n") + "\n"
    }

    func pairLine(_ pair: PairEvidence) -> String {
        var text =
            "\(MarkdownText.escape(pair.a)) ↔ \(MarkdownText.escape(pair.b)): similarity "
            + "\(ReportPhrases.decimal(pair.similarity)), containment \(ReportPhrases.decimal(pair.containmentAInB)) / "
            + "\(ReportPhrases.decimal(pair.containmentBInA))"
        if !pair.reasons.isEmpty { text += "; " + pair.reasons.map(MarkdownText.escape).joined(separator: "; ") }
        return text
    }

    func factRow(_ row: FactRow) -> [String] {
        var lines = [
            "",
            "### \(ReportPhrases.verdict(row.verdict).uppercased()): \(MarkdownText.escape(ReportPhrases.key(row.key)))",
            "",
        ]
        lines.append(MarkdownText.escape(ReportPhrases.explanation(row)))
        lines.append("")
        for entry in row.entries {
            let fact = entry.fact
            let name = ReportPhrases.source(
                articleID: entry.articleID, outlet: entry.outlet, published: entry.published)
            var line =
                "- \(MarkdownText.escape(name)): **\(MarkdownText.escape(ReportPhrases.figureWithSubject(fact)))**"
            if let attribution = fact.attribution { line += ", according to \(MarkdownText.escape(attribution))" }
            line += " — “\(MarkdownText.escape(fact.evidence.sentence))”"
            lines.append(line)
        }
        return lines
    }

    func dateRow(_ row: DateRow) -> [String] {
        var lines = ["", "### \(ReportPhrases.verdict(row.verdict).uppercased()): event date", ""]
        if let common = row.commonDate {
            lines += ["Every source names \(common.iso).", ""]
        } else if row.verdict == .conflict {
            lines += ["Sources name different days, \(row.spreadDays) day(s) apart.", ""]
        }
        for entry in row.entries {
            let name = ReportPhrases.source(
                articleID: entry.articleID, outlet: entry.outlet, published: entry.published)
            let dates = entry.dates.map {
                "**\(ReportPhrases.date($0))** “\(MarkdownText.escape($0.evidence.sentence))”"
            }
            lines.append("- \(MarkdownText.escape(name)): " + dates.joined(separator: "; "))
        }
        return lines
    }

    func uncompared(_ fact: UncomparedFact, group: GroupReport) -> String {
        let member = group.member(fact.articleID)
        let name = ReportPhrases.source(articleID: fact.articleID, outlet: member?.outlet, published: member?.published)
        let what: String
        let sentence: String
        if let casualty = fact.casualty {
            what = "\(casualty.kind.rawValue) \(ReportPhrases.figureWithSubject(casualty))"
            sentence = casualty.evidence.sentence
        } else if let date = fact.date {
            what = "date \(ReportPhrases.date(date))"
            sentence = date.evidence.sentence
        } else {
            what = "fact"
            sentence = ""
        }
        return "\(MarkdownText.escape(name)): \(MarkdownText.escape(what)) (\(ReportPhrases.reason(fact.reason))) "
            + "— “\(MarkdownText.escape(sentence))”"
    }
}

extension MarkdownReportWriter {
    /// Everything the extractor read from each member, compared or not, so a reader can check the extraction.
    func factsByArticle(_ group: GroupReport) -> [String] {
        guard group.facts.contains(where: { !$0.facts.casualties.isEmpty || !$0.facts.dates.isEmpty }) else {
            return []
        }
        var lines = ["", "## Facts by article"]
        for entry in group.facts {
            let member = group.member(entry.articleID)
            lines += ["", "### \(MarkdownText.escape(member?.title ?? entry.articleID))", ""]
            for fact in entry.facts.casualties {
                lines.append(
                    "- \(fact.kind.rawValue): \(MarkdownText.escape(ReportPhrases.figureWithSubject(fact))) "
                        + "(\(fact.modality.rawValue)) — “\(MarkdownText.escape(fact.evidence.text))”")
            }
            for fact in entry.facts.dates {
                lines.append(
                    "- \(fact.role.rawValue) date: \(MarkdownText.escape(ReportPhrases.date(fact))) — "
                        + "“\(MarkdownText.escape(fact.evidence.text))”")
            }
            if entry.facts.casualties.isEmpty && entry.facts.dates.isEmpty { lines.append("- nothing found") }
        }
        return lines
    }
}
