import Foundation

/// Removes the bodies of `<script>` and `<style>` elements from a UTF-8 page before libxml2 reads it.
///
/// Scripts and styles are a third to a half of a modern page's bytes, and no reader looks at them (JSON-LD scripts
/// excepted), yet libxml2 decodes them character by character. Cutting them out first makes parsing about a third
/// faster and gives the same tree: libxml2 reads a script or style body as raw text up to the first `</script` or
/// `</style` (any case), and the builder drops that text anyway.
///
/// A body is cut only where libxml2 is certain to read it as raw text, by following the markup as libxml2's HTML
/// parser does: start tags with their quoted attribute values, end tags, comments and declarations. Whenever that is
/// in doubt the page is left as it is from there on: a start tag that does not end, a self-closed `<script/>`, a
/// body that starts with `</` (libxml2 reads that as an end tag first), a body holding a control character (libxml2
/// leaves raw-text mode there), or an unterminated comment. Start tags that mention `ld+json` keep their body (JSON-LD).
/// Runs of blanks between two tags are shrunk to one byte (`shrinkBlanks`): the builder makes such a text node one
/// space whatever its length.
///
///     HTMLRawTextStripper.strip(Array("<p>a</p><script>var x = 1;</script>".utf8))
///     // "<p>a</p><script></script>" as UTF-8
enum HTMLRawTextStripper {
    /// The page without script and style bodies, or nil when there was nothing to cut.
    static func strip(_ page: [UInt8]) -> [UInt8]? { page.withUnsafeBufferPointer { strip($0)?.page } }

    /// The page without script and style bodies and the class names judged on the way (for `ClassEvidence`), or nil
    /// when there was nothing to cut.
    static func strip(_ bytes: UnsafeBufferPointer<UInt8>) -> (page: [UInt8], classNames: ClassNameFeatures)? {
        // A NUL byte ends attribute values and raw text in libxml2: such a page is left alone.
        guard nextByte(0, in: bytes, from: 0) == nil else { return nil }
        var cuts: [Range<Int>] = []
        var classNames = ClassNameFilter()
        var index = 0
        let count = bytes.count
        scan: while index < count {
            guard let open = nextByte(0x3C, in: bytes, from: index) else { break }
            index = open + 1
            guard index < count else { break }
            let next = bytes[index]
            if next == 0x21 || next == 0x3F {  // "<!" or "<?"
                if next == 0x21, index + 2 < count, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x2D {
                    guard let end = find(commentClose, in: bytes, from: index + 3) else { break scan }
                    if cutsCommentBody(bytes, index + 3, end) { cuts.append(index + 3..<end) }
                    index = end + 3
                } else {
                    guard let end = nextByte(0x3E, in: bytes, from: index) else { break scan }
                    index = end + 1
                }
                continue
            }
            if next == 0x2F {  // "</name": an end tag runs to the next ">", whatever it holds.
                if index + 1 < count, isNameStart(bytes[index + 1]) {
                    guard let end = nextByte(0x3E, in: bytes, from: index) else { break scan }
                    index = end + 1
                    index = shrinkBlanks(bytes, from: index, cuts: &cuts)
                } else {
                    index += 1
                }
                continue
            }
            guard isLetter(next) else { continue }
            var nameEnd = index
            while nameEnd < count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let kind = rawTextKind(bytes, index, nameEnd)
            let tagName = UnsafeBufferPointer(rebasing: bytes[index..<nameEnd])
            let isLink = HTMLText.equalsLowercased(tagName, linkName)
            let isMeta = !isLink && HTMLText.equalsLowercased(tagName, metaName)
            let cutsBefore = cuts.count
            guard
                let tagEnd = startTagEnd(
                    bytes, from: nameEnd, keepsHref: isLink, isMeta: isMeta, cuts: &cuts, classNames: &classNames)
            else {
                cuts.removeSubrange(cutsBefore...)
                break scan
            }
            index = tagEnd.end
            guard let kind, !tagEnd.selfClosed else {
                if kind == nil, !keepsLeadingNewline(UnsafeBufferPointer(rebasing: bytes[open + 1..<nameEnd])) {
                    index = shrinkBlanks(bytes, from: index, cuts: &cuts)
                }
                continue
            }
            let closing = kind == .script ? scriptClose : styleClose
            guard let bodyEnd = findCaseInsensitive(closing, in: bytes, from: index) else { break scan }
            if bodyEnd > index {
                // libxml2 reads a leading "</" as an end tag and a leading "<body" as closing the script, and
                // leaves raw text at a control character.
                if bytes[index] == 0x3C { break scan }
                if hasControlByte(bytes, index, bodyEnd) { break scan }
                // A JSON-LD body is read: it is kept, and stepped over as raw text (nothing inside is markup). Other
                // JSON (`application/json` page state) is never read, and is cut like code.
                if !(kind == .script && containsJSONLD(bytes, open, tagEnd.end)) { cuts.append(index..<bodyEnd) }
            }
            index = bodyEnd
        }
        guard !cuts.isEmpty else { return nil }
        // The kept pieces copied with memcpy into a buffer of the final size (an append per piece, a hundred thousand
        // per run, went through the generic element copy).
        let total = count - cuts.reduce(0) { $0 + $1.count }
        let result = [UInt8](unsafeUninitializedCapacity: total) { output, initialized in
            guard let source = bytes.baseAddress, let target = output.baseAddress else {
                initialized = 0
                return
            }
            var written = 0
            var start = 0
            for index in 0...cuts.count {
                let cut = index < cuts.count ? cuts[index] : count..<count
                let length = cut.lowerBound - start
                if length > 0 { memcpy(target + written, source + start, length) }
                written += length
                start = cut.upperBound
            }
            initialized = written
        }
        return (result, classNames.names)
    }

    /// Cuts a run of blanks that follows a tag down to its first byte when another tag follows the run.
    ///
    /// Indentation between tags is a tenth of a page's bytes once scripts are cut, and libxml2 reads it character by
    /// character into a text node that the builder turns into one space whatever its length. The run is shrunk only
    /// when a tag (`<` and a letter, or `</` and a name) comes right after it, so the text node stays blank and keeps
    /// its place. Returns where scanning goes on: the end of the run.
    private static func shrinkBlanks(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, cuts: inout [Range<Int>])
        -> Int
    {
        let count = bytes.count
        var end = start
        while end < count, isBlank(bytes[end]) { end += 1 }
        guard end - start >= 2, end + 2 < count, bytes[end] == 0x3C else { return end }
        let next = bytes[end + 1]
        guard isLetter(next) || (next == 0x2F && isNameStart(bytes[end + 2])) else { return end }
        cuts.append(start + 1..<end)
        return end
    }

    /// Elements whose first newline an HTML reader may drop: blanks after their start tag are left as they are.
    private static func keepsLeadingNewline(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        HTMLText.equalsLowercased(name, preName) || HTMLText.equalsLowercased(name, textareaName)
            || HTMLText.equalsLowercased(name, listingName)
    }

    private static let preName = Array("pre".utf8)
    private static let textareaName = Array("textarea".utf8)
    private static let listingName = Array("listing".utf8)

    private enum RawText {
        case script
        case style
    }

    private static let scriptName = Array("script".utf8)
    private static let styleName = Array("style".utf8)
    private static let jsonLD = Array("ld+json".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let bangClose = Array("--!>".utf8)

    /// A comment's text is never read (the builder only notes that a comment came): its body is cut when libxml2
    /// is certain to end the comment at the same "-->" (not abruptly closed by "<!-->" or "<!--->", not closed
    /// earlier by "--!>", no control byte inside).
    private static func cutsCommentBody(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end > start, bytes[start] != 0x3E, !(bytes[start] == 0x2D && start + 1 < end && bytes[start + 1] == 0x3E)
        else { return false }
        if find(bangClose, in: UnsafeBufferPointer(rebasing: bytes[start..<min(end + 3, bytes.count)]), from: 0) != nil
        {
            return false
        }
        return !hasControlByte(bytes, start, end)
    }
    private static let scriptClose = Array("</script".utf8)
    private static let styleClose = Array("</style".utf8)

    private static func rawTextKind(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> RawText? {
        let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if HTMLText.equalsLowercased(name, scriptName) { return .script }
        if HTMLText.equalsLowercased(name, styleName) { return .style }
        return nil
    }

    /// Where a start tag ends, read as libxml2's `htmlParseStartTag` does: attribute names, `=`, quoted or bare values,
    /// and anything else skipped up to a blank or `>`. Nil when the page ends first.
    ///
    /// Attributes with a quoted value that extraction never reads (`src`, `srcset`, `data-…`, `title`, `href` outside
    /// `<link>`) are added to `cuts`, name and value: they are most of a tag's bytes and half its attributes, and
    /// libxml2 copies each value character by character and looks each name up in its dictionary. The blank before
    /// the name stays, so the attribute that follows is read as before. `class` values lose the names that say nothing
    /// (`ClassNameFilter`).
    private static func startTagEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, keepsHref: Bool, isMeta: Bool, cuts: inout [Range<Int>],
        classNames: inout ClassNameFilter
    ) -> (end: Int, selfClosed: Bool)? {
        let count = bytes.count
        var index = start
        var link = LinkHref()
        var meta = MetaContent()
        while true {
            while index < count, isBlank(bytes[index]) { index += 1 }
            guard index < count else { return nil }
            let byte = bytes[index]
            if byte == 0x3E {
                if keepsHref { link.cutUnlessCanonical(&cuts) }
                if isMeta { meta.cutUnlessRead(&cuts) }
                return (index + 1, false)
            }
            if byte == 0x2F, index + 1 < count, bytes[index + 1] == 0x3E {
                if keepsHref { link.cutUnlessCanonical(&cuts) }
                if isMeta { meta.cutUnlessRead(&cuts) }
                return (index + 2, true)
            }
            if isNameStart(byte) {
                let nameStart = index
                while index < count, isNameByte(bytes[index]) { index += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<index])
                if keepsHref || isMeta, name.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                    link.doubtful = true
                    meta.doubtful = true
                }
                while index < count, isBlank(bytes[index]) { index += 1 }
                guard index < count else { return nil }
                guard bytes[index] == 0x3D else { continue }
                index += 1
                while index < count, isBlank(bytes[index]) { index += 1 }
                guard index < count else { return nil }
                let quote = bytes[index]
                if quote == 0x22 || quote == 0x27 {
                    guard let close = nextByte(quote, in: bytes, from: index + 1) else { return nil }
                    if !keepsValue(of: name, keepsHref: keepsHref) {
                        cuts.append(nameStart..<close + 1)
                    } else if HTMLText.equalsLowercased(name, className) {
                        classNames.cutUninformative(bytes, index + 1, close, cuts: &cuts)
                    } else if isMeta {
                        meta.read(
                            name, value: UnsafeBufferPointer(rebasing: bytes[index + 1..<close]),
                            attribute: nameStart..<close + 1, cutsSoFar: cuts.count)
                    } else if keepsHref {
                        link.read(
                            name, value: UnsafeBufferPointer(rebasing: bytes[index + 1..<close]),
                            attribute: nameStart..<close + 1, cutsSoFar: cuts.count)
                    }
                    index = close + 1
                } else {
                    link.doubtful = true
                    meta.doubtful = true
                    while index < count, !isBlank(bytes[index]), bytes[index] != 0x3E { index += 1 }
                }
            } else {
                // A bogus attribute: skipped up to a blank, ">" or "/>".
                while index < count, !isBlank(bytes[index]), bytes[index] != 0x3E,
                    !(bytes[index] == 0x2F && index + 1 < count && bytes[index + 1] == 0x3E)
                {
                    index += 1
                }
            }
        }
    }

    /// Attributes are kept for the attribute names of `HTMLName` (what extraction reads), `href` only on `<link>`;
    /// names with upper-case letters are kept too (libxml2 lower-cases them, this test does not).
    private static func keepsValue(of name: UnsafeBufferPointer<UInt8>, keepsHref: Bool) -> Bool {
        if name.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return true }
        if keptValues.contains(name) { return true }
        return keepsHref && hrefName.withUnsafeBufferPointer { ByteWordSet.equal(name, $0) }
    }

    /// `HTMLName`'s attribute names (its tag names are never read as attributes; `style` is both).
    private static let keptValues = ByteWordSet(
        HTMLName.allCases.filter { $0.isAttribute && $0 != .href }.map(\.rawValue))
    static let hrefName: [UInt8] = Array("href".utf8)
    private static let className: [UInt8] = Array("class".utf8)
    private static let linkName: [UInt8] = Array("link".utf8)

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// First characters of libxml2's `htmlParseHTMLName`: letters, `_`, `:`, `.`.
    @inline(__always) private static func isNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }

    /// Name characters of libxml2's `htmlParseHTMLName`: letters, digits, `:`, `-`, `_`, `.`.
    @inline(__always) private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F
            || byte == 0x2E
    }

    /// `memchr`: glibc's vector search runs at many bytes per cycle, a Swift loop at one.
    private static func nextByte(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let candidate = nextByte(needle[0], in: bytes, from: index) {
            guard candidate + needle.count <= bytes.count else { return nil }
            var matched = 1
            while matched < needle.count, bytes[candidate + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The first `needle` (lower-case ASCII starting with "<") in any case.
    private static func findCaseInsensitive(
        _ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        var index = start
        while let candidate = nextByte(0x3C, in: bytes, from: index) {
            guard candidate + needle.count <= bytes.count else { return nil }
            var matched = 1
            while matched < needle.count, HTMLText.lower(bytes[candidate + matched]) == needle[matched] { matched += 1 }
            if matched == needle.count { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func containsJSONLD(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        HTMLText.containsLowercased(UnsafeBufferPointer(rebasing: bytes[start..<end]), jsonLD)
    }

}
