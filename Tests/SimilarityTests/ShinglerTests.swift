import Similarity
import Testing
import TextCore

@Suite struct ShinglerTests {
    @Test func combinesTokenHashesInWindows() {
        let shingler = Shingler(size: 3)
        let tokens: [UInt64] = [11, 22, 33, 44]
        let expected = [
            Hash64.combine(Hash64.combine(11, 22), 33), Hash64.combine(Hash64.combine(22, 33), 44),
        ]
        #expect(shingler.shingles(tokenHashes: tokens) == expected)
    }

    @Test func shortTextGivesOneShingleAndEmptyTextNone() {
        let shingler = Shingler(size: 5)
        #expect(shingler.shingles(tokenHashes: [1, 2]) == [Hash64.combine(1, 2)])
        #expect(shingler.shingles(tokenHashes: [7]) == [7])
        #expect(shingler.shingles(in: "").isEmpty)
        #expect(shingler.shingles(in: " ، . ").isEmpty)
        #expect(shingler.shingles(in: "غزة").count == 1)
    }

    @Test func normalisedSpellingsGiveTheSameShingles() {
        let shingler = Shingler(size: 3)
        let plain = "قال وزير الخارجية الأمريكي أنتوني بلينكن"
        let diacritised = "قالَ وزيرُ الخارجيّةِ الأمريكيّ أَنْتُونِي بْلِينْكِن"
        #expect(shingler.shingles(in: plain) == shingler.shingles(in: diacritised))
        #expect(shingler.shingles(in: plain).count == 4)
    }

    @Test func contentWordsOnlyDropsStopWords() {
        let all = Shingler(size: 1).shingles(in: "the minister said that the talks in Rabat ended")
        let content = Shingler(size: 1, contentWordsOnly: true).shingles(
            in: "the minister said that the talks in Rabat ended")
        #expect(content.count == 4)
        #expect(all.count == 9)
    }
}
