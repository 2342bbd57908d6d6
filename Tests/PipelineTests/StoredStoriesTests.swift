import Testing

@testable import Pipeline

/// Merges of stored groups are weighed on the stories as they stand, so that links do not chain stories unchecked.
@Suite("Stored stories")
struct StoredStoriesTests {
    @Test func aLaterMergeIsWeighedAgainstTheWholeStoryAndRefusalsLeaveGroupsApart() {
        let sizes: [Int64: Int] = [7: 3, 8: 2, 9: 4, 10: 1]
        var stories = StoredStories(size: { sizes[$0] ?? 1 })
        var offers: [([Int64], Int, [Int64], Int)] = []
        stories.merge(8, into: 7) { taken, takenSize, offered, offeredSize in
            offers.append((taken, takenSize, offered, offeredSize))
            return true
        }
        // A later cluster reaching 8 and 9 offers 9 to the story of 8, which is 7's now: all of it is weighed.
        stories.merge(9, into: 8) { taken, takenSize, offered, offeredSize in
            offers.append((taken, takenSize, offered, offeredSize))
            return false
        }
        #expect(offers.map(\.0) == [[7], [7, 8]])
        #expect(offers.map(\.1) == [3, 5])
        #expect(offers.map(\.2) == [[8], [9]])
        #expect(offers.map(\.3) == [2, 4])
        #expect(stories.root(of: 8) == 7)
        #expect(stories.root(of: 9) == 9, "a refused merge leaves the group its own story")
        // Groups already in one story are not offered again.
        var asked = false
        stories.merge(7, into: 8) { _, _, _, _ in
            asked = true
            return true
        }
        #expect(!asked)
        stories.merge(10, into: 9) { _, _, _, _ in true }
        #expect(stories.merged() == [8: 7, 10: 9])
    }
}
