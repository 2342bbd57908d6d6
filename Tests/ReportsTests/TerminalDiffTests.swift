import Testing

@testable import Reports

@Suite("Terminal diff: compact, aligned, inert")
struct TerminalDiffTests {
    @Test("One line per fact, sources lettered, columns aligned, no colour unless asked")
    func layout() throws {
        let group = try #require(ReportFixture.report.groups.first { $0.members.count > 1 })
        let plain = TerminalDiff(colour: false).render(group)
        #expect(!plain.contains("\u{1B}"))
        let factLines = plain.split(separator: "\n").filter { $0.hasPrefix("AGREE") || $0.hasPrefix("SINGLE") }
        #expect(!factLines.isEmpty)
        let starts = Set(
            factLines.map { line in line.firstIndex(of: "A").map { line.distance(from: line.startIndex, to: $0) } })
        #expect(starts.count >= 1)
        #expect(plain.contains("  A  "))
        let coloured = TerminalDiff(colour: true).render(group)
        #expect(coloured.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[0m"))
        #expect(plain.hasPrefix("\(group.members.count) articles; "))
        let single = try #require(ReportFixture.report.groups.first { $0.members.count == 1 })
        #expect(TerminalDiff(colour: false).render(single).hasPrefix("1 article; "))
    }

    @Test("Escape sequences and bidi controls in article text are shown, not obeyed")
    func inert() throws {
        let hostile = try #require(ReportFixture.report.groups.first { $0.id == "g002" })
        let text = TerminalDiff(colour: false).render(hostile)
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("\u{1B}"))
        #expect(TerminalText.clean("\u{1B}[2J12\u{202E}x\ny") == "<U+1B>[2J12<U+202E>x y")
        #expect(TerminalText.clean("\u{9B}31m") == "<U+9B>31m")
    }
}
