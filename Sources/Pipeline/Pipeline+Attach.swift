import CrossCheckModel
import Facts
import Similarity

extension Pipeline {
    /// Adds tonight's articles to the index's stories without regrouping what the index already holds.
    ///
    /// The indexed articles read back are those sharing LSH band keys (``bandKeys(_:)``) with tonight's, and their
    /// groups' other members. The batch grouper's candidate search (near-copy and keyword LSH) runs over tonight's
    /// articles and those, keeping every pair with a new article; one verifier, its TF-IDF statistics taken over
    /// all of them, assesses the pairs. Tonight's articles are clustered among themselves by average linkage, as
    /// ``analyze(_:)`` clusters a batch; then each of
    /// tonight's groups joins the stored group it links to best by average linkage (the mean score over all its
    /// cross pairs with that group's members, a pair not assessed counting as 0) when that reaches the linkage
    /// threshold; otherwise it stays a new group. Earlier decisions are kept: stored groups are never split or
    /// merged. The cost grows with tonight's batch and the candidate pairs, not with the stored window, whereas
    /// regrouping the window grows super-linearly with it.
    ///
    ///     var timings = StageTimings()
    ///     let groups = pipeline.attach(tonight: fresh, indexed: old, storedGroups: ids, timings: &timings)
    ///
    /// - Parameters:
    ///   - fresh: tonight's articles; in the returned groups they sit after the indexed ones (`indexed.count + i`).
    ///   - indexed: indexed articles read back: the candidates and every other member of their groups.
    ///   - storedGroups: the stored group of each indexed article (nil: ungrouped, treated as a group of its own).
    /// - Returns: the groups that are new or gained members tonight, in the order of their first member; stored
    ///   groups that gained nothing are left out. Each report's id is a placeholder for the caller's.
    ///   - timings: receives the stages of the grouping (TF-IDF, LSH, verification, clustering, reports).
    public func attach(
        tonight fresh: PreparedWindow, indexed: PreparedWindow, storedGroups: [Int64?], timings: inout StageTimings
    ) -> [WindowGroup] {
        let offset = indexed.count
        let items = indexed.items + fresh.items
        let verifier = timings.measure("tf-idf vectors") { PairVerifier(articles: items, options: options) }
        let labels = storedGroups.enumerated().map { $0.element ?? -Int64($0.offset + 1) }
        var storedMembers: [Int64: [Int]] = [:]
        for (index, label) in labels.enumerated() { storedMembers[label, default: []].append(index) }
        // Candidates as a plain run over tonight's and the indexed articles would find them, less the pairs of two
        // indexed articles; tonight's articles clustered among themselves as a batch run clusters.
        let (grouping, assessed) = EventGrouper(options: options).cluster(
            items, verifier: verifier, from: offset, timings: &timings)
        var assessments = grouping.assessments
        let clusters = grouping.clusters
        let clusterOf = grouping.clusterOf
        // Sum of verified cross scores from each of tonight's clusters to each stored group.
        var links = Array(repeating: [Int64: Double](), count: clusters.count)
        for assessment in assessed where assessment.verified && assessment.first < offset {
            links[clusterOf[assessment.second - offset]][labels[assessment.first], default: 0] += assessment.score
        }
        var joined: [Int64: [Int]] = [:]
        var newGroups: [[Int]] = []
        for (index, cluster) in clusters.enumerated() {
            let members = cluster.members.map { $0 + offset }
            let best = links[index].map { label, sum in
                (label, sum / Double(cluster.members.count * (storedMembers[label]?.count ?? 1)))
            }.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }
            if let best, best.1 >= options.linkageThreshold {
                joined[best.0, default: []].append(contentsOf: members)
            } else {
                newGroups.append(members)
            }
        }
        let groups =
            (joined.map { (storedMembers[$0.key] ?? []) + $0.value } + newGroups)
            .map { $0.sorted() }.sorted { $0[0] < $1[0] }
        // Stored members of a group that grew were grouped on earlier nights; their pairs are assessed again so that
        // the group's cohesion counts them (the page shows only the pairs with a new article). Not for a large group,
        // whose pairs grow with the square of its size: there they count as 0.
        let missing = groups.filter { $0.count <= Self.reassessedGroupSize }.flatMap { members in
            members.enumerated().flatMap { position, i in
                members[(position + 1)...].compactMap { j -> EventGrouper.PairKey? in
                    let key = EventGrouper.PairKey(i, j)
                    return j < offset && assessments[key] == nil ? key : nil
                }
            }
        }
        let reassessed = timings.measure("stored pairs (\(missing.count))") {
            ParallelMap.map(missing) { verifier.assess($0.first, $0.second) }
        }
        for assessment in reassessed {
            assessments[EventGrouper.PairKey(assessment.first, assessment.second)] = assessment
        }
        let settled = assessments
        return timings.measure("group reports (\(groups.count))") {
            assembleReports(groups, items: items, assessments: settled, verifier: verifier, newFrom: offset)
        }
    }

    /// The report of each group, on every core.
    private func assembleReports(
        _ groups: [[Int]], items: [PreparedArticle], assessments settled: [EventGrouper.PairKey: PairAssessment],
        verifier: PairVerifier, newFrom offset: Int
    ) -> [WindowGroup] {
        let assembler = ReportAssembler(options: options)
        return ParallelMap.map(groups) { members in
            let (cohesion, average) = Self.linkage(members, settled)
            return WindowGroup(
                members: members,
                report: assembler.groupReport(
                    id: "pending", members: members, cohesion: cohesion, average: average, articles: items,
                    assessments: settled, verifier: verifier, newFrom: offset))
        }
    }

    /// The largest grown group whose stored pairs are assessed again for its report.
    static let reassessedGroupSize = 64

    /// The lowest and the mean score over a group's member pairs, a pair not assessed counting as 0; 1 and 1 alone.
    private static func linkage(_ members: [Int], _ assessments: [EventGrouper.PairKey: PairAssessment]) -> (
        Double, Double
    ) {
        guard members.count > 1 else { return (1, 1) }
        var lowest = 1.0
        var total = 0.0
        var count = 0
        for (position, i) in members.enumerated() {
            for j in members[(position + 1)...] {
                let score = assessments[EventGrouper.PairKey(i, j)]?.score ?? 0
                lowest = min(lowest, score)
                total += score
                count += 1
            }
        }
        return (lowest, total / Double(count))
    }
}
