import Testing

@testable import Comparison

@Suite("ConfusionTable: the evaluation commands' scores")
struct ConfusionTableTests {
    @Test("Precision and recall from counts; undefined when nothing was predicted or to be found")
    func scores() throws {
        var table = ConfusionTable()
        #expect(table.precision == nil && table.recall == nil)
        for _ in 0..<8 { table.add(predicted: true, actual: true) }
        for _ in 0..<2 { table.add(predicted: true, actual: false) }
        for _ in 0..<4 { table.add(predicted: false, actual: true) }
        table.add(predicted: false, actual: false)
        #expect(table.total == 15)
        #expect(try #require(table.precision) == 0.8)
        #expect(abs(try #require(table.recall) - 8.0 / 12.0) < 1e-12)
        let lines = table.lines(positive: "differ", negative: "same")
        #expect(lines.count == 3)
        #expect(lines[1].hasSuffix("8            4"))
    }
}
