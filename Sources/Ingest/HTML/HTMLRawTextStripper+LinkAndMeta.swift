extension HTMLRawTextStripper {
    /// The `href` of a `<link>`: read only from the canonical link, so cut from the others (icons, preloads, style
    /// sheets) once the tag has shown its `rel`. Kept whenever in doubt: no quoted `rel`, a name in capitals, a
    /// value without quotes, or two `href`s.
    struct LinkHref {
        var href = DeferredCut()
        var sawRel = false
        var canonical = false
        var doubtful = false

        mutating func read(
            _ name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, attribute: Range<Int>,
            cutsSoFar: Int
        ) {
            if HTMLText.equalsLowercased(name, HTMLRawTextStripper.hrefName) {
                href.note(attribute, cutsSoFar: cutsSoFar)
            } else if HTMLText.equalsLowercased(name, HTMLRawTextStripper.relName), !sawRel {
                sawRel = true
                canonical = HTMLText.containsLowercased(value, HTMLRawTextStripper.canonicalWord)
            }
        }

        func cutUnlessCanonical(_ cuts: inout [Range<Int>]) {
            guard !doubtful, sawRel, !canonical else { return }
            href.insert(into: &cuts)
        }
    }

    /// The one attribute value a tag may lose, with where its cut goes among the tag's cuts; a second attribute of
    /// the same name makes it doubtful, and nothing is cut.
    struct DeferredCut {
        private var attribute: Range<Int>?
        private var cutIndex = 0
        private var seen = 0

        mutating func note(_ attribute: Range<Int>, cutsSoFar: Int) {
            seen += 1
            (self.attribute, cutIndex) = (attribute, cutsSoFar)
        }

        func insert(into cuts: inout [Range<Int>]) {
            guard seen == 1, let attribute else { return }
            cuts.insert(attribute, at: cutIndex)
        }
    }

    /// The `content` of a `<meta>`: read only under the keys of `HTMLPageMetadata.readMetaNames`, so cut from the
    /// others (viewport, verification codes, descriptions) once the tag has shown its key (`property`, else `name`,
    /// `itemprop`, `http-equiv`, as the metadata walk picks it). Kept whenever in doubt: a name in capitals, a value
    /// without quotes, a key with `&` or beyond ASCII, two `content`s.
    struct MetaContent {
        var content = DeferredCut()
        /// The first value of `property`, `name`, `itemprop`, `http-equiv` (no array: this is made for every tag).
        var property: UnsafeBufferPointer<UInt8>?
        var name: UnsafeBufferPointer<UInt8>?
        var itemprop: UnsafeBufferPointer<UInt8>?
        var httpEquiv: UnsafeBufferPointer<UInt8>?
        var doubtful = false

        mutating func read(
            _ name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, attribute: Range<Int>,
            cutsSoFar: Int
        ) {
            if HTMLText.equalsLowercased(name, HTMLRawTextStripper.contentName) {
                content.note(attribute, cutsSoFar: cutsSoFar)
                return
            }
            if property == nil, HTMLText.equalsLowercased(name, HTMLRawTextStripper.propertyName) {
                property = value
            } else if self.name == nil, HTMLText.equalsLowercased(name, HTMLRawTextStripper.nameName) {
                self.name = value
            } else if itemprop == nil, HTMLText.equalsLowercased(name, HTMLRawTextStripper.itempropName) {
                itemprop = value
            } else if httpEquiv == nil, HTMLText.equalsLowercased(name, HTMLRawTextStripper.httpEquivName) {
                httpEquiv = value
            }
        }

        func cutUnlessRead(_ cuts: inout [Range<Int>]) {
            guard !doubtful else { return }
            if let key = property ?? name ?? itemprop ?? httpEquiv {
                if key.contains(where: { $0 >= 0x80 || $0 == 0x26 }) { return }
                var lowered = [UInt8](key)
                for index in lowered.indices { lowered[index] = HTMLText.lower(lowered[index]) }
                if lowered.withUnsafeBufferPointer({ HTMLRawTextStripper.readMetaNames.contains($0) }) { return }
            }
            content.insert(into: &cuts)
        }
    }

    static let metaName: [UInt8] = Array("meta".utf8)
    static let contentName: [UInt8] = Array("content".utf8)
    static let propertyName: [UInt8] = Array("property".utf8)
    static let nameName: [UInt8] = Array("name".utf8)
    static let itempropName: [UInt8] = Array("itemprop".utf8)
    static let httpEquivName: [UInt8] = Array("http-equiv".utf8)
    static let readMetaNames = ByteWordSet(HTMLPageMetadata.readMetaNames)
    static let relName: [UInt8] = Array("rel".utf8)
    static let canonicalWord: [UInt8] = Array("canonical".utf8)
}
