import Comparison
import CrossCheckModel
import Facts
import Reports
import Similarity

/// Turns grouped articles into the report model: one group page per cluster, singletons included.
struct ReportAssembler: Sendable {
    let options: PipelineOptions

    /// One group's page.
    ///
    /// - Parameter newFrom: in a nightly run, the index of tonight's first article in `articles`: then the pairs and
    ///   the copied passages shown are those involving one of tonight's articles (the others were shown on the
    ///   nights they were found), while the members, their facts and the comparison cover the whole group.
    func groupReport(
        id: String, members: [Int], cohesion: Double, average: Double, articles: [PreparedArticle],
        assessments: [EventGrouper.PairKey: PairAssessment], verifier: PairVerifier?, newFrom: Int? = nil
    ) -> GroupReport {
        var pairs: [PairEvidence] = []
        for (position, i) in members.enumerated() {
            // Members are ascending, so `j` is the later article of the pair.
            for j in members[(position + 1)...] where newFrom.map({ j >= $0 }) ?? true {
                let a = articles[i].article.id
                let b = articles[j].article.id
                if let found = assessments[EventGrouper.PairKey(i, j)] {
                    let flipped = found.first != i
                    pairs.append(
                        PairEvidence(
                            a: a, b: b, similarity: found.score, nearCopy: found.nearCopy,
                            containmentAInB: flipped ? found.containmentSecondInFirst : found.containmentFirstInSecond,
                            containmentBInA: flipped ? found.containmentFirstInSecond : found.containmentSecondInFirst,
                            reasons: verifier?.reasons(for: found) ?? []))
                } else {
                    pairs.append(PairEvidence(a: a, b: b, similarity: 0, reasons: ["not a candidate pair"]))
                }
            }
        }
        return Self.completed(
            GroupReport(id: id, members: [], cohesion: cohesion, averageSimilarity: average, pairs: pairs),
            articles: members.map { articles[$0].article }, facts: members.map { articles[$0].facts },
            firstNew: newFrom.map { Self.firstNew(of: members, from: $0) })
    }

    /// The position in `members` (ascending) of the first at or after window position `newFrom`.
    static func firstNew(of members: [Int], from newFrom: Int) -> Int {
        members.firstIndex { $0 >= newFrom } ?? members.count
    }

    /// `report` with the parts of a page that follow from its members alone: their summaries, facts, comparison
    /// and copied passages (those involving a member from `firstNew` on, when given).
    ///
    /// A night stores only what its verifier decided (scores and pairs) with the member rows; a re-run of the night
    /// rebuilds the rest here, from the stored articles and facts, as the night built it.
    static func completed(_ report: GroupReport, articles: [Article], facts: [ArticleFacts], firstNew: Int?)
        -> GroupReport
    {
        var report = report
        let sources = articles.indices.map { index in
            SourceFacts(
                articleID: articles[index].id, outlet: articles[index].outlet, published: articles[index].published,
                facts: facts[index])
        }
        report.members = articles.map { ArticleSummary($0) }
        report.comparison = GroupComparator.compare(sources)
        report.facts = articles.indices.map { ArticleFactsEntry(articleID: articles[$0].id, facts: facts[$0]) }
        report.copies = PassageFinder().passages(in: articles, involving: firstNew)
        return report
    }

    /// Group ids are `g` and a zero-padded ordinal in input order, so they are stable for the same input.
    static func groupID(_ ordinal: Int, of total: Int) -> String {
        let width = max(3, String(total).count)
        let digits = String(ordinal)
        return "g" + String(repeating: "0", count: width - digits.count) + digits
    }
}
