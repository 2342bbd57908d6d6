import ArgumentParser
import Comparison
import CrossCheckModel
import Facts
import Foundation

/// `crosscheck evaluate fakes`: killed-count verdicts on FA-KES pairs reporting the same incident.
///
/// Every pair of dev articles with the same date and place is compared with `GroupComparator`; the pair's
/// killed-count verdict is a predicted conflict when the `killed` row says `conflict`. Gold: the annotated killed
/// totals differ. Articles are given no publication date (FA-KES has the incident's date only), so no pair can be an
/// update.
struct EvaluateFakesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fakes",
        abstract: "Killed-count conflicts on FA-KES same-incident pairs: precision, recall, confusion table.")

    @Option(name: .long, help: "The FA-KES dev file.")
    var data = "../shared/eval/fakes_dev.jsonl"

    @Flag(name: .long, help: "Print every pair the verdict gets wrong.")
    var showErrors = false

    func run() throws {
        let records = try EvaluationData.records(at: data)
        let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)
        var byEvent: [String: [(record: [String: Any], source: SourceFacts)]] = [:]
        for (index, record) in records.enumerated() {
            let text = (record["title"] as? String).map { $0 + ".\n" } ?? ""
            let facts = extractor.extract(
                text: text + (record["text"] as? String ?? ""), language: .english, published: nil)
            let id = record["id"] as? String ?? "row\(index)"
            let source = SourceFacts(articleID: id, outlet: record["source"] as? String, facts: facts)
            byEvent[record["event"] as? String ?? id, default: []].append((record, source))
        }
        var table = ConfusionTable()
        var silentCounts = ConfusionTable()
        var verdicts: [String: Int] = [:]
        for event in byEvent.keys.sorted() {
            let members = byEvent[event]!
            for first in members.indices {
                for second in members.indices where second > first {
                    let (a, b) = (members[first], members[second])
                    let comparison = GroupComparator.compare([a.source, b.source])
                    let row = comparison.rows.first { $0.key == FactKey(kind: .killed) }
                    let verdict = row?.verdict.rawValue ?? "none"
                    let predicted = row?.verdict == .conflict
                    let actual = (a.record["killed_total"] as? Int) != (b.record["killed_total"] as? Int)
                    verdicts[verdict + (actual ? " (gold differ)" : " (gold same)"), default: 0] += 1
                    table.add(predicted: predicted, actual: actual)
                    silentCounts.add(predicted: predicted || row?.verdict == .single, actual: actual)
                    if showErrors && predicted != actual {
                        let figures = [a, b].map { member in
                            let id = member.source.articleID
                            let mine = row?.entries.first { $0.articleID == id }.map { "\($0.fact.count)" } ?? "-"
                            return "\(id) gold \(member.record["killed_total"] ?? "?") read \(mine)"
                        }
                        print("\(event) \(predicted ? "FP" : "FN"): \(figures.joined(separator: "; "))")
                    }
                }
            }
        }
        print("FA-KES same-incident pairs: \(table.total)")
        print(
            "killed-row verdicts: "
                + verdicts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", "))
        print("Verdict `conflict` against labels that differ (rows: gold; columns: prediction):")
        for line in table.lines(positive: "differ", negative: "same") { print(line) }
        print(EvaluationReport.score("conflict precision", table.precision, target: 0.80))
        print(EvaluationReport.score("conflict recall", table.recall, target: 0.80))
        print("For reference, counting `single` (only one article gives a killed figure) as differing:")
        for line in silentCounts.lines(positive: "differ", negative: "same") { print(line) }
        print(EvaluationReport.score("precision", silentCounts.precision, target: 0.80))
        print(EvaluationReport.score("recall", silentCounts.recall, target: 0.80))
    }
}

/// Shared wording of the evaluation commands' results.
enum EvaluationReport {
    /// "conflict precision 0.85 (target ≥ 0.80: met)".
    static func score(_ name: String, _ value: Double?, target: Double) -> String {
        guard let value else { return "\(name): undefined (target ≥ \(format(target)): not met)" }
        return "\(name) \(format(value)) (target ≥ \(format(target)): \(value >= target ? "met" : "NOT met"))"
    }

    /// "  get a conflict: 64 of 70 = 0.914 (target ≥ 0.900: met)".
    static func rate(_ name: String, _ count: Int, of total: Int, target: Double) -> String {
        let value = total > 0 ? Double(count) / Double(total) : nil
        return score("\(name): \(count) of \(total) =", value, target: target)
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
