extension Tokenizer {
    /// Calls `emit(bytes, start, end, isNumber)` for each token of `text`; `bytes` is only valid during the call.
    ///
    /// Decodes UTF-8 by hand: ASCII is folded inline, other scalars go through ``TextNormalizer/fold(_:)``.
    @inline(__always)
    static func scan(_ text: String, _ emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            var scanner = TokenScanner()
            var offset = 0
            var index = 0
            let count = utf8.count
            while offset < count {
                let lead = utf8[offset]
                if scanner.isEmpty && Self.isLowerAlphanumeric(lead) {
                    // ASCII fast path: a run of a–z/0–9 that ends at an ASCII separator (or the end) is already
                    // folded, so it is emitted straight from the text without copying. Anything else (an
                    // uppercase letter, a non-ASCII scalar) hands the run to the scanner and goes on as usual.
                    var end = offset + 1
                    var digitsOnly = lead <= 0x39
                    while end < count && Self.isLowerAlphanumeric(utf8[end]) {
                        digitsOnly = digitsOnly && utf8[end] <= 0x39
                        end += 1
                    }
                    let length = end - offset
                    if end == count || (utf8[end] < 0x80 && !(utf8[end] >= 0x41 && utf8[end] <= 0x5A)) {
                        emit(UnsafeBufferPointer(rebasing: utf8[offset..<end]), index, index + length, digitsOnly)
                    } else {
                        for position in offset..<end {
                            let byte = utf8[position]
                            scanner.append(
                                UInt32(byte), byte <= 0x39 ? .digit : .latin, at: index + position - offset, emit)
                        }
                    }
                    offset = end
                    index += length
                    continue
                }
                if scanner.isEmpty && (lead == 0xD8 || lead == 0xD9) && offset + 1 < count
                    && Self.isPlainArabicLetter(lead, utf8[offset + 1])
                {
                    // Arabic fast path: a run of letters that fold to themselves (most of Arabic text) ending at an
                    // ASCII separator is emitted straight from the text, as for ASCII above.
                    var end = offset + 2
                    while end + 1 < count && Self.isPlainArabicLetter(utf8[end], utf8[end + 1]) { end += 2 }
                    if end == count
                        || (utf8[end] < 0x80 && !Self.isLowerAlphanumeric(utf8[end])
                            && !(utf8[end] >= 0x41 && utf8[end] <= 0x5A))
                    {
                        emit(
                            UnsafeBufferPointer(rebasing: utf8[offset..<end]), index, index + (end - offset) / 2, false)
                        index += (end - offset) / 2
                        offset = end
                        continue
                    }
                }
                if lead < 0x80 {
                    offset += 1
                    switch lead {
                    case 0x61...0x7A: scanner.append(UInt32(lead), .latin, at: index, emit)
                    case 0x30...0x39: scanner.append(UInt32(lead), .digit, at: index, emit)
                    case 0x41...0x5A: scanner.append(UInt32(lead) + 0x20, .latin, at: index, emit)
                    default: scanner.flush(emit)
                    }
                    index += 1
                    continue
                }
                var value: UInt32
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(utf8[offset + 1] & 0x3F)
                    offset += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[offset + 1] & 0x3F) << 6
                    value |= UInt32(utf8[offset + 2] & 0x3F)
                    offset += 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(utf8[offset + 1] & 0x3F) << 12
                    value |= UInt32(utf8[offset + 2] & 0x3F) << 6 | UInt32(utf8[offset + 3] & 0x3F)
                    offset += 4
                }
                if value >= 0x0600 && value <= 0x06FF {
                    // Arabic letters are most of the text: fold them without building a FoldedScalar.
                    let folded = TextNormalizer.foldArabicWord(value)
                    if folded == TextNormalizer.arabicRemoved {
                        scanner.extend(to: index)
                    } else if folded == TextNormalizer.arabicSeparator {
                        scanner.flush(emit)
                    } else {
                        scanner.append(folded, ScriptClass(folded), at: index, emit)
                    }
                    index += 1
                    continue
                }
                switch TextNormalizer.fold(Unicode.Scalar(value).unsafelyUnwrapped) {
                case .removed: scanner.extend(to: index)
                case .word(let scalar): scanner.append(scalar.value, at: index, emit)
                case .separator: scanner.flush(emit)
                case .expansion(let scalars):
                    for scalar in scalars {
                        if scalar == " " { scanner.flush(emit) } else { scanner.append(scalar.value, at: index, emit) }
                    }
                }
                index += 1
            }
            scanner.flush(emit)
        }
    }

    /// Whether the two bytes encode an Arabic letter that ``TextNormalizer`` folds to itself (ا ب ت–غ ف–و ي).
    @inline(__always)
    static func isPlainArabicLetter(_ lead: UInt8, _ trail: UInt8) -> Bool {
        let value = UInt32(lead & 0x1F) << 6 | UInt32(trail & 0x3F)
        return (trail & 0xC0) == 0x80
            && (value >= 0x062A && value <= 0x063A || value >= 0x0641 && value <= 0x0648 || value == 0x0627
                || value == 0x0628 || value == 0x064A)
    }

    /// `a`–`z` or `0`–`9`: ASCII that folds to itself inside a word.
    @inline(__always)
    static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (byte &- 0x61) < 26 || (byte &- 0x30) < 10
    }
}
