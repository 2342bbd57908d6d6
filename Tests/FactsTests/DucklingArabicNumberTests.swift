import CrossCheckModel
import Foundation
import Testing

@testable import Facts

/// Duckling's Arabic number and ordinal corpus (dev half, `../shared/eval`): at least 97 % must read whole.
///
/// Each case must resolve, as a whole, to one number (or ordinal) with the expected value, as
/// `scripts/eval/facts_eval.py` scores it; this test keeps the acceptance figure from regressing.
@Suite("Duckling Arabic numbers")
struct DucklingArabicNumberTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/eval/numbers_dates_dev.jsonl"
        ).path
    static var present: Bool { FileManager.default.fileExists(atPath: path) }

    struct Case {
        var text: String
        var value: Double
        var ordinal: Bool
    }

    static func cases() throws -> [Case] {
        let data = try String(contentsOfFile: path, encoding: .utf8)
        var cases: [Case] = []
        for line in data.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                object["source"] as? String == "duckling", object["lang"] as? String == "ar",
                let kind = object["kind"] as? String, kind == "number" || kind == "ordinal",
                let text = object["text"] as? String, let expected = object["expected"] as? [String: Any],
                let value = (expected["value"] as? NSNumber)?.doubleValue
            else { continue }
            cases.append(Case(text: text, value: value, ordinal: kind == "ordinal"))
        }
        return cases
    }

    // Skipped with this message when ../shared/eval is absent (a clone without the evaluation data).
    @Test(.enabled(if: present, "../shared/eval/numbers_dates_dev.jsonl not found"))
    func atLeast97Percent() throws {
        let cases = try Self.cases()
        #expect(cases.count > 150)
        let extractor = FactExtractor(referenceDate: CivilDate(year: 2013, month: 2, day: 12)!)
        var correct = 0
        var failures: [String] = []
        for item in cases {
            let numbers = extractor.extract(text: item.text, language: .arabic, published: nil).numbers
            let body = item.text.trimmingCharacters(in: .whitespaces)
            if numbers.count == 1, numbers[0].isOrdinal == item.ordinal, numbers[0].evidence.text == body,
                abs(numbers[0].value - item.value) < 1e-9
            {
                correct += 1
            } else {
                failures.append(item.text)
            }
        }
        let share = Double(correct) / Double(cases.count)
        #expect(share >= 0.97, "only \(correct)/\(cases.count) read whole; failed: \(failures.prefix(10))")
    }
}
