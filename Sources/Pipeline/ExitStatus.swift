/// The process exit codes of crosscheck, documented in the README so that nightly scripts can branch on them.
public enum ExitStatus: Int32, Sendable {
    /// Every input was processed (or deliberately skipped, e.g. an unknown file type or an empty file).
    case success = 0
    /// A fatal error: nothing usable was produced (no input at all, output folder not writable…).
    case fatal = 1
    /// The run finished and wrote its reports, but some inputs failed; the run summary names each with its reason.
    case someInputsFailed = 2
    /// `--index`: another run holds the index's writer lock; nothing was read or written. Try again after it ends.
    case indexBusy = 3
    /// `--index`: the file is not a crosscheck index, or was written by a newer crosscheck; nothing was written.
    case indexUnusable = 4
    /// Command-line usage error (as swift-argument-parser reports it).
    case usage = 64
}
