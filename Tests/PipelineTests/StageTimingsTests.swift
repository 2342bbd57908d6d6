import Testing

@testable import Pipeline

/// The `--timings` table: names padded to one column, never cut.
@Suite("Stage timings")
struct StageTimingsTests {
    @Test func longStageNamesAreKeptWhole() {
        var timings = StageTimings()
        timings.measure("clustering") {}
        timings.measure("cross verification (48254 of 991505 pairs)") {}
        let lines = timings.text.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("  clustering" + String(repeating: " ", count: 18) + " "))
        #expect(lines[1].hasPrefix("  cross verification (48254 of 991505 pairs) "))
    }
}
