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
        /// Every class name judged on the page, handed on to the page's tree for `ClassEvidence`.
        private(set) var names = ClassNameFeatures()

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
                let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
                if !names.look(name, hash: hash).kept { cuts.append(nameStart..<index) }
            }
        }
    }
}
