import Foundation
import Testing

@testable import Ingest

/// Checks on the evaluation pages in ../shared; skipped with a message when the data folder is absent.
@Suite("Evaluation pages")
struct SharedPagesTests {
    static let cnn = "../shared/eval/extraction_dev/arabic/html/cnn_arabic.html"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: cnn), "../shared/eval/extraction_dev is absent"))
    func arabicCNNPageDropsTheCommentPolicy() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.cnn))
        let extraction = try HTMLArticleExtractor.extract(html: data, source: Self.cnn)
        #expect(extraction.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق")
        #expect(extraction.language == .arabic)
        #expect(extraction.text.hasPrefix("دمشق، سوريا (CNN)"))
        #expect(extraction.text.hasSuffix("في سوريا بشكل مستقل."))
        #expect(!extraction.text.contains("ترحب شبكة CNN بالنقاش"))
        #expect(extraction.removed.contains { $0.hasPrefix("ترحب شبكة CNN بالنقاش") })
    }
}
