import Comparison
import CrossCheckModel

/// Writes the report as self-contained HTML pages: `index.html` and `groups/<id>.html`.
///
/// Pages carry their CSS inline and have no script and no external asset, so they open from a folder, a mail
/// attachment or an archive years later. Article text is escaped by `HTMLText` and wrapped in elements with
/// `dir="auto"`, so an Arabic quote reads right to left inside an English page and cannot reorder what follows it.
/// Only http and https URLs become links.
public struct HTMLReportWriter: ReportWriter {
    public init() {}

    public func files(for report: RunReport) throws -> [String: String] {
        var files: [String: String] = [:]
        files["index.html"] = index(report)
        let pages = ParallelMap.map(report.groups) { page($0, report: report) }
        for (group, page) in zip(report.groups, pages) { files[Self.groupPath(group.id, ext: "html")] = page }
        return files
    }

    /// A complete document around `body`.
    func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// Article text inline, isolated so its direction cannot leak into the text around it.
    func quoted(_ text: String, language: Language? = nil) -> String {
        "<span dir=\"auto\"\(langAttribute(language))>\(HTMLText.escape(text))</span>"
    }

    func langAttribute(_ language: Language?) -> String {
        guard let language, language != .unknown else { return "" }
        return " lang=\"\(language.rawValue)\""
    }

    /// A link for an http or https URL, otherwise the URL as inert text.
    func urlHTML(_ url: String) -> String {
        if let href = HTMLText.safeHref(url) {
            return "<a href=\"\(href)\" rel=\"noopener noreferrer nofollow\" dir=\"auto\">\(HTMLText.escape(url))</a>"
        }
        return "<span class=\"inert-url\" dir=\"auto\">\(HTMLText.escape(url))</span>"
    }

    func index(_ report: RunReport) -> String {
        var body = ["<header><h1>crosscheck report</h1>", overview(report), "</header>", "<main>"]
        body.append("<h2>Groups</h2>")
        body.append("<p>Most conflicts first; “largest” is the largest relative difference between two figures.</p>")
        body.append("<div class=\"scroll\"><table>")
        body.append(
            "<thead><tr><th>Group</th><th>Articles</th><th>Conflicts</th><th>Largest</th><th>Updates</th>"
                + "<th>Agree</th><th>Single</th><th>First article</th></tr></thead><tbody>")
        for group in report.groupsByConflict {
            let counts = group.comparison.counts
            let largest = counts.conflicts > 0 ? ReportPhrases.percent(group.comparison.largestConflict) : ""
            let href = HTMLText.escape(Self.groupPath(group.id, ext: "html"))
            let first = group.members.first
            let rowClass = counts.conflicts > 0 ? " class=\"has-conflict\"" : ""
            body.append(
                "<tr\(rowClass)><td><a href=\"\(href)\">\(HTMLText.escape(group.id))</a></td>"
                    + "<td class=\"n\">\(group.members.count)</td><td class=\"n\">\(counts.conflicts)</td>"
                    + "<td class=\"n\">\(largest)</td><td class=\"n\">\(counts.updates)</td>"
                    + "<td class=\"n\">\(counts.agreements)</td><td class=\"n\">\(counts.singles)</td>"
                    + "<td dir=\"auto\"\(langAttribute(first?.language))>"
                    + "\(HTMLText.escape(first?.title ?? first?.id ?? ""))</td></tr>")
        }
        body.append("</tbody></table></div>")
        body.append(records(report.summary))
        body.append("</main>")
        return document(title: "crosscheck report", body: body.joined(separator: "\n"))
    }

    func overview(_ report: RunReport) -> String {
        let summary = report.summary
        var items = [
            "<li>Schema <code>\(HTMLText.escape(report.schema))</code>, tool version "
                + "\(HTMLText.escape(report.toolVersion))</li>",
            "<li>Reference date \(report.referenceDate.iso)</li>",
        ]
        if let generatedAt = report.generatedAt { items.append("<li>Generated \(HTMLText.escape(generatedAt))</li>") }
        items.append(
            "<li>Inputs \(summary.inputs): processed \(summary.processed), skipped \(summary.skipped), "
                + "failed \(summary.failed)</li>")
        for (name, value) in report.options.sorted(by: { $0.key < $1.key }) {
            items.append("<li>Option \(HTMLText.escape(name)): \(quoted(value))</li>")
        }
        return "<ul class=\"meta\">\n" + items.joined(separator: "\n") + "\n</ul>"
    }

    func records(_ summary: RunSummary) -> String {
        guard !summary.records.isEmpty else { return "<p>Every input was processed.</p>" }
        var lines = [
            "<h2>Inputs not processed</h2>", "<div class=\"scroll\"><table>",
            "<thead><tr><th>Origin</th><th>Status</th><th>Reason</th></tr></thead><tbody>",
        ]
        for record in summary.records {
            lines.append(
                "<tr><td dir=\"auto\">\(HTMLText.escape(record.origin))</td><td>\(record.status.rawValue)</td>"
                    + "<td dir=\"auto\">\(HTMLText.escape(record.reason))</td></tr>")
        }
        lines.append("</tbody></table></div>")
        return lines.joined(separator: "\n")
    }
}
