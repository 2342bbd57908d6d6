/// Counts of a binary decision against gold labels, for the evaluation commands.
///
/// "Positive" is whatever the evaluation looks for (a conflict). Precision and recall are nil when undefined
/// (nothing predicted, nothing to find) rather than 0 or 1, so a report never claims a score it did not measure.
///
///     var table = ConfusionTable()
///     table.add(predicted: true, actual: true)
///     table.precision  // 1.0
public struct ConfusionTable: Hashable, Codable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var trueNegatives = 0

    public init() {}

    public mutating func add(predicted: Bool, actual: Bool) {
        switch (predicted, actual) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, true): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

    /// Share of predicted positives that are right.
    public var precision: Double? {
        let predicted = truePositives + falsePositives
        return predicted > 0 ? Double(truePositives) / Double(predicted) : nil
    }

    /// Share of actual positives that were found.
    public var recall: Double? {
        let actual = truePositives + falseNegatives
        return actual > 0 ? Double(truePositives) / Double(actual) : nil
    }

    /// The table as aligned text lines, rows the gold label and columns the prediction.
    public func lines(positive: String, negative: String) -> [String] {
        let width = Swift.max(positive.count, negative.count) + 5
        func cell(_ text: String) -> String { String(repeating: " ", count: Swift.max(0, width - text.count)) + text }
        return [
            cell("") + "  " + cell("pred " + positive) + "  " + cell("pred " + negative),
            cell(positive) + "  " + cell(String(truePositives)) + "  " + cell(String(falseNegatives)),
            cell(negative) + "  " + cell(String(falsePositives)) + "  " + cell(String(trueNegatives)),
        ]
    }
}
