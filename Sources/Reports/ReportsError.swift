/// Why a report could not be written.
public enum ReportsError: Error, CustomStringConvertible, Sendable {
    /// The JSON encoder refused a value (a non-finite number in a similarity or a difference).
    case encodingFailed(path: String, reason: String)
    /// The file system refused a report file (no space left, no permission, a read-only folder).
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .encodingFailed(let path, let reason):
            return "could not encode \(path) as JSON: \(reason). Check for NaN or infinite similarities in the run."
        case .writeFailed(let path, let reason):
            return "could not write \(path): \(reason). Check the output folder's free space and permissions."
        }
    }
}
