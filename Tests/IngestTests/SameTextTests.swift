import Testing

@testable import Ingest

/// The ASCII-count shortcut of `HTMLContentFinder.sameText` must answer as the full comparison does.
@Suite("Headline and first block comparison")
struct SameTextTests {
    @Test(arguments: [
        (
            "Blinken calls Bourita \u{2014} \u{201C}a partner\u{201D}",
            "Blinken calls Bourita: \u{2018}a partner\u{2019}", true
        ),
        ("Blinken calls Bourita \u{2014} again", "Blinken calls Bourita", false),
        ("بلينكن يتصل ببوريطة", "بلينكن يتصل ببوريطة!", true),
        ("\u{212A}elvin scale", "kelvin scale", true),
        ("The \u{2019}Kelvin\u{2019} scale, 1848", "The kelvin scale 1848", true),
    ])
    func comparesLettersAndDigits(first: String, second: String, same: Bool) {
        #expect(HTMLContentFinder.sameText(first, second) == same)
        #expect(
            HTMLContentFinder.sameText(first, second)
                == (first.lowercased().filter { $0.isLetter || $0.isNumber }
                    == second.lowercased().filter { $0.isLetter || $0.isNumber }))
    }
}
