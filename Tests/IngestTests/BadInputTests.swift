import CrossCheckModel
import Foundation
import Testing

@testable import Ingest

/// A folder of broken inputs: every one is accounted for with a reason, and the good files are still read.
@Suite("Bad input")
struct BadInputTests {
    @Test func everyInputIsAccountedFor() throws {
        let folder = try TemporaryFolder()
        let good = "Blinken calls Bourita\n\nThe two ministers spoke on Wednesday."
        try folder.write("a_good.txt", good)
        try folder.write("b_empty.txt", "")
        try folder.write("c_binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]))
        try folder.write("d_latin1.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" au lait".utf8))
        let compressed = GzipTestSupport.gzip(Data(String(repeating: good + "\n", count: 50).utf8))
        try folder.write("e_truncated.txt.gz", compressed.prefix(compressed.count - 20))
        try folder.write(
            "f_batch.jsonl",
            #"{"id": "j1", "text": "Good line."}"# + "\n{oops\n" + #"{"id": "j3", "text": "Also good."}"#)
        try folder.write("g_notes.pdf", "%PDF-1.4")
        try folder.write(".hidden.txt", "never read")
        try folder.write(
            "sub/h_page.html",
            "<html><body><div><p>Une page valide, avec assez de texte pour un article.</p></div></body></html>")
        try folder.write("sub/i_empty.html.gz", Data())
        try folder.write("sub/j_markup_only.html", "<html><body><nav><a href='/'>home</a></nav></body></html>")
        let missing = "\(folder.path)/does-not-exist"

        let inputs = InputCollector.collect(paths: [folder.path, missing])
        #expect(
            inputs.items.map(\.fileName) == [
                "a_good.txt", "b_empty.txt", "c_binary.txt", "d_latin1.txt", "e_truncated.txt.gz", "f_batch.jsonl",
                "h_page.html", "i_empty.html.gz", "j_markup_only.html",
            ])
        #expect(inputs.rejected.count == 2)
        #expect(inputs.rejected[0].status == .skipped)
        #expect(inputs.rejected[0].reason?.contains("unsupported file type \".pdf\"") == true)
        #expect(
            inputs.rejected[1]
                == RecordOutcome(
                    origin: missing, status: .failed, reason: IngestError.notFound(path: missing).description))

        let outcomes = inputs.items.flatMap { ArticleReader.read($0, manifest: inputs.manifest(for: $0)) }
        let byName = Dictionary(grouping: outcomes) { ($0.origin as NSString).lastPathComponent }
        func reason(_ name: String) -> String { byName[name]?.first?.reason ?? "" }

        #expect(outcomes.count == 11)
        #expect(outcomes.filter { $0.status == .processed }.count == 4)
        #expect(outcomes.filter { $0.status == .skipped }.count == 3)
        #expect(outcomes.filter { $0.status == .failed }.count == 4)
        #expect(outcomes.allSatisfy { ($0.status == .processed) == ($0.article != nil) })
        #expect(outcomes.allSatisfy { $0.status == .processed || $0.reason != nil })

        #expect(byName["a_good.txt"]?.first?.status == .processed)
        #expect(reason("b_empty.txt").contains("empty file"))
        #expect(reason("c_binary.txt").contains("binary data"))
        #expect(reason("d_latin1.txt").contains("invalid UTF-8 at byte 3"))
        #expect(reason("e_truncated.txt.gz").contains("truncated gzip stream"))
        #expect(byName["f_batch.jsonl:1"]?.first?.status == .processed)
        #expect(reason("f_batch.jsonl:2").contains("not valid JSON"))
        #expect(byName["f_batch.jsonl:3"]?.first?.article?.id == "j3")
        #expect(byName["h_page.html"]?.first?.article?.text.hasPrefix("Une page valide") == true)
        #expect(reason("i_empty.html.gz").contains("empty file"))
        #expect(reason("j_markup_only.html").contains("no article text"))
    }

    /// A named pipe holds no article file, and reading one can wait for ever: met in a folder it is skipped, given
    /// by name it fails, each saying what it is; the folder's files are read all the same.
    @Test func aNamedPipeIsSkippedInAFolderAndFailsByName() throws {
        let folder = try TemporaryFolder()
        try folder.write("a_good.txt", "Blinken calls Bourita\n\nThe two ministers spoke on Wednesday.")
        let pipe = "\(folder.path)/b_pipe.txt"
        #expect(mkfifo(pipe, 0o644) == 0)
        let walked = InputCollector.collect(paths: [folder.path])
        #expect(walked.items.map(\.fileName) == ["a_good.txt"])
        #expect(walked.rejected == [.skipped(pipe, "not a regular file (a named pipe, socket or device)")])
        let named = InputCollector.collect(paths: [pipe])
        #expect(named.items.isEmpty)
        #expect(named.rejected == [.failed(pipe, .notARegularFile(path: pipe))])
        #expect(named.rejected.first?.reason?.contains("not a regular file") == true)
    }

    @Test func collectorClassifiesExtensions() {
        #expect(InputItem.classify("a.TXT")! == (.text, false))
        #expect(InputItem.classify("a.htm.gz")! == (.html, true))
        #expect(InputItem.classify("a.jsonl.gz")! == (.jsonl, true))
        #expect(InputItem.classify("a.gz") == nil)
        #expect(InputItem.classify(".txt") == nil)
        #expect(
            InputItem(path: "x/news.2023-10-11.txt.gz", format: .text, isCompressed: true).baseName
                == "news.2023-10-11")
        #expect(InputCollector.unsupportedReason("README").hasPrefix("no file extension"))
    }

    @Test func utf8Validation() {
        #expect(UTF8Validation.firstInvalidOffset(Data("سلام".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidOffset(Data([0x61, 0xC3, 0x28])) == 1)
        #expect(UTF8Validation.firstInvalidOffset(Data([0xE0, 0x80, 0x80])) == 0)  // overlong
        #expect(UTF8Validation.firstInvalidOffset(Data([0xED, 0xA0, 0x80])) == 0)  // surrogate
        #expect(UTF8Validation.firstInvalidOffset(Data([0x61, 0xF0, 0x9F, 0x98])) == 1)  // cut short
    }
}
