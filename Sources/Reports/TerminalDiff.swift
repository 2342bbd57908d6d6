import Comparison
import CrossCheckModel
import Facts

/// The compact, aligned diff `crosscheck compare` prints: one line per compared fact, one column per source.
///
/// Sources are lettered A, B, C… in publication order and listed first with their outlet, date and title, so a fact
/// line stays short: `CONFLICT  killed  A 200  B more than 2,500  (by at least 92 %)`. Colour (ANSI) marks the verdict
/// only when `colour` is set, which the command does only for a terminal; the verdict is always spelled out too.
/// Article text goes through `TerminalText.clean`, so an escape sequence or a bidi control in an article cannot move
/// the cursor, recolour the terminal or reorder the line.
///
///     print(TerminalDiff(colour: false).render(group))
public struct TerminalDiff: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func render(_ group: GroupReport) -> String {
        let letters = Dictionary(
            uniqueKeysWithValues: group.members.enumerated().map { ($1.id, Self.letter($0)) })
        var lines = [
            "\(CountedNoun.phrase(group.members.count, "article")); "
                + "cohesion \(ReportPhrases.decimal(group.cohesion)), "
                + "average similarity \(ReportPhrases.decimal(group.averageSimilarity))"
        ]
        for member in group.members {
            let name = ReportPhrases.source(articleID: member.id, outlet: member.outlet, published: member.published)
            lines.append(
                "  \(letters[member.id] ?? "?")  \(TerminalText.clean(name))  "
                    + "\(TerminalText.clean(member.title ?? ""))")
        }
        var table: [(Verdict, String, [String], String)] = []
        for row in group.comparison.rows {
            let cells = row.entries.map {
                "\(letters[$0.articleID] ?? "?") \(ReportPhrases.figureWithSubject($0.fact))"
            }
            var note = row.relativeDifference.map { "by at least \(ReportPhrases.percent($0))" } ?? ""
            if row.differentAuthorities { note += ", different authorities" }
            if let change = row.change {
                note = "newest \(letters[change.toArticleID] ?? "?"), up from \(ReportPhrases.interval(change.from))"
            }
            table.append((row.verdict, ReportPhrases.key(row.key), cells, note))
        }
        if let dates = group.comparison.eventDate {
            let cells = dates.entries.map { entry in
                "\(letters[entry.articleID] ?? "?") "
                    + entry.dates.map { $0.date?.iso ?? "?" }.joined(separator: "/")
            }
            let note = dates.verdict == .conflict ? "\(dates.spreadDays) day(s) apart" : ""
            table.append((dates.verdict, "event date", cells, note))
        }
        for row in group.comparison.quantities {
            let cells = row.entries.map { entry in
                "\(letters[entry.articleID] ?? "?") "
                    + entry.numbers.map { ReportPhrases.number($0.value) }.joined(separator: "/")
            }
            let note = row.relativeDifference.map { "by at least \(ReportPhrases.percent($0))" } ?? ""
            table.append((row.verdict, ReportPhrases.unit(row.unit), cells, note))
        }
        lines.append("")
        if table.isEmpty { lines.append("No casualty figure, event date or shared quantity found.") }
        let labelWidth = table.map { TerminalText.width(TerminalText.clean($0.1)) }.max() ?? 0
        let columns = table.map(\.2.count).max() ?? 0
        let cellWidths = (0..<columns).map { column in
            table.map { column < $0.2.count ? TerminalText.width(TerminalText.clean($0.2[column])) : 0 }.max() ?? 0
        }
        for (verdict, label, cells, note) in table {
            var line = paint(Self.pad(ReportPhrases.verdict(verdict).uppercased(), 15), verdict)
            line += Self.pad(TerminalText.clean(label), labelWidth + 2)
            for (column, cell) in cells.enumerated() {
                line += Self.pad(TerminalText.clean(cell), cellWidths[column] + 2)
            }
            if !note.isEmpty { line += "(\(TerminalText.clean(note)))" }
            lines.append(Self.trimmed(line))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func paint(_ text: String, _ verdict: Verdict) -> String {
        guard colour else { return text }
        let code: String
        switch verdict {
        case .conflict: code = "1;31"
        case .update: code = "33"
        case .agree: code = "32"
        case .single: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    static func letter(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : "S\(index + 1)"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - TerminalText.width(text)))
    }

    static func trimmed(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        while scalars.last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
