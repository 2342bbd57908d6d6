/// Folds text into the form used for matching: no diacritics, one spelling per letter, ASCII digits, lowercase.
///
/// News sites write the same Arabic word many ways: with or without harakat, with hamza on the alef or not, with
/// tatweel for justification, with alef maqsura or yeh at the end, with Arabic-Indic or ASCII digits, and sometimes
/// with presentation-form scalars pasted from PDFs. Matching must see one form. The rules:
///
/// - Arabic: harakat U+064B–U+065F, superscript alef U+0670, Quranic marks U+06D6–U+06ED and tatweel U+0640 are
///   removed; `أ إ آ ٱ` → `ا`; `ى` → `ي`; `ة` → `ه`; Persian `ی ک` → `ي ك`; presentation forms U+FB50–U+FDFF and
///   U+FE70–U+FEFF go back to base letters (the lam-alef ligatures to `ل` + `ا`). **`ة` → `ه` and `ى` → `ي` are for
///   matching only**: they merge words that differ ("مدرسة"/"مدرسه"), so never show normalised text to a reader.
/// - Digits: Arabic-Indic U+0660–U+0669, Persian U+06F0–U+06F9 and other decimal digits → ASCII `0`–`9`.
/// - Latin: lowercase, accents folded (`é` → `e`, `ç` → `c`, `œ` → `oe`, `ß` → `ss`), also in decomposed form.
/// - Punctuation becomes a separator with an ASCII canonical form (`،` → `,`, `؛` → `;`, `؟` → `?`, `“ ” «` → `"`,
///   `’ ‘` → `'`, `– —` → `-`); zero-width and bidi controls are removed.
///
/// ``normalize(_:)`` keeps the (canonical) punctuation and collapses whitespace; ``Tokenizer`` treats every separator
/// as a word boundary.
///
///     TextNormalizer.normalize("أَنْتُونِي بْلِينْكِن")  // "انتوني بلينكن"
///     TextNormalizer.normalize("١١ أكتوبر")             // "11 اكتوبر"
///     TextNormalizer.normalize("L’Élysée")              // "l'elysee"
public enum TextNormalizer {
    /// Returns `text` folded for matching, with runs of spaces collapsed to one space (or one line break when the run
    /// holds a line break) and no leading or trailing whitespace.
    ///
    /// - Complexity: O(n) in the number of scalars; one output string, no per-word allocation.
    public static func normalize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace: Unicode.Scalar? = nil
        func emitWord(_ scalar: Unicode.Scalar) {
            if let space = pendingSpace {
                if !output.isEmpty { output.append(space) }
                pendingSpace = nil
            }
            output.append(scalar)
        }
        func emitSeparator(_ scalar: Unicode.Scalar) {
            if scalar == " " || scalar == "\n" {
                if pendingSpace != "\n" { pendingSpace = scalar }
            } else {
                emitWord(scalar)
            }
        }
        for scalar in text.unicodeScalars {
            switch fold(scalar) {
            case .removed: break
            case .word(let folded): emitWord(folded)
            case .separator(let folded): emitSeparator(folded)
            case .expansion(let scalars):
                for folded in scalars {
                    if folded == " " { emitSeparator(folded) } else { emitWord(folded) }
                }
            }
        }
        return String(output)
    }

    /// Folds one scalar; the building block of ``normalize(_:)`` and of the tokenizer's fast path.
    ///
    /// ASCII, the Arabic block and Latin-1 are handled by direct tables; other scalars fall back to their Unicode
    /// general category (letters are lowercased, decimal digits become ASCII, format controls are removed, punctuation
    /// and symbols separate).
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> FoldedScalar {
        let value = scalar.value
        if value < 0x80 { return foldASCII(value) }
        if value >= 0x0600 && value <= 0x06FF { return foldArabic(value) }
        if value >= 0x00C0 && value < 0x0250, let folded = LatinFolding.latin1[Int(value - 0x00C0)] {
            return folded
        }
        return foldOther(scalar)
    }

    @inline(__always)
    static func foldASCII(_ value: UInt32) -> FoldedScalar {
        switch value {
        case 0x41...0x5A: return .word(Unicode.Scalar(UInt8(value + 0x20)))
        case 0x61...0x7A, 0x30...0x39: return .word(Unicode.Scalar(UInt8(value)))
        case 0x0A...0x0D: return .separator("\n")
        case 0x00...0x20, 0x7F: return .separator(" ")
        default: return .separator(Unicode.Scalar(UInt8(value)))
        }
    }

    /// Scalars outside ASCII and the Arabic block.
    static func foldOther(_ scalar: Unicode.Scalar) -> FoldedScalar {
        let value = scalar.value
        switch value {
        case 0x0300...0x036F, 0x00AD, 0x034F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
            0xFEFF, 0xFE00...0xFE0F:
            return .removed
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return .separator(" ")
        case 0x0085, 0x2028, 0x2029: return .separator("\n")
        case 0x2018...0x201B, 0x2032, 0x2035, 0x02BC: return .separator("'")
        case 0x201C...0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036, 0x2039, 0x203A: return .separator("\"")
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return .separator("-")
        case 0x2026: return .separator(".")
        case 0x1E00..<0x1F00:
            if let folded = LatinFolding.latinExtendedAdditional[Int(value - 0x1E00)] { return folded }
        case 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            if let folded = PresentationForms.table[Int(value - PresentationForms.base)] { return folded }
        default: break
        }
        return foldByCategory(scalar)
    }

    /// The general-category fallback for scripts without a table.
    static func foldByCategory(_ scalar: Unicode.Scalar) -> FoldedScalar {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter:
            let lower = Array(properties.lowercaseMapping.unicodeScalars)
            return lower.count == 1 ? .word(lower[0]) : .expansion(lower)
        case .lowercaseLetter, .modifierLetter, .otherLetter, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word(scalar)
        case .decimalNumber:
            if let digit = properties.numericValue, digit >= 0, digit <= 9 {
                return .word(Unicode.Scalar(UInt8(0x30 + Int(digit))))
            }
            return .word(scalar)
        case .format, .control, .surrogate, .privateUse, .unassigned: return .removed
        case .lineSeparator, .paragraphSeparator: return .separator("\n")
        case .spaceSeparator: return .separator(" ")
        default: return .separator(scalar)
        }
    }
}
