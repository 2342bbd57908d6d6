import CrossCheckModel
import Facts
import Pipeline
import Reports
import Store
import TextCore

/// The nightly job over a persistent index: add tonight's articles, group them with the last days' stories, and
/// report the groups that are new or changed tonight with what changed.
///
/// Steps, each safe to interrupt: (1) take the writer lock and mark the run; (2) store tonight's new articles as
/// pending as they are read, in one transaction (an article already stored, by content hash or URL, is
/// skipped); (3) prepare every pending article, look up indexed candidates by LSH band key and keyword within the
/// window and read them back; (4) group tonight's articles alone as a plain run does, assess the new-versus-indexed
/// pairs the lookup links stand for, and attach tonight's groups to stored ones by average linkage (stored groups
/// are never split; two that tonight's articles show to be one story are merged); read the other members of the
/// groups they join, for the reports; (5) commit band and keyword keys, facts, groups and change records in one
/// transaction.
/// A run killed before (5) leaves pending articles that the next run completes; one killed after has nothing left
/// to do. The report is read back from the night's change records, so re-running a night gives the same report.
///
///     let night = try NightlyIndexer(pipeline: pipeline, indexPath: "news.db").run(paths: ["tonight/"])
///     try night.write(to: "reports", formats: ReportFormat.allCases)
public struct NightlyIndexer: Sendable {
    public var pipeline: Pipeline
    public var indexPath: String
    /// Which indexed articles a new one reads back: how many LSH band keys or keyword keys they must share, and
    /// which keys count.
    ///
    /// Two band keys of small buckets, or three keywords (``CandidateRule/standard``). The content-word banding (32
    /// bands of 1 row, for a Jaccard threshold of 0.05) makes almost every article of a busy topic share one key with
    /// a new one, and reading each back costs a re-shingling.
    public var candidateRule: CandidateRule
    /// Whether stored groups that one of tonight's groups links to are merged as one story (see
    /// ``Pipeline/link(tonight:indexed:storedGroups:groupSizes:mergeStories:timings:)``); false keeps every stored
    /// group as it is, for a newsroom whose story ids must never change.
    public var mergeStories: Bool
    /// Whether tonight's articles have their texts stored deflated (``IndexStore/deflatesTexts``): a smaller index
    /// for a slower night.
    public var deflateTexts = false
    /// Told the schema migrations an existing index is about to get, before they run (they may take a while).
    public var upgrading: @Sendable ([String]) -> Void = { _ in }

    public init(
        pipeline: Pipeline, indexPath: String, candidateRule: CandidateRule = .standard, mergeStories: Bool = true
    ) {
        self.pipeline = pipeline
        self.indexPath = indexPath
        self.candidateRule = candidateRule
        self.mergeStories = mergeStories
    }

    /// Whether tonight's articles get content-word band keys (``Pipeline/bandKeys(_:contentWords:)``): only the
    /// common-key rule counts them.
    var contentWordKeys: Bool { candidateRule.commonKeys > 0 }

    /// The night's key: the reference date, so that a re-run of the same night (same date) finds its own records.
    var night: Int { pipeline.options.referenceDate.daysSinceEpoch }

    /// Runs the night over `paths`, and writes its reports into `directory` when one is given.
    ///
    /// The night's grouping is committed on a thread of its own while the reports are rendered and written on the
    /// others: SQLite's transaction works on one core, the report writer on every core, and neither needs the
    /// other's result (the reports are made from the change records in memory, which are what the commit stores).
    /// A run killed before the commit ends leaves the night's articles pending, and the next run completes them
    /// and writes the same reports.
    ///
    /// - Throws: `StoreError` (`locked` when another run holds the index) before reading any input;
    ///   ``UnwrittenReports`` when the report files could not be written, after the commit has ended.
    public func run(paths: [String], reportsTo directory: String? = nil, formats: [ReportFormat] = []) throws
        -> NightlyRun
    {
        var timings = PhaseTimings()
        let store = try IndexStore.openForWriting(
            path: indexPath, deflatingTexts: deflateTexts, upgrading: upgrading)
        let resumed = store.interruptedNight
        try store.beginRun(night: night)
        timings.lap("open")
        // SQLite stores tonight's articles on a thread of its own as they are read, and while they are prepared
        // (facts, shingles, terms, band keys): the preparation does not depend on what the index holds. Those it
        // turns out to have already are simply not used.
        let feed = ChunkFeed<Article>()
        let admitting = BackgroundTask { [night] in
            try store.admit(night: night) {
                feed.next()?.map { IncomingArticle(article: $0, contentHash: Self.contentHash(of: $0)) }
            }
        }
        let batch = LoadedBatch.load(paths: paths) { feed.append($0) }
        feed.close()
        timings.lap("load")
        let unsigned = pipeline.prepareWindow(batch.articles)
        timings.lap("prepare")
        // Signed once: the band keys and tonight's near-copy search read the same signatures.
        let prepared = pipeline.signed(unsigned)
        let preparedKeys = pipeline.bandKeys(prepared, contentWords: contentWordKeys)
        timings.lap("band keys")
        let admission = try admitting.wait()
        timings.lap("admission")
        let pending = try pendingWindow(admission, prepared: prepared, keys: preparedKeys, store: store)
        timings.lap("pending")
        var windowArticles = 0
        var windowCandidates = 0
        var known: [Int64: NightlyRun.Known] = [:]
        var records: [GroupChangeRecord]
        var unreadable: [UnreadableRecord] = []
        var committing: BackgroundTask<Void>? = nil
        if pending.rows.isEmpty {
            try store.finishRun()
            records = try store.changes(night: night)
        } else {
            let grouped = try group(pending, store: store, timings: &timings)
            windowArticles = grouped.windowArticles
            windowCandidates = grouped.candidates
            known = grouped.plan.known
            unreadable = grouped.unreadable
            let replaced = Set(grouped.plan.changes.map(\.groupID))
            records = (grouped.earlier.filter { !replaced.contains($0.groupID) } + grouped.plan.changes)
                .sorted { $0.groupID < $1.groupID }
            let commit = grouped.commit
            committing = BackgroundTask { try store.commit(commit) }
        }
        let replayed = try replayedReports(records.filter { known[$0.groupID] == nil }, store: store)
        unreadable += replayed.unreadable
        var run = try NightlyRun(
            summary: batch.summary, records: records, known: known, replayed: replayed.reports, pipeline: pipeline,
            admission: admission, completedPending: pending.rows.count, windowArticles: windowArticles,
            resumedNight: resumed)
        timings.lap("report")
        var written: Result<Void, any Error> = .success(())
        if let directory, batch.summary.inputs > 0 {
            written = Result { try run.write(to: directory, formats: formats) }
            timings.lap("write")
        }
        if let committing {
            try committing.wait()
            timings.lap("commit")
        }
        try store.close()
        timings.lap("close")
        if case .failure(let error) = written, let directory {
            throw UnwrittenReports(directory: directory, night: pipeline.options.referenceDate, underlying: error)
        }
        run.timings = timings
        run.windowCandidates = windowCandidates
        run.unreadable = unreadable
        return run
    }

    /// The articles to group tonight, prepared, in row order: those this run stored (prepared already, under the
    /// id they were stored with) and any an interrupted run left pending (read back and prepared here).
    private func pendingWindow(
        _ admission: AdmissionResult, prepared: PreparedWindow, keys: [[UInt64]], store: IndexStore
    ) throws -> (rows: [Int64], windowDays: [Int], window: PreparedWindow, keys: [[UInt64]]) {
        let rows = try store.pendingRowIDs()
        let articles = prepared.articles
        let admitted = Dictionary(uniqueKeysWithValues: admission.stored.map { ($0.rowID, $0) })
        let strays = try store.articles(rowIDs: rows.filter { admitted[$0] == nil })
        let strayWindow = pipeline.signed(pipeline.prepareWindow(strays.map(\.article)))
        let all = prepared.appending(strayWindow)
        let allKeys = keys + pipeline.bandKeys(strayWindow, contentWords: contentWordKeys)
        let strayPosition = Dictionary(uniqueKeysWithValues: strays.enumerated().map { ($1.rowID, $0) })
        var picks: [(position: Int, article: Article)] = []
        var windowDays: [Int] = []
        for row in rows {
            if let stored = admitted[row] {
                var article = articles[stored.position]
                article.id = stored.articleID
                picks.append((stored.position, article))
                windowDays.append(stored.windowDay)
            } else if let position = strayPosition[row] {
                picks.append((prepared.count + position, strays[position].article))
                windowDays.append(strays[position].windowDay)
            }
        }
        return (rows, windowDays, all.picking(picks), picks.map { allKeys[$0.position] })
    }

    /// Groups the pending articles with their candidates from the index and plans the night's commit.
    /// - Returns: how many indexed articles were read back into the window, the plan (groups, change records and
    ///   the report of each), the change records an earlier run of the same night left, the commit to store, and the
    ///   stored rows that did not decode.
    private func group(
        _ pending: (rows: [Int64], windowDays: [Int], window: PreparedWindow, keys: [[UInt64]]), store: IndexStore,
        timings: inout PhaseTimings
    ) throws -> (
        windowArticles: Int, candidates: Int, plan: GroupPlan, earlier: [GroupChangeRecord], commit: NightCommit,
        unreadable: [UnreadableRecord]
    ) {
        let fresh = pending.window
        let freshKeys = pending.keys
        // Over every pending article, so that a night interrupted and completed keys them as one clean run would.
        let keywordKeys = pipeline.keywordKeys(fresh)
        timings.lap("keyword keys")
        let probes = pending.windowDays.indices.map {
            BandProbe(bandKeys: freshKeys[$0], keywordKeys: keywordKeys[$0], day: pending.windowDays[$0])
        }
        let lookup = try store.candidateLinks(
            for: probes, windowDays: pipeline.options.windowDays, rule: candidateRule)
        let candidates = lookup.rows
        timings.lap("lookup")
        // Tonight's facts, as the commit stores them, are encoded while the candidates are read back (started
        // before the lookup instead, they made it 0.3–0.5 s slower and the read-back no faster).
        let freshFacts = fresh.facts
        let encoding = BackgroundTask { ParallelMap.map(freshFacts) { try? StoredFacts.json($0) } }
        let readBack = try readStored(candidates, store: store)
        let old = readBack.articles
        let sizes = try store.groupSizes(ofGroups: Array(Set(old.compactMap(\.groupID))))
        let earlier = try store.changes(night: night)
        timings.lap("read back")
        // The lookup's (tonight's article, candidate) pairs, by position in tonight's window and in the read-back one.
        let indexOfRow = Dictionary(uniqueKeysWithValues: old.enumerated().map { ($1.rowID, $0) })
        let lookupLinks = lookup.links.compactMap { link in
            indexOfRow[link.row].map { (fresh: Int(link.probe), indexed: $0) }
        }
        // The admitted articles go from the WAL into the file while the cores group (``IndexStore/checkpoint()``);
        // nothing below reads the index until the grouping is done.
        let checkpointing = BackgroundTask { _ = try store.checkpoint() }
        let links = pipeline.link(
            tonight: fresh, indexed: readBack.window, storedGroups: old.map(\.groupID), groupSizes: sizes,
            mergeStories: mergeStories, lookupLinks: lookupLinks, timings: &timings.grouping)
        try checkpointing.wait()
        timings.lap("group")
        // The other members of the stored groups tonight's articles join, for their reports; most of the candidates'
        // groups join nothing, and their members are never read.
        let candidateRows = Set(candidates)
        let matesRead = try readStored(
            try store.members(ofGroups: links.joinedGroups).filter { !candidateRows.contains($0) }, store: store)
        let mates = matesRead.articles
        let stored = old.map(\.rowID) + mates.map(\.rowID)
        let order = stored.indices.sorted { stored[$0] < stored[$1] }
        let groups = pipeline.report(
            links, mates: matesRead.window, mateGroups: mates.map { $0.groupID ?? -1 }, order: order,
            timings: &timings.grouping)
        timings.lap("members+reports")
        let rows = order.map { stored[$0] } + pending.rows
        let previousGroup =
            order.map { $0 < old.count ? old[$0].groupID : mates[$0 - old.count].groupID }
            + pending.rows.map { _ in nil }
        let plan = try GroupPlan(
            groups: groups, rows: rows, previousGroup: previousGroup, night: night, earlier: earlier, store: store)
        let encodedFacts = try encoding.wait()
        let indexed = pending.rows.enumerated().map { offset, row in
            NightCommit.IndexedArticle(
                rowID: row, keys: freshKeys[offset] + keywordKeys[offset], factsJSON: encodedFacts[offset])
        }
        timings.lap("plan")
        let commit = NightCommit(
            night: night, indexed: indexed, groups: plan.groups, deletedGroups: plan.deletedGroups,
            changes: plan.changes, refreshedFacts: readBack.refreshed + matesRead.refreshed)
        let unreadable = readBack.unreadable + matesRead.unreadable + plan.unreadable
        return (old.count + mates.count, candidates.count, plan, earlier, commit, unreadable)
    }

    /// The reports of change records this run did not make (a re-run of the night, or an earlier run's records that
    /// tonight's groups left as they were), rebuilt on every core from the scores and member rows they keep and the
    /// stored articles and facts, as the night made them. Records stored before schema v6 hold their whole report
    /// and are left to ``NightlyRun``.
    ///
    /// A member no longer in the index (pruned since) is left out of its page, and the group is named in
    /// `unreadable`; an article whose stored facts do not decode has them extracted again. Scores that do not decode
    /// are a damaged file (``StoreError/database(path:message:)``, naming the group and the night), as a record
    /// whose blob does not inflate is.
    private func replayedReports(_ records: [GroupChangeRecord], store: IndexStore) throws -> (
        reports: [Int64: GroupReport], unreadable: [UnreadableRecord]
    ) {
        let replaying = records.filter { $0.memberRows != nil }
        guard !replaying.isEmpty else { return ([:], []) }
        let stored = try store.articles(rowIDs: Array(Set(replaying.flatMap { $0.memberRows ?? [] })))
        var decoded = ParallelMap.map(stored) { article in
            article.factsJSON.flatMap { try? StoredFacts.facts(json: $0) }
        }
        let undecoded = decoded.indices.filter { decoded[$0] == nil }
        if !undecoded.isEmpty {
            let extracted = pipeline.prepareWindow(undecoded.map { stored[$0].article }).facts
            for (offset, index) in undecoded.enumerated() { decoded[index] = extracted[offset] }
        }
        let facts = decoded.map { $0! }
        let position = Dictionary(uniqueKeysWithValues: stored.enumerated().map { ($1.rowID, $0) })
        let (pipeline, indexPath) = (self.pipeline, self.indexPath)
        let rebuilt = ParallelMap.map(replaying) { record in
            Result { () throws -> (GroupReport, UnreadableRecord?) in
                let members = record.memberRows ?? []
                let found = members.compactMap { position[$0] }
                let id = Self.reportID(record.groupID)
                let scores: RecordedScores
                do {
                    scores = try RecordedScores.decode(json: record.reportJSON)
                } catch {
                    throw StoreError.database(
                        path: indexPath,
                        message:
                            "the stored scores of group \(id) on night \(CivilDate(daysSinceEpoch: record.night).iso) "
                            + "do not decode (\(error)); the file is damaged: restore it from a backup or start a new index"
                    )
                }
                let report = pipeline.replayedReport(
                    scores.report(id: id), articles: found.map { stored[$0].article }, facts: found.map { facts[$0] },
                    firstNew: record.firstNew.map { first in members.prefix(first).count { position[$0] != nil } })
                let problem =
                    found.count == members.count
                    ? nil
                    : UnreadableRecord(
                        kind: .members, subject: id, row: record.groupID,
                        reason: "\(members.count - found.count) of its \(members.count) members are no longer indexed")
                return (report, problem)
            }
        }
        var reports: [Int64: GroupReport] = [:]
        var unreadable: [UnreadableRecord] = []
        for (record, result) in zip(replaying, rebuilt) {
            let (report, problem) = try result.get()
            reports[record.groupID] = report
            if let problem { unreadable.append(problem) }
        }
        return (reports, unreadable)
    }

    /// Indexed articles read back and prepared with the facts stored for them.
    private struct StoredWindow {
        /// The rows, in row order.
        var articles: [StoredArticle]
        var window: PreparedWindow
        /// The rows whose stored facts did not decode (their facts were extracted again from the text).
        var unreadable: [UnreadableRecord]
        /// Those facts, encoded for the commit to store in place of the rows that did not decode.
        var refreshed: [NightCommit.RefreshedFacts]
    }

    /// The indexed articles with these row ids, in row order, prepared: SQLite reads them on a thread of its own, one
    /// core, while the chunks already read are prepared on the others.
    private func readStored(_ rowIDs: [Int64], store: IndexStore) throws -> StoredWindow {
        let feed = ChunkFeed<StoredArticle>(chunkSize: 2048)
        let reading = BackgroundTask {
            defer { feed.close() }
            try store.articles(rowIDs: rowIDs) { feed.append($0) }
        }
        var parts: [StoredWindow] = []
        while let chunk = feed.next() { parts.append(prepareStored(chunk)) }
        try reading.wait()
        return StoredWindow(
            articles: parts.flatMap(\.articles), window: PreparedWindow.joined(parts.map(\.window)),
            unreadable: parts.flatMap(\.unreadable), refreshed: parts.flatMap(\.refreshed))
    }

    /// Indexed articles read back, prepared with the facts stored for them.
    ///
    /// An article whose stored facts do not decode gets them extracted again from its text; it is named in
    /// `unreadable`, and its facts, encoded for the index, are in `refreshed` for the commit to store.
    private func prepareStored(_ stored: [StoredArticle]) -> StoredWindow {
        let decoded = ParallelMap.map(stored) { article -> Result<ArticleFacts, any Error>? in
            article.factsJSON.map { json in
                Result { try StoredFacts.facts(json: json) }
            }
        }
        let window = pipeline.prepareWindow(stored.map(\.article), knownFacts: decoded.map { try? $0?.get() })
        var unreadable: [UnreadableRecord] = []
        var refreshed: [NightCommit.RefreshedFacts] = []
        for (index, result) in decoded.enumerated() {
            guard case .failure(let error)? = result else { continue }
            let article = stored[index]
            unreadable.append(
                UnreadableRecord(
                    kind: .facts, subject: article.article.id, row: article.rowID, reason: String(describing: error)))
            if let json = try? StoredFacts.json(window.facts[index]) {
                refreshed.append(NightCommit.RefreshedFacts(rowID: article.rowID, factsJSON: json))
            }
        }
        return StoredWindow(articles: stored, window: window, unreadable: unreadable, refreshed: refreshed)
    }

    /// The identity of an article's content: a hash of its title and text (metadata and file name aside).
    public static func contentHash(of article: Article) -> UInt64 {
        Hash64.hash((article.title ?? "") + "\n" + article.text, seed: 0)
    }

    /// A group's id in reports: `s` and the index's group number, zero-padded, stable from night to night.
    static func reportID(_ id: Int64) -> String {
        let digits = String(id)
        return "s" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
