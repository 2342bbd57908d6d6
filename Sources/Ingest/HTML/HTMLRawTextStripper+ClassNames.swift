extension HTMLRawTextStripper {
    /// Cuts the class names that say nothing to extraction out of `class` values, before libxml2 copies them.
    ///
    /// Class values are most of the attribute bytes left once unread attributes are cut (`col-md-6 m-page
    /// mm-component-stack--is-stacked`), and libxml2 copies them character by character. A value's `ClassEvidence`
    /// is the union of what each of its names says (`HTMLPruning.features(ofName:)`), so a name with no feature can go
    /// without changing the evidence; names that mark a publication date for the metadata walk (`publish`, `created`)
    /// stay, as do names holding `&` (libxml2 decodes entities, this test reads bytes). A page repeats its names
    /// thousands of times: each distinct name is judged once per page.
    ///
    ///     // class="col-md-6 related-posts" is read as class="related-posts"
    struct ClassNameFilter {
        private struct Entry {
            var hash: UInt64
            var start: Int
            var end: Int
            var keeps: Bool
        }

        private var entries: [Entry] = []
        /// Entry index + 1 per slot, 0 when free; the count is a power of two.
        private var slots = [Int32](repeating: 0, count: 1024)
        private var scratch = HTMLPruning.ClassNameScratch()
        private var lowered: [UInt8] = []

        /// Adds to `cuts` each name of the value `start..<end` that says nothing, with the blanks after it.
        mutating func cutUninformative(
            _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, cuts: inout [Range<Int>]
        ) {
            var index = start
            while index < end {
                guard !HTMLPruning.isNameSeparator(bytes[index]) else {
                    index += 1
                    continue
                }
                let nameStart = index
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                while index < end, !HTMLPruning.isNameSeparator(bytes[index]) {
                    hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
                    index += 1
                }
                let nameEnd = index
                while index < end, HTMLPruning.isNameSeparator(bytes[index]) { index += 1 }
                if !keeps(bytes, nameStart, nameEnd, hash) { cuts.append(nameStart..<index) }
            }
        }

        private mutating func keeps(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ hash: UInt64)
            -> Bool
        {
            let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash,
                    ByteWordSet.equal(UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.end]), name)
                {
                    return entry.keeps
                }
                slot = (slot + 1) & mask
            }
            let keeps = judge(name)
            entries.append(Entry(hash: hash, start: start, end: end, keeps: keeps))
            slots[slot] = Int32(entries.count)
            if entries.count * 2 > slots.count { grow() }
            return keeps
        }

        private mutating func judge(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
            if name.contains(0x26) { return true }  // "&"
            lowered.removeAll(keepingCapacity: true)
            for byte in name { lowered.append(HTMLText.lower(byte)) }
            return lowered.withUnsafeBufferPointer { lower in
                if HTMLText.containsLowercased(lower, ClassNameFilter.publish)
                    || HTMLText.containsLowercased(lower, ClassNameFilter.created)
                {
                    return true
                }
                return !HTMLPruning.features(ofName: name, lowered: lower, scratch: &scratch).isEmpty
            }
        }

        private static let publish = Array("publish".utf8)
        private static let created = Array("created".utf8)

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
}
