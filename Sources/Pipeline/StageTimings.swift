import Dispatch

/// Wall-clock seconds per pipeline stage, in the order the stages ran.
///
/// Kept out of the reports (they must be byte-identical between runs) and printed only when asked (`--timings`),
/// so that a nightly operator can see where the time goes and the benchmarks can compare stages.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `body`, records its duration under `name`, and returns its result.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }

    public mutating func append(_ other: StageTimings) { stages.append(contentsOf: other.stages) }

    public func seconds(_ name: String) -> Double { stages.filter { $0.name == name }.reduce(0) { $0 + $1.seconds } }

    /// One line per stage: `stage  seconds`.
    public var text: String {
        stages.map {
            "  \($0.name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format3($0.seconds))) s"
        }
        .joined(separator: "\n")
    }

    private func format3(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
