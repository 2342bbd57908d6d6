/// Why a report could not be written.
public enum ReportsError: Error, CustomStringConvertible, Sendable {
    /// The JSON encoder refused a value (a non-finite number in a similarity or a difference).
    case encodingFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .encodingFailed(let path, let reason):
            return "could not encode \(path) as JSON: \(reason). Check for NaN or infinite similarities in the run."
        }
    }
}
