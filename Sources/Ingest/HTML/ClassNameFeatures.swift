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
    /// Made on the first name, so that a page without class names allocates nothing.
    private var slots: ByteKeySlots?
    private var scratch = HTMLPruning.ClassNameScratch()
    private var lowered: [UInt8] = []

    var isEmpty: Bool { entries.isEmpty }

    static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 { ByteKeySlots.hash(name) }

    /// The features of a name already judged on this page, or nil.
    func cached(_ name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> HTMLPruning.NameFeatures? {
        guard let slots, let entry = probe(slots, name, hash: hash).entry else { return nil }
        return entries[entry].features
    }

    private func probe(_ slots: ByteKeySlots, _ name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (
        slot: Int, entry: Int?
    ) {
        storage.withUnsafeBufferPointer { storage in
            slots.probe(hash: hash) { index in
                let entry = entries[index]
                return entry.hash == hash
                    && ByteWordSet.equal(UnsafeBufferPointer(rebasing: storage[entry.start..<entry.end]), name)
            }
        }
    }

    /// The features of a name (`hash` is `hash(name)`), and whether the stripper keeps it; judged on first sight.
    mutating func look(_ name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (
        features: HTMLPruning.NameFeatures, kept: Bool
    ) {
        var slots = self.slots ?? ByteKeySlots(count: 1024)
        let (slot, found) = probe(slots, name, hash: hash)
        if let found { return (entries[found].features, entries[found].kept) }
        let judged = judge(name)
        let start = storage.count
        storage.append(contentsOf: name)
        entries.append(Entry(hash: hash, start: start, end: storage.count, features: judged.0, kept: judged.1))
        self.slots = nil  // the local copy is then the only one, and inserting does not copy the slots
        slots.insert(entries.count - 1, at: slot) { entries[$0].hash }
        self.slots = slots
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
}
