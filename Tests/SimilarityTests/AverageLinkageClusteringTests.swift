import Similarity
import TestSupport
import Testing

@Suite struct AverageLinkageClusteringTests {
    @Test func chainDoesNotMergeUnrelatedEnds() {
        let clusters = AverageLinkageClustering(threshold: 0.5).clusters(count: 3, edges: [(0, 1, 0.9), (1, 2, 0.9)])
        #expect(clusters.map(\.members) == [[0, 1], [2]])
        #expect(clusters[0].minPairwiseSimilarity == 0.9)
        #expect(clusters[1].averageSimilarity == 1)
    }

    @Test func twoTightGroupsStayApartDespiteOneLoosePair() {
        let edges: [(Int, Int, Double)] = [
            (0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.85),
            (3, 4, 0.9), (3, 5, 0.7), (4, 5, 0.75),
            (2, 3, 0.6),  // single linkage would chain the groups through this pair
        ]
        let clusters = AverageLinkageClustering(threshold: 0.5).clusters(count: 7, edges: edges)
        #expect(clusters.map(\.members) == [[0, 1, 2], [3, 4, 5], [6]])
        #expect(clusters[0].minPairwiseSimilarity == 0.8)
        #expect(abs(clusters[0].averageSimilarity - 0.85) < 1e-12)
    }

    @Test func missingPairsLowerCohesionToZero() {
        // {0,1,2} is dense; 3 links to all three at 0.9 except none to 2: average 0.6 ≥ 0.5, so 3 joins.
        let edges: [(Int, Int, Double)] = [(0, 1, 0.9), (0, 2, 0.9), (1, 2, 0.9), (0, 3, 0.9), (1, 3, 0.9)]
        let clusters = AverageLinkageClustering(threshold: 0.5).clusters(count: 4, edges: edges)
        #expect(clusters.map(\.members) == [[0, 1, 2, 3]])
        #expect(clusters[0].minPairwiseSimilarity == 0)
        #expect(abs(clusters[0].averageSimilarity - 4.5 / 6) < 1e-12)
    }

    @Test func resultDoesNotDependOnEdgeOrder() {
        var random = TestRandom(seed: 9)
        let edges: [(Int, Int, Double)] = (0..<400).map { _ in
            (Int(random.next() % 120), Int(random.next() % 120), Double(random.next() % 1000) / 1000)
        }
        let clustering = AverageLinkageClustering(threshold: 0.4)
        let forward = clustering.clusters(count: 120, edges: edges)
        let backward = clustering.clusters(count: 120, edges: edges.reversed())
        #expect(forward == backward)
        #expect(forward.flatMap(\.members).sorted() == Array(0..<120))
        for cluster in forward where cluster.members.count > 1 { #expect(cluster.averageSimilarity >= 0.4) }
    }

    @Test func scalesToLargeSparseGraphs() {
        let count = 100_000
        var edges: [(Int, Int, Double)] = []
        for start in stride(from: 0, to: count - 2, by: 10) {
            edges.append((start, start + 1, 0.9))
            edges.append((start + 1, start + 2, 0.8))
            edges.append((start, start + 2, 0.7))
        }
        let clusters = AverageLinkageClustering(threshold: 0.5).clusters(count: count, edges: edges)
        #expect(clusters.count == count - 2 * (count / 10))
        #expect(clusters[0].members == [0, 1, 2])
        #expect(clusters[0].minPairwiseSimilarity == 0.7)
    }
}
