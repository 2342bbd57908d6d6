import Foundation

/// A loose spelling of a line used only to compare it with cue phrases, never shown or stored.
///
/// Scraped pages spell the same cue many ways: `اقرأ أيضا`, `إقرأ أيضاً`, `اقرا ايضا`, `À lire aussi`,
/// `A LIRE AUSSI`. The key lower-cases and removes Latin accents, removes Arabic harakat, tanween and tatweel, and
/// writes every alef with hamza or madda as a bare alef and alef maqsura as ya.
///
///     MatchKey.make("إقرأ أيضاً:")  // "اقرا ايضا:"
enum MatchKey {
    static func make(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in folded.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640:
                continue
            case 0x0622, 0x0623, 0x0625, 0x0671:
                scalars.append("\u{0627}")
            case 0x0649:
                scalars.append("\u{064A}")
            case 0x2019, 0x2018:
                scalars.append("'")
            default:
                if scalar.properties.isWhitespace {
                    if !lastWasSpace { scalars.append(" ") }
                    lastWasSpace = true
                    continue
                }
                scalars.append(scalar)
            }
            lastWasSpace = false
        }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }
}
