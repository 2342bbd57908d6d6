/// Everything that can go wrong with an index, with a message that says what to do about it.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Another run holds the index's writer lock.
    case locked(path: String)
    /// The file exists but is not a crosscheck index (another SQLite database, or not SQLite at all).
    case notAnIndex(path: String, reason: String)
    /// The index was written by a newer crosscheck whose schema this one does not know.
    case newerSchema(path: String, found: [String], known: [String])
    /// The index needs an upgrade that only a writing command (`crosscheck run --index`) performs.
    case needsUpgrade(path: String)
    /// SQLite or the file system failed; `message` is SQLite's own.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .locked(let path):
            return "index \(path) is in use by another crosscheck run (lock \(path).lock is held); "
                + "wait for that run to finish, then try again"
        case .notAnIndex(let path, let reason):
            return "\(path) is not a crosscheck index (\(reason)); give a new file name or the index of an earlier run"
        case .newerSchema(let path, let found, let known):
            return "index \(path) has schema migrations \(found.joined(separator: ", ")) but this crosscheck knows "
                + "only \(known.joined(separator: ", ")); use a newer crosscheck to read it"
        case .needsUpgrade(let path):
            return "index \(path) uses an older schema; run `crosscheck run … --index \(path)` once to upgrade it"
        case .database(let path, let message):
            return "index \(path): \(message)"
        }
    }
}
