/// The process exit codes of crosscheck, documented in the README so that nightly scripts can branch on them.
public enum ExitStatus: Int32, Sendable {
    /// Every input was processed (or deliberately skipped, e.g. an unknown file type or an empty file).
    case success = 0
    /// A fatal error: nothing usable was produced (no input at all, output folder not writable…).
    case fatal = 1
    /// The run finished and wrote its reports, but some inputs failed; the run summary names each with its reason.
    case someInputsFailed = 2
    /// Command-line usage error (as swift-argument-parser reports it).
    case usage = 64
}
