import CrossCheckModel
import Testing

/// The counts a run prints take the noun in the right number.
@Suite("Counted nouns")
struct CountedNounTests {
    @Test func oneIsSingularAndEveryOtherCountPlural() {
        #expect(CountedNoun.phrase(1, "article") == "1 article")
        #expect(CountedNoun.phrase(0, "group") == "0 groups")
        #expect(CountedNoun.phrase(29_257, "group") == "29257 groups")
        #expect(CountedNoun.phrase(1, "copy", plural: "copies") == "1 copy")
        #expect(CountedNoun.phrase(3, "copy", plural: "copies") == "3 copies")
    }
}
