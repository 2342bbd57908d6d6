import CrossCheckModel
import Reports
import TextCore

/// Finds the passages that members of a group share word for word, and who published each first.
///
/// Two members share a passage when they have a run of at least `minimumWords` identical normalised words (so
/// diacritics, tatweel and punctuation do not hide a copy). Overlapping shared runs are joined into one maximal
/// passage, and a passage found in several members is reported once with every member's span: an agency story
/// reprinted by five sites is one origin and five copies, not ten pairs.
///
///     PassageFinder().passages(in: [agency, reprintA, reprintB])  // one passage, origin: agency's id
struct PassageFinder: Sendable {
    /// Eight words: long enough that a shared run is a copy, not a stock phrase ("said in a statement on").
    var minimumWords = 8

    /// One member's text, its tokens and the hash of each token.
    private struct Member {
        var article: Article
        var tokens: [Token]
        var hashes: [UInt64]
    }

    /// - Parameter firstNew: when given, only the passages that one of `articles[firstNew...]` shares are reported
    ///   (a night's new articles; the containment figures still count every passage).
    func passages(in articles: [Article], involving firstNew: Int? = nil) -> CopiedPassages {
        guard articles.count > 1 else { return CopiedPassages() }
        let members = articles.map { article in
            let tokens = Tokenizer.tokens(in: article.text)
            return Member(article: article, tokens: tokens, hashes: tokens.map { Hash64.hash($0.text, seed: 0x5eed) })
        }
        // Gram key of each start position.
        var keys: [[UInt64]] = []
        var owned: [(key: UInt64, member: Int32)] = []
        for (index, member) in members.enumerated() {
            var row: [UInt64] = []
            if member.hashes.count >= minimumWords {
                for start in 0...(member.hashes.count - minimumWords) {
                    var key = member.hashes[start]
                    for offset in 1..<minimumWords { key = Hash64.combine(key, member.hashes[start + offset]) }
                    row.append(key)
                    owned.append((key, Int32(index)))
                }
            }
            keys.append(row)
        }
        // The grams two or more members have: one sort of every (gram, member), where a set of members per gram
        // cost an allocation for each of a group's words, and most groups share nothing.
        owned.sort { $0.key != $1.key ? $0.key < $1.key : $0.member < $1.member }
        var shared = Set<UInt64>()
        var run = 0
        while run < owned.count {
            var end = run + 1
            var distinct = false
            while end < owned.count && owned[end].key == owned[run].key {
                if owned[end].member != owned[run].member { distinct = true }
                end += 1
            }
            if distinct { shared.insert(owned[run].key) }
            run = end
        }
        // Each member's share of words inside shared passages, given how many of its words are.
        func containment(_ inPassages: (Int) -> Int) -> [PassageContainment] {
            members.enumerated().map { index, member in
                let words = member.tokens.count
                return PassageContainment(
                    articleID: member.article.id,
                    containment: words == 0 ? 0 : Double(inPassages(index)) / Double(words),
                    words: words)
            }
        }
        guard !shared.isEmpty else { return CopiedPassages(passages: [], containment: containment { _ in 0 }) }
        // Consecutive shared grams in any member belong to one passage.
        var sets = DisjointSets<UInt64>()
        for row in keys {
            for position in row.indices where shared.contains(row[position]) {
                sets.add(row[position])
                if position > 0, shared.contains(row[position - 1]) { sets.union(row[position - 1], row[position]) }
            }
        }
        var covered = members.map { [Bool](repeating: false, count: $0.tokens.count) }
        // passage root → member → shared gram positions, in order.
        var positions: [UInt64: [Int: [Int]]] = [:]
        for (index, row) in keys.enumerated() {
            for position in row.indices where shared.contains(row[position]) {
                positions[sets.find(row[position]), default: [:]][index, default: []].append(position)
                for word in position..<(position + minimumWords) { covered[index][word] = true }
            }
        }
        // Each member's scalars, made only for the members a passage is shown from.
        var scalars: [Int: [Unicode.Scalar]] = [:]
        func span(_ index: Int, from first: Int, to last: Int) -> (start: Int, end: Int, text: String) {
            let start = members[index].tokens[first].start
            let end = members[index].tokens[last].end
            if scalars[index] == nil { scalars[index] = Array(members[index].article.text.unicodeScalars) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[index]![start..<end])
            return (start, end, String(view))
        }
        var passages: [(passage: CopiedPassage, member: Int, start: Int)] = []
        for byMember in positions.values where byMember.count > 1 {
            if let firstNew, !byMember.keys.contains(where: { $0 >= firstNew }) { continue }
            var copies: [PassageCopy] = []
            var runs: [Int: (first: Int, last: Int)] = [:]
            for index in byMember.keys.sorted() {
                let run = Self.longestRun(byMember[index] ?? [])
                let last = run.last + minimumWords - 1
                runs[index] = (run.first, last)
                let span = span(index, from: run.first, to: last)
                copies.append(
                    PassageCopy(articleID: members[index].article.id, start: span.start, end: span.end, text: span.text)
                )
            }
            let having = byMember.keys.sorted()
            let origin = Self.origin(among: having.map { members[$0].article })
            let shown = having.first { members[$0].article.id == origin } ?? having[0]
            let run = runs[shown] ?? (0, 0)
            passages.append(
                (
                    CopiedPassage(
                        text: copies[having.firstIndex(of: shown) ?? 0].text, wordCount: run.last - run.first + 1,
                        origin: origin, copies: copies), shown, run.first
                ))
        }
        passages.sort {
            ($0.passage.wordCount, -$0.member, -$0.start) > ($1.passage.wordCount, -$1.member, -$1.start)
        }
        return CopiedPassages(
            passages: passages.map(\.passage), containment: containment { covered[$0].lazy.filter { $0 }.count })
    }

    /// The longest run of consecutive positions (the first of equally long ones), so that a passage a member repeats
    /// far apart is shown once rather than as one span over everything between.
    static func longestRun(_ positions: [Int]) -> (first: Int, last: Int) {
        guard var first = positions.first else { return (0, 0) }
        var best = (first: first, last: first)
        var last = first
        for position in positions.dropFirst() {
            if position == last + 1 {
                last = position
            } else {
                first = position
                last = position
            }
            if last - first > best.last - best.first { best = (first, last) }
        }
        return best
    }

    /// The one article published strictly before the others; nil when one is undated or the earliest day is shared.
    static func origin(among articles: [Article]) -> String? {
        let dated = articles.compactMap { article in article.published.map { (article.id, $0) } }
        guard dated.count == articles.count, let earliest = dated.map(\.1).min() else { return nil }
        let first = dated.filter { $0.1 == earliest }
        return first.count == 1 ? first[0].0 : nil
    }
}
