import Foundation

/// Wall and CPU seconds of one stage of a run, so that throughput can be stated per CPU-second as the peers'
/// benchmarks do (a CPU-second figure does not depend on how many cores happened to be free).
public struct StageTime: Sendable, Hashable, Codable {
    public var wallSeconds: Double = 0
    public var cpuSeconds: Double = 0

    public init(wallSeconds: Double = 0, cpuSeconds: Double = 0) {
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
    }

    /// Runs `body` and adds its wall and process CPU time (all threads, user + system) to this stage.
    public mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let wall = Self.wallNow()
        let cpu = Self.cpuNow()
        defer {
            wallSeconds += Self.wallNow() - wall
            cpuSeconds += Self.cpuNow() - cpu
        }
        return try body()
    }

    static func wallNow() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// This process's CPU seconds so far, user and system, all threads.
    public static func cpuNow() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Peak resident set size of this process so far, in bytes.
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
