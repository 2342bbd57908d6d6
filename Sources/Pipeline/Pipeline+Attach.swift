import CrossCheckModel
import Facts
import Similarity

extension Pipeline {
    /// Adds tonight's articles to the index's stories without regrouping what the index already holds.
    ///
    /// Tonight's articles are grouped alone, exactly as ``analyze(_:)`` groups a batch. The indexed articles read
    /// back are those sharing LSH band keys (``bandKeys(_:)``) with tonight's, and their groups' other members. Then
    /// only the pairs of a new and an indexed article that the batch grouper's candidate search (near-copy and
    /// keyword LSH) finds are assessed, with the same verifier (its TF-IDF statistics taken over tonight's articles
    /// and the indexed ones read back). Each of
    /// tonight's groups joins the stored group it links to best by average linkage (the mean score over all its
    /// cross pairs with that group's members, a pair not assessed counting as 0) when that reaches the linkage
    /// threshold; otherwise it stays a new group. Earlier decisions are kept: stored groups are never split or
    /// merged. The cost grows with tonight's batch and the candidate pairs, not with the stored window, whereas
    /// regrouping the window grows super-linearly with it.
    ///
    ///     let groups = pipeline.attach(tonight: fresh, indexed: old, storedGroups: ids)
    ///
    /// - Parameters:
    ///   - fresh: tonight's articles; in the returned groups they sit after the indexed ones (`indexed.count + i`).
    ///   - indexed: indexed articles read back: the candidates and every other member of their groups.
    ///   - storedGroups: the stored group of each indexed article (nil: ungrouped, treated as a group of its own).
    /// - Returns: the groups that are new or gained members tonight, in the order of their first member; stored
    ///   groups that gained nothing are left out. Each report's id is a placeholder for the caller's.
    public func attach(tonight fresh: PreparedWindow, indexed: PreparedWindow, storedGroups: [Int64?]) -> [WindowGroup]
    {
        let offset = indexed.count
        let grouping = EventGrouper(options: options).group(fresh.items)
        let items = indexed.items + fresh.items
        let verifier = PairVerifier(articles: items, options: options)
        let labels = storedGroups.enumerated().map { $0.element ?? -Int64($0.offset + 1) }
        var storedSize: [Int64: Int] = [:]
        var storedMembers: [Int64: [Int]] = [:]
        for (index, label) in labels.enumerated() {
            storedSize[label, default: 0] += 1
            storedMembers[label, default: []].append(index)
        }
        // Candidates as a plain run over tonight's and the indexed articles would find them, keeping only the pairs
        // of a new and an indexed article: pairs within tonight were assessed by the grouper, pairs within the index
        // on earlier nights.
        let crossCandidates = EventGrouper(options: options).candidatePairs(items, verifier: verifier)
            .filter { $0.first < offset && $0.second >= offset }
            .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        let cross = ParallelMap.map(crossCandidates) { verifier.assess($0.first, $0.second) }
        var assessments: [EventGrouper.PairKey: PairAssessment] = [:]
        for var assessment in grouping.assessments.values {
            assessment.first += offset
            assessment.second += offset
            assessments[EventGrouper.PairKey(assessment.first, assessment.second)] = assessment
        }
        // Sum of verified cross scores from each of tonight's clusters to each stored group.
        let clusterOf = grouping.clusterOf
        var links = Array(repeating: [Int64: Double](), count: grouping.clusters.count)
        for assessment in cross {
            assessments[EventGrouper.PairKey(assessment.first, assessment.second)] = assessment
            guard assessment.verified else { continue }
            links[clusterOf[assessment.second - offset]][labels[assessment.first], default: 0] += assessment.score
        }
        var joined: [Int64: [Int]] = [:]
        var newGroups: [[Int]] = []
        for (index, cluster) in grouping.clusters.enumerated() {
            let members = cluster.members.map { $0 + offset }
            let best = links[index].map { label, sum in
                (label, sum / Double(cluster.members.count * (storedSize[label] ?? 1)))
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
        // Stored members of a group that grew were grouped on earlier nights; their pairs are assessed again only so
        // that the report can show the group's evidence.
        // Not for a large group (its report shows them as "not a candidate pair"): they grow with the square of its size.
        let missing = groups.filter { $0.count <= Self.reassessedGroupSize }.flatMap { members in
            members.enumerated().flatMap { position, i in
                members[(position + 1)...].compactMap { j -> EventGrouper.PairKey? in
                    let key = EventGrouper.PairKey(i, j)
                    return j < offset && assessments[key] == nil ? key : nil
                }
            }
        }
        for assessment in ParallelMap.map(missing, { verifier.assess($0.first, $0.second) }) {
            assessments[EventGrouper.PairKey(assessment.first, assessment.second)] = assessment
        }
        let assembler = ReportAssembler(options: options)
        return groups.map { members in
            let (cohesion, average) = Self.linkage(members, assessments)
            return WindowGroup(
                members: members,
                report: assembler.groupReport(
                    id: "pending", members: members, cohesion: cohesion, average: average, articles: items,
                    assessments: assessments, verifier: verifier))
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
