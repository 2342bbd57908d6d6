/// Errors of the near-copy lane (`crosscheck signatures`, `crosscheck near-copies`), with what to do about them.
public enum NearCopyError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String)
    case unwritable(path: String, reason: String)
    case noInput(paths: [String])
    case invalidParameters(String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot open \(path) for reading; check the path and its permissions"
        case .unwritable(let path, let reason): return "cannot write \(path): \(reason)"
        case .noInput(let paths): return "no article found in \(paths.joined(separator: " "))"
        case .invalidParameters(let message): return message
        }
    }
}
