import Comparison
import CrossCheckModel
import Facts

extension HTMLReportWriter {
    /// A group's page: members, near-copies, the fact table, the event date and the facts left out.
    func page(_ group: GroupReport, report: RunReport) -> String {
        var body = [
            "<header><p><a href=\"../index.html\">← All groups</a></p>",
            "<h1>Group \(HTMLText.escape(group.id))</h1>",
            "<p class=\"muted\">\(group.members.count) article(s); cohesion \(ReportPhrases.decimal(group.cohesion)), "
                + "average similarity \(ReportPhrases.decimal(group.averageSimilarity)).</p></header>",
            "<main>", members(group),
        ]
        let copies = group.pairs.filter(\.nearCopy)
        if !copies.isEmpty {
            body.append("<h2>Near-copies</h2>\n<ul>")
            body += copies.map { "<li>\(pairHTML($0, group: group))</li>" }
            body.append("</ul>")
        }
        if !group.copies.isEmpty { body.append(copiedPassages(group)) }
        body.append("<h2>Facts</h2>")
        let comparison = group.comparison
        if comparison.rows.isEmpty && comparison.eventDate == nil {
            body.append("<p>No casualty figure or event date found.</p>")
        }
        if let chart = FigureChart.svg(for: comparison.rows) {
            body.append(
                "<figure>\(chart)\n<figcaption>Each source's figure (dot: exact; bar: range; dashed: open-ended, drawn "
                    + "to twice its lower bound), conflicts first, oldest report first.</figcaption></figure>")
        }
        body += comparison.rows.map { factRow($0, group: group) }
        if let dates = comparison.eventDate { body.append(dateRow(dates, group: group)) }
        body.append(quantities(comparison, group: group))
        if !comparison.notCompared.isEmpty {
            body.append("<h2>Not compared</h2>\n<ul class=\"entries\">")
            body += comparison.notCompared.map { uncompared($0, group: group) }
            body.append("</ul>")
        }
        let others = group.pairs.filter { !$0.nearCopy }
        if !others.isEmpty {
            body.append("<h2>Why these articles were grouped</h2>\n<ul>")
            body += others.map { "<li>\(pairHTML($0, group: group))</li>" }
            body.append("</ul>")
        }
        body.append(factsByArticle(group))
        body.append("</main>")
        return document(title: "Group \(group.id)", body: body.joined(separator: "\n"))
    }

    func members(_ group: GroupReport) -> String {
        var lines = [
            "<h2>Articles</h2>", "<div class=\"scroll\"><table>",
            "<thead><tr><th>Title</th><th>Outlet</th><th>Published</th><th>Language</th><th>Link</th></tr></thead>",
            "<tbody>",
        ]
        for member in group.members {
            let lang = langAttribute(member.language)
            lines.append(
                "<tr><td dir=\"auto\"\(lang)>\(HTMLText.escape(member.title ?? "(no title)"))"
                    + "<br><small class=\"muted\" dir=\"auto\">\(HTMLText.escape(member.id))</small></td>"
                    + "<td dir=\"auto\">\(HTMLText.escape(member.outlet ?? ""))</td>"
                    + "<td>\(member.published?.iso ?? "")</td><td>\(member.language.rawValue)</td>"
                    + "<td>\(member.url.map(urlHTML) ?? "")</td></tr>")
        }
        lines.append("</tbody></table></div>")
        return lines.joined(separator: "\n")
    }

    func sourceName(_ articleID: String, outlet: String?, published: CivilDate?) -> String {
        quoted(ReportPhrases.source(articleID: articleID, outlet: outlet, published: published))
    }

    func pairHTML(_ pair: PairEvidence, group: GroupReport) -> String {
        var text =
            "\(quoted(pair.a)) ↔ \(quoted(pair.b)): similarity \(ReportPhrases.decimal(pair.similarity)), "
            + "containment \(ReportPhrases.decimal(pair.containmentAInB)) / \(ReportPhrases.decimal(pair.containmentBInA))"
        if !pair.reasons.isEmpty { text += "; " + pair.reasons.map { quoted($0) }.joined(separator: "; ") }
        return text
    }

    func factRow(_ row: FactRow, group: GroupReport) -> String {
        var lines = [
            "<section class=\"row verdict-\(row.verdict.rawValue)\">",
            "<h3><span class=\"badge\">\(ReportPhrases.verdict(row.verdict))</span>"
                + "\(HTMLText.escape(ReportPhrases.key(row.key)))</h3>",
            "<p>\(explanation(row))</p>", "<ul class=\"entries\">",
        ]
        for entry in row.entries {
            let fact = entry.fact
            let language = group.member(entry.articleID)?.language
            var line =
                "<li>\(sourceName(entry.articleID, outlet: entry.outlet, published: entry.published)): "
                + "<span class=\"figure\" dir=\"auto\">\(HTMLText.escape(ReportPhrases.figureWithSubject(fact)))</span>"
            if let attribution = fact.attribution {
                line += ", according to \(quoted(attribution, language: language))"
            }
            line +=
                "\n<blockquote dir=\"auto\"\(langAttribute(language))>\(HTMLText.escape(fact.evidence.sentence))</blockquote></li>"
            lines.append(line)
        }
        lines.append("</ul>\n</section>")
        return lines.joined(separator: "\n")
    }

    /// The row's explanation with the names in it isolated: they may be Arabic outlet names.
    func explanation(_ row: FactRow) -> String {
        "<span dir=\"auto\">\(HTMLText.escape(ReportPhrases.explanation(row)))</span>"
    }

    func dateRow(_ row: DateRow, group: GroupReport) -> String {
        var lines = [
            "<section class=\"row verdict-\(row.verdict.rawValue)\">",
            "<h3><span class=\"badge\">\(ReportPhrases.verdict(row.verdict))</span>event date</h3>",
        ]
        if let common = row.commonDate {
            lines.append("<p>Every source names \(common.iso).</p>")
        } else if row.verdict == .conflict {
            lines.append("<p>Sources name different days, \(row.spreadDays) day(s) apart.</p>")
        }
        lines.append("<ul class=\"entries\">")
        for entry in row.entries {
            let language = group.member(entry.articleID)?.language
            let dates = entry.dates.map { fact in
                "<span class=\"figure\">\(HTMLText.escape(ReportPhrases.date(fact)))</span>\n"
                    + "<blockquote dir=\"auto\"\(langAttribute(language))>\(HTMLText.escape(fact.evidence.sentence))</blockquote>"
            }
            lines.append(
                "<li>\(sourceName(entry.articleID, outlet: entry.outlet, published: entry.published)): "
                    + dates.joined(separator: "\n") + "</li>")
        }
        lines.append("</ul>\n</section>")
        return lines.joined(separator: "\n")
    }

    func uncompared(_ fact: UncomparedFact, group: GroupReport) -> String {
        let member = group.member(fact.articleID)
        let name = sourceName(fact.articleID, outlet: member?.outlet, published: member?.published)
        var what = "fact"
        var sentence = ""
        if let casualty = fact.casualty {
            what = "\(casualty.kind.rawValue) \(ReportPhrases.figureWithSubject(casualty))"
            sentence = casualty.evidence.sentence
        } else if let date = fact.date {
            what = "date \(ReportPhrases.date(date))"
            sentence = date.evidence.sentence
        }
        return "<li>\(name): <span dir=\"auto\">\(HTMLText.escape(what))</span> "
            + "<span class=\"muted\">(\(ReportPhrases.reason(fact.reason)))</span>\n"
            + "<blockquote dir=\"auto\"\(langAttribute(member?.language))>\(HTMLText.escape(sentence))</blockquote></li>"
    }

    /// Everything the extractor read from each member, folded away: for checking the extraction.
    func factsByArticle(_ group: GroupReport) -> String {
        guard group.facts.contains(where: { !$0.facts.casualties.isEmpty || !$0.facts.dates.isEmpty }) else {
            return ""
        }
        var lines = ["<h2>Facts by article</h2>"]
        for entry in group.facts {
            let member = group.member(entry.articleID)
            let lang = langAttribute(member?.language)
            lines.append(
                "<details><summary dir=\"auto\"\(lang)>\(HTMLText.escape(member?.title ?? entry.articleID))</summary>"
                    + "\n<ul>")
            for fact in entry.facts.casualties {
                lines.append(
                    "<li>\(fact.kind.rawValue): <span dir=\"auto\">"
                        + "\(HTMLText.escape(ReportPhrases.figureWithSubject(fact)))</span> (\(fact.modality.rawValue)) "
                        + "<q dir=\"auto\"\(lang)>\(HTMLText.escape(fact.evidence.text))</q></li>")
            }
            for fact in entry.facts.dates {
                lines.append(
                    "<li>\(fact.role.rawValue) date: \(HTMLText.escape(ReportPhrases.date(fact))) "
                        + "<q dir=\"auto\"\(lang)>\(HTMLText.escape(fact.evidence.text))</q></li>")
            }
            if entry.facts.casualties.isEmpty && entry.facts.dates.isEmpty { lines.append("<li>nothing found</li>") }
            lines.append("</ul></details>")
        }
        return lines.joined(separator: "\n")
    }
}
