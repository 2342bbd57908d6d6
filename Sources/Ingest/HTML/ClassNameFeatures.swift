/// What each distinct class name of one page says (`HTMLPruning.NameFeatures`), worked out once for the page.
///
/// The stripper judges every class name before libxml2 reads the page (to cut the names that say nothing), and the
/// class evidence of the page's elements is the union of its names' features: handing the stripper's answers on to
/// `ClassEvidence.Cache` spares it reading the same names again. The table is keyed by the name's bytes (an FNV-1a
/// hash and a byte comparison), and a name's features depend on its bytes alone, so an answer found here is the one
/// `HTMLPruning.features(ofName:)` would give, whoever asked first.
///
///     var names = ClassNameFeatures()
///     names.look(name, hash: ClassNameFeatures.hash(name)).kept  // false for "col-md-6"
///     names.cached(name, hash: ClassNameFeatures.hash(name))      // [] (judged, says nothing)
struct ClassNameFeatures {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var end: Int
        var features: HTMLPruning.NameFeatures
        /// The stripper keeps the name in the page (it has features, or marks a date for the `<time>` rule).
        var kept: Bool
    }

    /// The names' bytes, one after the other.
    private var storage: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry index + 1 per slot, 0 when free; the count is a power of two.
    private var slots: [Int32] = []
    private var scratch = HTMLPruning.ClassNameScratch()
    private var lowered: [UInt8] = []

    var isEmpty: Bool { entries.isEmpty }

    static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The features of a name already judged on this page, or nil.
    func cached(_ name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> HTMLPruning.NameFeatures? {
        guard !entries.isEmpty, let entry = probe(name, hash: hash).entry else { return nil }
        return entries[entry].features
    }

    /// Where `name` is in the table: its entry, or the free slot where it would go.
    private func probe(_ name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            let entry = entries[index]
            if entry.hash == hash,
                storage.withUnsafeBufferPointer({
                    ByteWordSet.equal(UnsafeBufferPointer(rebasing: $0[entry.start..<entry.end]), name)
                })
            {
                return (slot, index)
            }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// The features of a name (`hash` is `hash(name)`), and whether the stripper keeps it; judged on first sight.
    mutating func look(_ name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (
        features: HTMLPruning.NameFeatures, kept: Bool
    ) {
        if slots.isEmpty { slots = [Int32](repeating: 0, count: 1024) }
        let (slot, found) = probe(name, hash: hash)
        if let found { return (entries[found].features, entries[found].kept) }
        let judged = judge(name)
        let start = storage.count
        storage.append(contentsOf: name)
        entries.append(Entry(hash: hash, start: start, end: storage.count, features: judged.0, kept: judged.1))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return judged
    }

    private mutating func judge(_ name: UnsafeBufferPointer<UInt8>) -> (HTMLPruning.NameFeatures, Bool) {
        lowered.removeAll(keepingCapacity: true)
        lowered.append(contentsOf: name)
        lowered.withUnsafeMutableBufferPointer { lower in
            for index in lower.indices { lower[index] = HTMLText.lower(lower[index]) }
        }
        return lowered.withUnsafeBufferPointer { lower in
            let features = HTMLPruning.features(ofName: name, lowered: lower, scratch: &scratch)
            // Names holding "&" stay: libxml2 decodes entities, and the page's reading must see the same name.
            // ("publish" is a dateline word: such a name has a feature already.)
            let kept = !features.isEmpty || name.contains(0x26) || ClassNameFeatures.created.occursIn(lower)
            return (features, kept)
        }
    }

    private static let created = ByteWordSet.prefixes(["created"])

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
