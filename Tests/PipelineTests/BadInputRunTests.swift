import CrossCheckModel
import Foundation
import Pipeline
import Reports
import Testing

/// A run over a folder of good and broken inputs processes every good article, names each bad input with its
/// reason, and ends with the "some inputs failed" status; the counts add up to the inputs given.
@Suite("Bad input run")
struct BadInputRunTests {
    @Test func brokenInputsAreNamedAndTheRestIsProcessed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "crosscheck-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ data: Data) throws { try data.write(to: folder.appendingPathComponent(name)) }

        try write("good_ar.txt", Data("مقتل 12 شخصا في حلب\n\nقتل 12 شخصا أمس في انفجار بمدينة حلب.".utf8))
        try write("good_en.txt", Data("Blast in Aleppo\n\nA blast killed 12 people in Aleppo on Monday.".utf8))
        try write("empty.txt", Data())
        try write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 0, 0, 0]))
        try write("latin1.txt", Data("Caf".utf8) + Data([0xE9, 0x20, 0xE0]) + Data(" Alep".utf8))
        // Half of a valid gzip stream of an Arabic sentence: the stream ends before its data does.
        try write(
            "truncated.txt.gz",
            Data(
                base64Encoded:
                    "H4sIAAAAAAACA+3Nyw3CMBBF0VamAiTo0JaJUNpgMSQiID5ZpJP7umEsuohmZ/ldzVFlVrPjyfjyYMVNRaPhGlQ=")!)
        try write(
            "batch.jsonl",
            Data(
                (#"{"id": "j1", "text": "Two people were injured in Homs.", "language": "en"}"# + "\n"
                    + #"{"id": "j2", "text": "broken"# + "\n"
                    + #"{"id": "j3", "text": "جرح ثلاثة أشخاص في حمص.", "published": "2023-10-12"}"# + "\n").utf8))

        let run = Pipeline(options: PipelineOptions(referenceDate: CivilDate(year: 2026, month: 11, day: 25)!))
            .run(paths: [folder.path])
        let summary = run.report.summary
        #expect(summary.processed == 4, "good_ar, good_en, j1, j3")
        #expect(summary.inputs == summary.processed + summary.skipped + summary.failed)
        #expect(summary.inputs == 9, "7 files, of which the JSONL gives 3 records")
        #expect(run.exitStatus == .someInputsFailed)
        #expect(ExitStatus.someInputsFailed.rawValue != ExitStatus.success.rawValue)

        func record(_ origin: String) -> InputRecord? { summary.records.first { $0.origin.hasSuffix(origin) } }
        for name in ["binary.txt", "latin1.txt", "truncated.txt.gz", "batch.jsonl:2"] {
            let found = record(name)
            #expect(found?.status == .failed, "\(name) should be failed")
            #expect(found?.reason.isEmpty == false)
        }
        #expect(record("empty.txt")?.status == .skipped)
        #expect(record("latin1.txt")?.reason.contains("UTF-8") == true)
        #expect(record("truncated.txt.gz")?.reason.lowercased().contains("truncated") == true)
        let ids = Set(run.report.groups.flatMap(\.members).map(\.id))
        #expect(ids == ["good_ar", "good_en", "j1", "j3"])
    }
}
