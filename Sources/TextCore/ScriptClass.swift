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
