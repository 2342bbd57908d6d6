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

    func pipelineOptions() throws -> PipelineOptions {
        PipelineOptions(referenceDate: try resolvedReferenceDate())
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
