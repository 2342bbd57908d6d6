import CrossCheckModel
import Testing

@testable import TextCore

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("قالت وزارة الصحة في غزة إن آلاف الأشخاص قتلوا منذ بدء الحرب", Language.arabic),
        ("The health ministry in Gaza said that thousands of people were killed", .english),
        ("Le ministère de la Santé a déclaré que des milliers de personnes ont été tuées", .french),
        ("12345 67890", .unknown),
        ("", .unknown),
    ])
    func detects(text: String, expected: Language) {
        #expect(LanguageDetector.detect(text) == expected)
    }

    @Test func readsOnlyTheStart() {
        let arabic = String(repeating: "قالت الوزارة في بيان ", count: 400)
        let text = arabic + String(repeating: "the ministry said that ", count: 4000)
        #expect(LanguageDetector.detect(text) == .arabic)
    }
}
