import Pipeline

/// Wall-clock seconds per phase of a nightly run, in the order they ran, to see where a night's time goes.
///
///     "open 0.1 s, load 2.1 s, admit 0.4 s, prepare 9.8 s, lookup 0.6 s, window 3.0 s, group 20.5 s,
///      commit 1.2 s, report 0.1 s, close 0.3 s, write 1.0 s, total 39.2 s"
public struct PhaseTimings: Sendable {
    public struct Phase: Sendable, Hashable {
        public var name: String
        public var seconds: Double
    }

    public private(set) var phases: [Phase] = []
    /// The stages of the `group` phase (TF-IDF, LSH, verification, clustering, reports), for `--timings`.
    public var grouping = StageTimings()
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() { last = clock.now }

    /// Ends the current phase under `name` and starts the next; the caller times what it does after the run
    /// (writing the reports) the same way, so that the phases add up to the run's wall time.
    public mutating func lap(_ name: String) {
        let now = clock.now
        let elapsed = now - last
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        phases.append(Phase(name: name, seconds: seconds))
        last = now
    }

    public var description: String {
        let total = phases.reduce(0) { $0 + $1.seconds }
        return (phases + [Phase(name: "total", seconds: total)])
            .map { "\($0.name) \(Double(Int($0.seconds * 10)) / 10) s" }.joined(separator: ", ")
    }
}
