import Testing

@testable import Ingest

/// `isArabic` must answer as `detect` does for Arabic, without reading function words.
@Suite("Script language: the Arabic-only question")
struct ScriptLanguageTests {
    @Test(arguments: [
        String(repeating: "قالت وزارة الصحة في غزة إن ", count: 4),
        String(repeating: "The ministry said on Monday that ", count: 4),
        "Le ministère a déclaré lundi que les frappes continuaient à Gaza et au Liban",
        "غزة Gaza غزة Gaza",
        "",
    ])
    func isArabicAgreesWithDetect(text: String) {
        #expect(ScriptLanguage.isArabic(text) == (ScriptLanguage.detect(text) == .arabic))
    }
}
