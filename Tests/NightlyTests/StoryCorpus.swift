import CrossCheckModel
import Foundation
import TestSupport

/// Synthetic stories for the nightly tests: each story has its own words and sentences, and its articles quote
/// some of them (as reports of one event quote the same statements), add filler and state a casualty figure.
///
/// Deterministic for a seed, so indexes built from it can be compared row by row.
struct StoryCorpus {
    private var random: TestRandom
    private let syllables = ["ka", "lo", "mi", "ra", "tu", "ve", "sa", "no", "di", "pe", "zo", "ba", "fe", "gi", "hu"]
    private var common: [String] = []

    init(seed: UInt64) {
        random = TestRandom(seed: seed)
        common = (0..<600).map { _ in word() }
    }

    private mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

    private mutating func word() -> String {
        (0..<(2 + below(3))).map { _ in syllables[below(syllables.count)] }.joined()
    }

    private mutating func sentence(_ vocabulary: [String]) -> String {
        let words = (0..<(9 + below(7))).map { _ in vocabulary[below(vocabulary.count)] }
        return words.joined(separator: " ").capitalized + "."
    }

    /// One story's sentences: ten of them over the story's own words mixed with common ones.
    mutating func storySentences() -> [String] {
        let vocabulary = (0..<40).map { _ in word() } + (0..<120).map { _ in common[below(common.count)] }
        return (0..<10).map { _ in sentence(vocabulary) }
    }

    /// An article quoting six of `sentences`, with three filler sentences and its casualty figure.
    mutating func article(
        id: String, sentences: [String], killed: Int, outlet: String, published: CivilDate,
        figure: (Int) -> String = { "At least \($0) people were killed in the attack, officials said." }
    ) -> Article {
        var chosen = sentences
        while chosen.count > 6 { chosen.remove(at: below(chosen.count)) }
        for _ in 0..<3 { chosen.insert(sentence(common), at: below(chosen.count + 1)) }
        chosen.insert(figure(killed), at: 1)
        return Article(
            id: id, title: sentences[0], text: chosen.joined(separator: " "), url: "https://example.org/\(id)",
            outlet: outlet, published: published, language: .english)
    }

    /// Writes articles as a JSONL input file.
    static func writeJSONL(_ articles: [Article], to path: String) throws {
        var lines = ""
        for article in articles {
            let object: [String: String] = [
                "id": article.id, "title": article.title ?? "", "text": article.text, "url": article.url ?? "",
                "outlet": article.outlet ?? "", "published": article.published?.iso ?? "", "language": "en",
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(lines.utf8).write(to: URL(fileURLWithPath: path))
    }
}
