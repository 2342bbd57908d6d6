/// What one scalar of the input becomes after normalisation for matching.
///
/// The normaliser works one scalar at a time so that the tokenizer, the hashing fast path and the fact extractors
/// all fold text the same way without building intermediate strings. Most scalars map to one scalar; a few expand
/// (`œ` → `oe`, the lam-alef ligature `ﻻ` → `لا`, `ﷺ` → a whole phrase).
///
///     TextNormalizer.fold("أ")  // .word("ا")
///     TextNormalizer.fold("َ")  // .removed (a haraka)
///     TextNormalizer.fold("،")  // .separator(",")
public enum FoldedScalar: Hashable, Sendable {
    /// Invisible for matching: harakat, tatweel, zero-width and bidi controls, soft hyphen, Latin combining accents.
    case removed
    /// Ends a word. The payload is the canonical form: ASCII punctuation for punctuation (`،` → `,`, `“` → `"`,
    /// `—` → `-`), `" "` for any space and `"\n"` for any line break.
    case separator(Unicode.Scalar)
    /// Part of a word (a letter, an ASCII digit, or a combining mark that belongs to its script), already folded.
    case word(Unicode.Scalar)
    /// Several folded scalars, each either a word scalar or `" "` (a separator inside the expansion).
    case expansion([Unicode.Scalar])
}
