/// A calendar unit that relative expressions count in.
enum DateUnit: Int, Sendable, Hashable {
    case day, week, month, quarter, year, decade

    /// The grain of a whole unit ("next week" is a week).
    var grain: DateFact.Grain {
        switch self {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .quarter: return .quarter
        case .year, .decade: return .year
        }
    }
}
