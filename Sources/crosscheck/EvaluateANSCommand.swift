import ArgumentParser
import Comparison
import CrossCheckModel
import Facts
import Foundation

/// `crosscheck evaluate ans`: conflicts on ANS Arabic headline pairs.
///
/// Each pair's two headlines are compared as a group of two with `GroupComparator`; the pair "gets a conflict" when
/// any row conflicts (a casualty figure, the event date, a dated mention or a quantity). Two rates are measured:
/// "disagree" pairs whose numbers or dates differ on both sides (the data's `numbers_differ` or `dates_differ`)
/// should get a conflict, and "agree" pairs should not.
struct EvaluateANSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ans",
        abstract: "Conflicts on ANS headline pairs: disagree pairs with differing numbers/dates, agree pairs.")

    @Option(name: .long, help: "The ANS stance dev file.")
    var data = "../shared/eval/ans_stance_dev.jsonl"

    @Flag(name: .long, help: "Print every pair the comparison gets wrong.")
    var showErrors = false

    func run() throws {
        let records = try EvaluationData.records(at: data)
        let extractor = FactExtractor(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!)
        var disagreeFound = 0
        var disagreeTotal = 0
        var agreeClean = 0
        var agreeTotal = 0
        for record in records {
            let stance = record["stance"] as? String
            let differs = (record["numbers_differ"] as? Bool ?? false) || (record["dates_differ"] as? Bool ?? false)
            guard stance == "agree" || (stance == "disagree" && differs) else { continue }
            let headlines = [record["s1"] as? String ?? "", record["s2"] as? String ?? ""]
            let sources = headlines.enumerated().map { index, text in
                SourceFacts(
                    articleID: "s\(index + 1)", facts: extractor.extract(text: text, language: .arabic, published: nil))
            }
            let comparison = GroupComparator.compare(sources)
            let conflict = comparison.hasConflict
            if stance == "agree" {
                agreeTotal += 1
                if !conflict { agreeClean += 1 }
            } else {
                disagreeTotal += 1
                if conflict { disagreeFound += 1 }
            }
            if showErrors && conflict != (stance == "disagree") {
                print("\(record["id"] ?? "?") \(stance ?? "?"): \(headlines[0]) || \(headlines[1])")
                for source in sources {
                    let numbers = source.facts.numbers.map { "\($0.value)\($0.isOrdinal ? "th" : "")" }
                    let dates = source.facts.dates.map { "\($0.date?.iso ?? "-")/\($0.grain)/\($0.role)" }
                    let kills = source.facts.casualties.map { "\($0.kind) \($0.count)" }
                    print("   \(source.articleID): numbers \(numbers) dates \(dates) casualties \(kills)")
                }
                for row in comparison.quantities {
                    let values = row.entries.map { entry in entry.numbers.map { "\($0.value)" }.joined(separator: ",") }
                    print("   unit '\(row.unit)' \(row.verdict.rawValue): \(values.joined(separator: " | "))")
                }
            }
        }
        print("ANS disagree pairs with numbers or dates differing on both sides: \(disagreeTotal)")
        print(EvaluationReport.rate("  get a conflict", disagreeFound, of: disagreeTotal, target: 0.90))
        print("ANS agree pairs: \(agreeTotal)")
        print(EvaluationReport.rate("  get no conflict", agreeClean, of: agreeTotal, target: 0.95))
    }
}
