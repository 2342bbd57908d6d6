import Foundation
import Reports

/// What a night's verifier decided of one group's page: its cohesion, average similarity and the pairs it shows.
///
/// A change record stores this with the rows of the group's members (schema v6), not the whole page: the members'
/// summaries, facts, comparison and copied passages follow from the stored articles, and a re-run of the night
/// rebuilds them (`Pipeline.replayedReport`). The scores cannot be rebuilt: they were weighed with the statistics of
/// the night's whole window. Whole pages, deflated, were a sixth of a night's work on two cores.
///
///     let json = try StoredJSON.encode(RecordedScores(report))
///     let page = pipeline.replayedReport(scores.report(id: "s000042"), articles: members, facts: facts, firstNew: 3)
struct RecordedScores: Codable, Hashable, Sendable {
    var cohesion: Double
    var averageSimilarity: Double
    var pairs: [PairEvidence]

    init(_ report: GroupReport) {
        cohesion = report.cohesion
        averageSimilarity = report.averageSimilarity
        pairs = report.pairs
    }

    /// The scores a record's JSON holds.
    static func decode(json: String) throws -> RecordedScores {
        try JSONDecoder().decode(RecordedScores.self, from: Data(json.utf8))
    }

    /// A page with these scores and no members yet.
    func report(id: String) -> GroupReport {
        GroupReport(id: id, members: [], cohesion: cohesion, averageSimilarity: averageSimilarity, pairs: pairs)
    }
}
