/// A closed interval of counts; a missing bound is open ("more than 2,500" has no upper bound).
///
/// Figures are compared as intervals, so "more than 2,500" and "2,600" agree while "200" and "2,500" do not.
public struct CountInterval: Hashable, Codable, Sendable, CustomStringConvertible {
    public var min: Double?
    public var max: Double?

    public init(min: Double?, max: Double?) {
        self.min = min
        self.max = max
    }

    public static func exactly(_ value: Double) -> CountInterval { CountInterval(min: value, max: value) }

    /// True when some count lies in both intervals.
    public func overlaps(_ other: CountInterval) -> Bool {
        let low = Swift.max(min ?? -.infinity, other.min ?? -.infinity)
        let high = Swift.min(max ?? .infinity, other.max ?? .infinity)
        return low <= high
    }

    public var description: String {
        func text(_ value: Double?) -> String {
            guard let value else { return "" }
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
        if let min, let max, min == max { return text(min) }
        return "[\(text(min)), \(text(max))]"
    }
}
