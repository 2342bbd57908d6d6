import Similarity
import Testing

@Suite struct ShingleSetTests {
    @Test func sortsAndDeduplicates() {
        #expect(ShingleSet([5, 1, 5, 3, 1]).hashes == [1, 3, 5])
        #expect(ShingleSet([]).isEmpty)
    }

    @Test func exactJaccardAndContainment() {
        let wire = ShingleSet([1, 2, 3])
        let article = ShingleSet([1, 2, 3, 4, 5, 6])
        #expect(wire.jaccard(article) == 0.5)
        #expect(article.jaccard(wire) == 0.5)
        #expect(wire.containment(in: article) == 1)
        #expect(article.containment(in: wire) == 0.5)
        #expect(ShingleSet([1, 2]).jaccard(ShingleSet([3, 4])) == 0)
    }

    @Test func emptySetsAreNotSimilar() {
        #expect(ShingleSet([]).jaccard(ShingleSet([])) == 0)
        #expect(ShingleSet([]).containment(in: ShingleSet([1])) == 0)
    }
}

@Suite struct ContainmentOnTextTests {
    /// A wire story pasted inside a longer article: low Jaccard, full containment.
    @Test func wireCopyInsideLongerArticle() {
        let wire = "قالت وزارة الصحة في غزة إن حصيلة القتلى ارتفعت إلى 2500 شخص منذ بدء الهجوم يوم السبت الماضي"
        let article =
            "في تطور جديد للأحداث، " + wire
            + "، وأضاف المتحدث باسم الوزارة أن المستشفيات تعاني نقصا حادا في الوقود والأدوية والمستلزمات الطبية، "
            + "فيما دعت منظمات دولية إلى فتح ممرات إنسانية عاجلة لإدخال المساعدات إلى القطاع المحاصر منذ سنوات"
        let shingler = Shingler(size: 3)
        let wireSet = shingler.shingleSet(in: wire)
        let articleSet = shingler.shingleSet(in: article)
        #expect(wireSet.containment(in: articleSet) == 1)
        #expect(wireSet.jaccard(articleSet) < 0.5)
        #expect(articleSet.containment(in: wireSet) < 0.5)
    }
}
