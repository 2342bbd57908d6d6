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

    /// Whether no token is being built (the tokenizer's ASCII fast path may then emit straight from the text).
    var isEmpty: Bool { count == 0 }

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
