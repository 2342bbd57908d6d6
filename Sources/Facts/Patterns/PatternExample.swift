import CrossCheckModel

/// An example that documents a pattern set and is run as a test, in the manner of SwiftLint's rule descriptions.
///
/// Every pattern set (number words, qualifiers, casualty triggers, month names, date words, cues) lists the texts it
/// is meant to read and what the extractor must make of them, rendered compactly by `FactExtractor.render(_:)`:
///
///     PatternExample("قتل أكثر من 20 شخصا", "killed more_than [21, ]", .casualties)
///     PatternExample("أمس الأربعاء 11 أكتوبر", "2023-10-11 day event inferred_from_weekday wednesday", .dates)
///
/// One generic test runs every example of every set (`PatternCatalog.all`), so the examples are both the
/// documentation of a pattern and its test.
struct PatternExample: Sendable, Hashable, CustomStringConvertible {
    /// Which part of the extractor's output the expectation describes.
    enum Probe: String, Sendable {
        /// The numbers found, in order: "2500, 22".
        case numbers
        /// The casualty facts: "kind qualifier interval [subjectKey] [among] [modality] [by attribution]".
        case casualties
        /// The date facts: "date grain role resolution [weekday] [mismatch]".
        case dates
    }

    /// The reference date the examples use when they give no publication date.
    static let referenceDate = CivilDate(year: 2026, month: 11, day: 25)!

    var text: String
    var expected: String
    var probe: Probe
    var published: CivilDate?

    init(_ text: String, _ expected: String, _ probe: Probe, published: String? = nil) {
        self.text = text
        self.expected = expected
        self.probe = probe
        self.published = published.flatMap { CivilDate(iso: $0) }
    }

    var description: String { "\(probe.rawValue): \(text)" }
}
