/// A figure read from the text: its number or range, its hedge and the tokens it covers.
///
/// "أكثر من 2500" is a quantity with qualifier `moreThan`, stated 2500 and interval [2501, ∞); "بين 20 و30" has
/// qualifier `range`; "عشرات" has qualifier `vague` and no stated number.
struct Quantity: Sendable, Hashable {
    /// First token, the qualifier or range opener included.
    var first: Int
    /// Last token of the number (inclusive).
    var last: Int
    /// First token of the number itself.
    var numberFirst: Int
    var value: Double
    /// The upper end of a range.
    var high: Double?
    var qualifier: Qualifier
    /// For vague words, the interval they stand for.
    var vague: CountInterval?
    /// True for "20%", "20 في المئة": a share, never a count of people.
    var isPercent = false
    /// True for "الـ53": an ordinal, never a count.
    var isOrdinal = false
    /// True for "77/100": a share, never a count of people.
    var isFraction = false

    /// The number as written (the low end of a range), or nil for vague words.
    var stated: Double? { vague == nil ? value : nil }

    /// The interval the figure stands for, as documented in `Qualifier`.
    var interval: CountInterval {
        if let vague { return vague }
        let number = value
        switch qualifier {
        case .exact, .implied: return .exactly(number)
        case .moreThan: return CountInterval(min: number == number.rounded() ? number + 1 : number, max: nil)
        case .atLeast: return CountInterval(min: number, max: nil)
        case .about:
            let low = Swift.min(number - 1, (number * 9 / 10).rounded(.down))
            let high = Swift.max(number + 1, (number * 11 / 10).rounded(.up))
            return CountInterval(min: Swift.max(0, low), max: high)
        case .upTo: return CountInterval(min: 0, max: number)
        case .lessThan: return CountInterval(min: 0, max: Swift.max(0, number - 1))
        case .range: return CountInterval(min: number, max: high ?? number)
        case .vague: return .exactly(number)
        }
    }
}
