import Pipeline

/// Wall-clock seconds per phase of a nightly run, in the order they ran, with the CPU seconds of all threads, to see
/// where a night's time goes (on two cores, a phase whose CPU time is not about twice its wall time leaves one idle).
///
///     "open 0.0 s, load 0.7 s (cpu 1.2), prepare 2.7 s (cpu 5.0), band keys 0.4 s (cpu 0.7), …, total 30.1 s"
public struct PhaseTimings: Sendable {
    public struct Phase: Sendable, Hashable {
        public var name: String
        public var seconds: Double
        public var cpuSeconds: Double = 0
    }

    public private(set) var phases: [Phase] = []
    /// The stages of the `group` phase (TF-IDF, LSH, verification, clustering, reports), for `--timings`.
    public var grouping = StageTimings()
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU: Double

    init() {
        last = clock.now
        lastCPU = StageTime.cpuNow()
    }

    /// Ends the current phase under `name` and starts the next; the caller times what it does after the run
    /// (writing the reports) the same way, so that the phases add up to the run's wall time.
    public mutating func lap(_ name: String) {
        let now = clock.now
        let elapsed = now - last
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let cpu = StageTime.cpuNow()
        phases.append(Phase(name: name, seconds: seconds, cpuSeconds: cpu - lastCPU))
        last = now
        lastCPU = cpu
    }

    public var description: String {
        let total = phases.reduce(0) { $0 + $1.seconds }
        let cpu = phases.reduce(0) { $0 + $1.cpuSeconds }
        return (phases + [Phase(name: "total", seconds: total, cpuSeconds: cpu)])
            .map { phase in
                let cpu = phase.cpuSeconds >= 0.05 ? " (cpu \(Double(Int(phase.cpuSeconds * 10)) / 10))" : ""
                return "\(phase.name) \(Double(Int(phase.seconds * 10)) / 10) s" + cpu
            }
            .joined(separator: ", ")
    }
}
