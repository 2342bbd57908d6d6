extension TextNormalizer {
    /// Folds a scalar of the Arabic block U+0600–U+06FF.
    ///
    /// The letters that news text spells several ways are merged (hamza-carrying alefs, alef maqsura, teh marbuta,
    /// Persian yeh and keheh); marks and tatweel are removed; Arabic punctuation gets its ASCII form so that the
    /// separator is the same in Arabic and Latin text.
    @inline(__always)
    static func foldArabic(_ value: UInt32) -> FoldedScalar {
        switch value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return .word("\u{0627}")  // آ أ إ ٱ → ا
        case 0x0649, 0x06CC: return .word("\u{064A}")  // ى ی → ي
        case 0x0629, 0x06C1, 0x06D5: return .word("\u{0647}")  // ة ہ ە → ه
        case 0x06A9: return .word("\u{0643}")  // ک → ك
        case 0x0600...0x0605, 0x06DD, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8,
            0x06EA...0x06ED, 0x0610...0x061A,
            0x061C:
            return .removed
        case 0x0660...0x0669: return .word(Unicode.Scalar(UInt8(0x30 + value - 0x0660)))
        case 0x06F0...0x06F9: return .word(Unicode.Scalar(UInt8(0x30 + value - 0x06F0)))
        case 0x060C, 0x066C: return .separator(",")  // ، and the Arabic thousands separator
        case 0x061B: return .separator(";")
        case 0x061F: return .separator("?")
        case 0x066A: return .separator("%")
        case 0x066B, 0x06D4: return .separator(".")  // Arabic decimal separator, full stop
        case 0x0620...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0672...0x06D3, 0x06EE...0x06EF, 0x06FA...0x06FC,
            0x06FF:
            return .word(Unicode.Scalar(value)!)
        default: return .separator(Unicode.Scalar(value)!)
        }
    }

    /// ``foldArabicWord(_:)`` result for a removed scalar.
    static let arabicRemoved: UInt32 = 0
    /// ``foldArabicWord(_:)`` result for a separator.
    static let arabicSeparator: UInt32 = 1

    /// The tokenizer's fast path: the folded letter, or ``arabicRemoved`` / ``arabicSeparator``.
    ///
    /// The common letters (ا ب ت–غ ف–و ي) fold to themselves and skip the full table.
    @inline(__always)
    static func foldArabicWord(_ value: UInt32) -> UInt32 {
        if value >= 0x062A && value <= 0x063A || value >= 0x0641 && value <= 0x0648 || value == 0x0627
            || value == 0x0628 || value == 0x064A
        {
            return value
        }
        return foldArabicWordSlowly(value)
    }

    @inline(never)
    static func foldArabicWordSlowly(_ value: UInt32) -> UInt32 {
        switch foldArabic(value) {
        case .word(let scalar): return scalar.value
        case .removed: return arabicRemoved
        case .separator, .expansion: return arabicSeparator
        }
    }
}
