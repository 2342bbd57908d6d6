/// The script class of a folded word scalar; a change of class between two scalars ends a token.
enum ScriptClass: UInt8 {
    case digit
    case latin
    case arabic
    case other

    @inline(__always)
    init(_ value: UInt32) {
        if value < 0x80 {
            self = value <= 0x39 ? .digit : .latin
        } else if (0x0600...0x08FF).contains(value) || (0xFB50...0xFEFF).contains(value) {
            self = .arabic
        } else if value < 0x0250 || (0x1E00..<0x1F00).contains(value) {
            self = .latin
        } else {
            self = .other
        }
    }

    /// Latin letters and digits stay in one token (`mh17`); any other change of class splits.
    @inline(__always)
    func splits(from previous: ScriptClass) -> Bool {
        if self == previous { return false }
        return !((self == .latin && previous == .digit) || (self == .digit && previous == .latin))
    }
}

/// The scanner state: the folded bytes of the token being built, in a scratch buffer reused for every token.
struct TokenScanner: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var start = 0
    private var end = 0
    private var scriptClass = ScriptClass.other
    private var isNumber = true

    init() {
        capacity = 128
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Adds one folded word scalar found at scalar offset `index` of the original text.
    @inline(__always)
    mutating func append(
        _ value: UInt32, at index: Int, _ emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Void
    ) {
        append(value, ScriptClass(value), at: index, emit)
    }

    /// Adds a word scalar whose script class the caller already knows (the ASCII and Arabic fast paths).
    @inline(__always)
    mutating func append(
        _ value: UInt32, _ newClass: ScriptClass, at index: Int,
        _ emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Void
    ) {
        if count > 0 && newClass.splits(from: scriptClass) { flush(emit) }
        if count == 0 {
            start = index
            isNumber = true
        }
        if capacity - count < 4 { grow() }
        if value < 0x80 {
            buffer[count] = UInt8(value)
            count += 1
        } else if value < 0x800 {
            buffer[count] = UInt8(0xC0 | value >> 6)
            buffer[count + 1] = UInt8(0x80 | value & 0x3F)
            count += 2
        } else if value < 0x10000 {
            buffer[count] = UInt8(0xE0 | value >> 12)
            buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[count + 2] = UInt8(0x80 | value & 0x3F)
            count += 3
        } else {
            buffer[count] = UInt8(0xF0 | value >> 18)
            buffer[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            buffer[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[count + 3] = UInt8(0x80 | value & 0x3F)
            count += 4
        }
        end = index + 1
        scriptClass = newClass
        if newClass != .digit { isNumber = false }
    }

    /// A removed scalar (mark, tatweel, control) inside or right after a word extends its span.
    @inline(__always)
    mutating func extend(to index: Int) {
        if count > 0 { end = index + 1 }
    }

    @inline(__always)
    mutating func flush(_ emit: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Void) {
        guard count > 0 else { return }
        emit(UnsafeBufferPointer(start: buffer, count: count), start, end, isNumber)
        count = 0
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
    }
}

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
}
