import Comparison
import CrossCheckModel
import Facts

/// Writes every fact of the run as one CSV table, `facts.csv`, for spreadsheets.
///
/// One line per casualty figure, date and quantity that the extractor read, in group, member and text order, with
/// the verdict of the comparison row it took part in (empty when it was not compared). Fields follow RFC 4180
/// (comma-separated, double-quoted when needed, CRLF line ends). Article text is made inert by `CSVText`: a cell
/// cannot start a spreadsheet formula and bidi controls are shown, not obeyed.
public struct CSVReportWriter: ReportWriter {
    /// The header line's column names, documented in docs/report-format.md.
    public static let columns = [
        "group", "article_id", "outlet", "published", "fact", "kind", "subject", "relation", "qualifier", "min",
        "max", "stated", "date", "grain", "role", "resolution", "attribution", "modality", "verdict", "evidence",
        "sentence",
    ]

    public init() {}

    public func files(for report: RunReport) throws -> [String: String] {
        var lines = [CSVText.line(Self.columns)]
        for group in report.groups {
            let verdicts = Self.verdicts(group.comparison)
            for entry in group.facts {
                let member = group.member(entry.articleID)
                let base = [group.id, entry.articleID, member?.outlet ?? "", member?.published?.iso ?? ""]
                for fact in entry.facts.casualties {
                    let key = "\(entry.articleID)|\(fact.evidence.start)|c"
                    lines.append(
                        CSVText.line(
                            base + [
                                "casualty", fact.kind.rawValue, fact.subject ?? "", fact.relation.rawValue,
                                fact.qualifier.rawValue, Self.number(fact.count.min), Self.number(fact.count.max),
                                Self.number(fact.stated), "", "", "", "", fact.attribution ?? "",
                                fact.modality.rawValue,
                                verdicts[key] ?? "", fact.evidence.text, fact.evidence.sentence,
                            ]))
                }
                for fact in entry.facts.dates {
                    let key = "\(entry.articleID)|\(fact.evidence.start)|d"
                    lines.append(
                        CSVText.line(
                            base + [
                                "date", "", "", "", "", "", "", "", fact.date?.iso ?? "", fact.grain.rawValue,
                                fact.role.rawValue, fact.resolution.rawValue, "", "", verdicts[key] ?? "",
                                fact.evidence.text, fact.evidence.sentence,
                            ]))
                }
                for number in entry.facts.numbers {
                    let key = "\(entry.articleID)|\(number.evidence.start)|n"
                    guard let verdict = verdicts[key] else { continue }
                    lines.append(
                        CSVText.line(
                            base + [
                                "quantity", "", "", "", "", Self.number(number.value), Self.number(number.value),
                                Self.number(number.value), "", "", "", "", "", "", verdict, number.evidence.text,
                                number.evidence.sentence,
                            ]))
                }
            }
        }
        return ["facts.csv": lines.joined()]
    }

    /// The verdict of every compared fact, by article id, evidence start and fact type.
    static func verdicts(_ comparison: GroupComparison) -> [String: String] {
        var result: [String: String] = [:]
        for row in comparison.rows {
            for entry in row.entries {
                result["\(entry.articleID)|\(entry.fact.evidence.start)|c"] = row.verdict.rawValue
            }
        }
        for entry in comparison.eventDate?.entries ?? [] {
            for date in entry.dates {
                result["\(entry.articleID)|\(date.evidence.start)|d"] = comparison.eventDate?.verdict.rawValue
            }
        }
        for row in comparison.quantities {
            for entry in row.entries {
                for number in entry.numbers {
                    result["\(entry.articleID)|\(number.evidence.start)|n"] = row.verdict.rawValue
                }
            }
        }
        return result
    }

    /// Plain digits, no grouping, so spreadsheets read numbers as numbers; empty for an open bound.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
