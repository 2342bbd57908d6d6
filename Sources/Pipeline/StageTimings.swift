/// Wall and CPU seconds per pipeline stage, in the order the stages ran.
///
/// Kept out of the reports (they must be byte-identical between runs) and printed only when asked (`--timings`),
/// so that a nightly operator can see where the time goes. Each stage is clocked by ``StageTime``, the same clock
/// as the near-copy lane and the benchmarks, so CPU seconds compare across commands.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, time: StageTime)] = []

    public init() {}

    /// Runs `body`, records its duration under `name`, and returns its result.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        var time = StageTime()
        let result = try time.measure(body)
        stages.append((name, time))
        return result
    }

    public mutating func append(_ other: StageTimings) { stages.append(contentsOf: other.stages) }

    /// Wall seconds spent in the stages called `name`.
    public func seconds(_ name: String) -> Double {
        stages.filter { $0.name == name }.reduce(0) { $0 + $1.time.wallSeconds }
    }

    /// One line per stage: `stage  wall s  (cpu s)`, names padded to a column of 28 and never cut (a stage's name
    /// carries its counts, as in `cross verification (48254 of 991505 pairs)`).
    public var text: String {
        stages.map { stage in
            let name = stage.name + String(repeating: " ", count: max(0, 28 - stage.name.count))
            return "  \(name) \(Self.format(stage.time.wallSeconds)) s  (cpu \(Self.format(stage.time.cpuSeconds)) s)"
        }
        .joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
