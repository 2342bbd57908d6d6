import Similarity
import TestSupport
import Testing
import TextCore

@Suite struct ShinglerTests {
    @Test func combinesTokenHashesInWindows() {
        let shingler = Shingler(size: 3)
        let tokens: [UInt64] = [11, 22, 33, 44]
        let p: UInt64 = 0x9E37_79B9_7F4A_7C15
        let expected = [(11 &* p &+ 22) &* p &+ 33, (22 &* p &+ 33) &* p &+ 44]
        #expect(shingler.shingles(tokenHashes: tokens) == expected)
        #expect(Shingler(size: 3).shingles(tokenHashes: [22, 11, 33]) != [expected[0]])
        var random = TestRandom(seed: 4)
        let long = (0..<500).map { _ in random.next() }
        #expect(Set(Shingler(size: 5).shingles(tokenHashes: long)).count == 496)
    }

    @Test func shortTextGivesOneShingleAndEmptyTextNone() {
        let shingler = Shingler(size: 5)
        #expect(shingler.shingles(tokenHashes: [1, 2]) == [1 &* 0x9E37_79B9_7F4A_7C15 &+ 2])
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
