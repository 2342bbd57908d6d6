extension Collection {
    /// The first `limit` elements in the order `inOrder` gives, in that order: what sorting them all stably and taking
    /// a prefix gives, in one pass that mostly compares an element with the last one kept (a binary search places
    /// the others).
    ///
    /// Keywords are a few dozen of an article's hundreds of terms: an article's keywords for the batch's candidate
    /// search (``TermVector/heaviest(_:)``) and its keyword keys for the index (``Pipeline/keywordKeys(_:)``), where
    /// sorting every term was a third of the keys' time.
    func leading(_ limit: Int, by inOrder: (Element, Element) -> Bool) -> [Element] {
        var kept: [Element] = []
        guard limit > 0 else { return kept }
        kept.reserveCapacity(limit + 1)
        for element in self {
            if kept.count == limit, !inOrder(element, kept[limit - 1]) { continue }
            // After every kept element it is not before, so that equal ones keep their order.
            var low = 0
            var high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if inOrder(element, kept[middle]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(element, at: low)
            if kept.count > limit { kept.removeLast() }
        }
        return kept
    }
}
