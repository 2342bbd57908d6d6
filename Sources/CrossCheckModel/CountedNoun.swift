/// A count with its noun in the right number, for the lines a run prints: "1 article", "2 articles".
///
/// A nightly job's log is read every morning; "1 articles" and "1 inputs" looked careless there, and a count of one
/// is common (one file given by name, one article pruned, a group of one).
///
///     CountedNoun.phrase(1, "article")                    // "1 article"
///     CountedNoun.phrase(3, "copy", plural: "copies")     // "3 copies"
public enum CountedNoun {
    public static func phrase(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
