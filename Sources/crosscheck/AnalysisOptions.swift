import ArgumentParser
import CrossCheckModel
import Foundation
import Pipeline

/// Options shared by the commands that analyse articles.
struct AnalysisOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The day that stands for "today" (YYYY-MM-DD) when a date has no year and the article no publication \
            date. Defaults to today's date (UTC); set it to make reports reproducible.
            """)
    var referenceDate: String?

    @Option(name: .long, help: "Average-linkage threshold on pair scores (default 0.15).")
    var linkageThreshold: Double?

    @Option(name: .long, help: "LSH threshold on content words for event candidates (default 0.1).")
    var eventCandidateThreshold: Double?

    @Option(name: .long, help: "Publication dates further apart than this never join (default 7 days).")
    var windowDays: Int?

    func pipelineOptions() throws -> PipelineOptions {
        var options = PipelineOptions(referenceDate: try resolvedReferenceDate())
        if let linkageThreshold {
            guard linkageThreshold > 0 && linkageThreshold < 1 else {
                throw ValidationError("--linkage-threshold must be between 0 and 1")
            }
            options.linkageThreshold = linkageThreshold
        }
        if let eventCandidateThreshold {
            guard eventCandidateThreshold > 0 && eventCandidateThreshold < 1 else {
                throw ValidationError("--event-candidate-threshold must be between 0 and 1")
            }
            options.eventCandidateThreshold = eventCandidateThreshold
        }
        if let windowDays { options.windowDays = max(0, windowDays) }
        return options
    }

    private func resolvedReferenceDate() throws -> CivilDate {
        if let referenceDate {
            guard let date = CivilDate(iso: referenceDate) else {
                throw ValidationError("--reference-date must be YYYY-MM-DD, got '\(referenceDate)'")
            }
            return date
        }
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CivilDate(daysSinceEpoch: days)
    }
}
