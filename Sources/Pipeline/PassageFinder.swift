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

    /// One member's text and its tokens (hashes and offsets).
    private struct Member {
        var article: Article
        var tokens: TokenSpans
    }

    /// - Parameter firstNew: when given, only the passages that one of `articles[firstNew...]` shares are reported
    ///   (a night's new articles; the containment figures still count every passage).
    func passages(in articles: [Article], involving firstNew: Int? = nil) -> CopiedPassages {
        guard articles.count > 1 else { return CopiedPassages() }
        let members = articles.map { Member(article: $0, tokens: TokenSpans(text: $0.text, seed: 0x5eed)) }
        // Gram key of each start position.
        var keys: [[UInt64]] = []
        for member in members {
            var row: [UInt64] = []
            let hashes = member.tokens.hashes
            if hashes.count >= minimumWords {
                row.reserveCapacity(hashes.count - minimumWords + 1)
                for start in 0...(hashes.count - minimumWords) {
                    var key = hashes[start]
                    for offset in 1..<minimumWords { key = Hash64.combine(key, hashes[start + offset]) }
                    row.append(key)
                }
            }
            keys.append(row)
        }
        // The grams two or more members have, marked where each member has them. Most groups share nothing.
        var owners = GramOwners(expected: keys.reduce(0) { $0 + $1.count })
        for (index, row) in keys.enumerated() {
            for key in row { owners.add(key, member: Int32(index)) }
        }
        // Per member and start position, the gram's slot in `owners` when another member has it too, else -1.
        var anyShared = false
        let sharedSlots = keys.map { row in
            row.map { key in
                let slot = owners.sharedSlot(key)
                anyShared = anyShared || slot >= 0
                return slot
            }
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
        guard anyShared else { return CopiedPassages(passages: [], containment: containment { _ in 0 }) }
        // Consecutive shared grams in any member belong to one passage: union–find over the grams' slots, in flat
        // arrays. (A dictionary per gram and per member, hashed with SipHash, was a quarter of the finder's time in a
        // night whose groups hold the stories' earlier articles.)
        var parent = [Int32](repeating: -1, count: owners.capacity)
        func find(_ slot: Int32) -> Int32 {
            var current = Int(slot)
            while parent[current] != Int32(current) {
                let grand = parent[Int(parent[current])]
                parent[current] = grand
                current = Int(grand)
            }
            return Int32(current)
        }
        for row in sharedSlots {
            for position in row.indices where row[position] >= 0 {
                let slot = Int(row[position])
                if parent[slot] < 0 { parent[slot] = Int32(slot) }
                if position > 0, row[position - 1] >= 0 {
                    let (a, b) = (find(row[position - 1]), find(row[position]))
                    if a != b { parent[Int(b)] = a }
                }
            }
        }
        // Each passage (a set of joined grams) gets a number in the order first met; its (member, position) entries
        // are filed by a counting sort, members ascending and positions ascending within each, as they are met.
        var passageOf = [Int32](repeating: -1, count: owners.capacity)
        var sizes: [Int32] = []
        var covered = members.map { [Bool](repeating: false, count: $0.tokens.count) }
        let numbered = sharedSlots.enumerated().map { index, row in
            row.indices.map { position -> Int32 in
                guard row[position] >= 0 else { return -1 }
                let root = Int(find(row[position]))
                if passageOf[root] < 0 {
                    passageOf[root] = Int32(sizes.count)
                    sizes.append(0)
                }
                let passage = passageOf[root]
                sizes[Int(passage)] += 1
                for word in position..<(position + minimumWords) { covered[index][word] = true }
                return passage
            }
        }
        var starts = [Int](repeating: 0, count: sizes.count + 1)
        for (passage, size) in sizes.enumerated() { starts[passage + 1] = starts[passage] + Int(size) }
        var next = starts
        var entries = [(member: Int32, position: Int32)](repeating: (0, 0), count: starts[sizes.count])
        for (index, row) in numbered.enumerated() {
            for (position, passage) in row.enumerated() where passage >= 0 {
                entries[next[Int(passage)]] = (Int32(index), Int32(position))
                next[Int(passage)] += 1
            }
        }
        // The UTF-8 offset of each scalar of a member's text, made once for a member that has a passage: the spans
        // are counted in scalars, and walking a text's scalars to each span's start (`index(_:offsetBy:)`) was a
        // fifth of the reports' time for a night whose groups hold the stories' earlier articles too.
        var byteOffsets = [[Int32]?](repeating: nil, count: members.count)
        func span(_ index: Int, from first: Int, to last: Int) -> (start: Int, end: Int, text: String) {
            let start = members[index].tokens.starts[first]
            let end = members[index].tokens.ends[last]
            var text = members[index].article.text
            let offsets = byteOffsets[index] ?? Self.scalarOffsets(in: &text)
            byteOffsets[index] = offsets
            let slice = text.withUTF8 { utf8 in
                String(
                    decoding: UnsafeBufferPointer(rebasing: utf8[Int(offsets[start])..<Int(offsets[end])]),
                    as: UTF8.self)
            }
            return (start, end, slice)
        }
        var passages: [CopiedPassage] = []
        // Per passage: its word count, the member it is shown from and where; the order sorts these, not the passages.
        var sortKeys: [(words: Int, member: Int, start: Int)] = []
        for passage in sizes.indices {
            // Filed by member, ascending: two or more members when the first and last differ, and a new member
            // among them when the last is one.
            let filed = entries[starts[passage]..<starts[passage + 1]]
            guard let first = filed.first, let last = filed.last, first.member != last.member else { continue }
            if let firstNew, Int(last.member) < firstNew { continue }
            // The members having it, ascending, each with its positions (ascending).
            var having: [Int] = []
            var runs: [(first: Int, last: Int)] = []
            var copies: [PassageCopy] = []
            var from = filed.startIndex
            while from < filed.endIndex {
                let member = filed[from].member
                var to = from
                while to < filed.endIndex && filed[to].member == member { to += 1 }
                let index = Int(member)
                let run = Self.longestRun(filed[from..<to].lazy.map { Int($0.position) })
                let last = run.last + minimumWords - 1
                let span = span(index, from: run.first, to: last)
                having.append(index)
                runs.append((run.first, last))
                copies.append(
                    PassageCopy(articleID: members[index].article.id, start: span.start, end: span.end, text: span.text)
                )
                from = to
            }
            let origin = Self.origin(among: having.map { members[$0].article })
            let shown = having.firstIndex { members[$0].article.id == origin } ?? 0
            let run = runs[shown]
            passages.append(
                CopiedPassage(
                    text: copies[shown].text, wordCount: run.last - run.first + 1, origin: origin, copies: copies))
            sortKeys.append((run.last - run.first + 1, having[shown], run.first))
        }
        // Longest first, then by member and position.
        let order = passages.indices.sorted { a, b in
            let (x, y) = (sortKeys[a], sortKeys[b])
            return (x.words, -x.member, -x.start) > (y.words, -y.member, -y.start)
        }
        return CopiedPassages(
            passages: order.map { passages[$0] },
            containment: containment { index in
                var count = 0
                for word in covered[index] where word { count += 1 }
                return count
            })
    }

    /// The UTF-8 offset of each Unicode scalar of `text`, and the text's length in bytes after them.
    static func scalarOffsets(in text: inout String) -> [Int32] {
        text.withUTF8 { utf8 in
            var offsets: [Int32] = []
            offsets.reserveCapacity(utf8.count + 1)
            for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(Int32(offset)) }
            offsets.append(Int32(utf8.count))
            return offsets
        }
    }

    /// The longest run of consecutive positions (the first of equally long ones), so that a passage a member repeats
    /// far apart is shown once rather than as one span over everything between.
    static func longestRun(_ positions: some Collection<Int>) -> (first: Int, last: Int) {
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
