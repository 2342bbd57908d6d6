import CLibXML2

/// Builds an `HTMLTree` from libxml2's HTML parser events (SAX), without libxml2's own document tree.
///
/// libxml2 decides the page's structure (which tags close which, where an implied `<p>` or `<body>` goes) from its
/// stack of open names, and reports it as start, text and end events; its DOM is only one listener of those events.
/// Listening directly skips a malloc'd node, a copied name and a copied string per node, and the walk that copied that
/// DOM into Swift. The tree is the one `xmlDocGetRootElement` would give, with these rules copied from libxml2's DOM
/// builder (`SAX2.c`): adjacent text events form one text node; text outside any element is dropped; an element that
/// starts after the root has closed joins the root when the root is the document's first node, and is lost otherwise
/// (behind a `<!DOCTYPE>` or a comment). Text runs of whitespace only become one space, and the content of elements
/// that no reader looks at (styles, non-JSON scripts, embedded media) is dropped as it streams by.
///
/// C pointers stay in this file. The builder is a struct reached through a pointer from the callbacks: a class's
/// stored properties would pay a dynamic exclusivity check on every event.
struct HTMLTreeBuilder {
    private(set) var tree = HTMLTree()
    /// Open elements, innermost last.
    private var stack: [Int32] = []
    /// Nesting inside a dropped element (0 when reading).
    private var skipping = 0
    /// Where the text run being gathered starts in `tree.bytes`, or -1.
    private var textStart: Int32 = -1
    private var rootIsFirstDocumentNode = true
    /// The closed root is on the stack only as the parent of an element that joined it after it closed.
    private var rootStandsIn = false
    /// Name pointers seen (libxml2 interns names per parse, so a pointer stands for its name) and their index.
    private var namePointers = [UInt](repeating: 0, count: 512)
    private var nameIndices = [Int32](repeating: 0, count: 512)
    private var namesSeen = 0

    /// Deeper nesting is never produced by libxml2; this keeps the tree's walks bounded anyway.
    private static let maximumDepth = 512
    private static let json: [UInt8] = Array("json".utf8)

    /// Parses `count` bytes in the given encoding; nil when libxml2 could not start (empty input).
    static func parse(_ buffer: UnsafePointer<CChar>, count: Int32, encoding: String, options: Int32) -> HTMLTree? {
        guard count > 0, let context = htmlCreateMemoryParserCtxt(buffer, count) else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let builder = UnsafeMutablePointer<HTMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: HTMLTreeBuilder())
        defer { builder.deinitialize(count: 1).deallocate() }
        guard let sax = context.pointee.sax else { return nil }
        sax.pointee = htmlSAXHandler()
        sax.pointee.startElement = { context, name, attributes in
            guard let context, let name else { return }
            context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.start(name, attributes)
        }
        sax.pointee.endElement = { context, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.end()
        }
        sax.pointee.characters = { context, text, length in
            guard let context, let text, length > 0 else { return }
            context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.characters(text, Int(length))
        }
        sax.pointee.cdataBlock = sax.pointee.characters
        sax.pointee.internalSubset = { context, _, _, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.rootIsFirstDocumentNode = false
        }
        sax.pointee.comment = { context, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.documentNodeOutsideElements()
        }
        sax.pointee.processingInstruction = { context, _, _ in
            guard let context else { return }
            context.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.documentNodeOutsideElements()
        }
        sax.pointee.initialized = 1
        context.pointee.userData = UnsafeMutableRawPointer(builder)
        _ = htmlCtxtUseOptions(context, options)
        // UTF-8 is libxml2's own encoding: told so by name, it reads the bytes in place, where a UTF-8 handler would
        // copy the page once more, chunk by chunk. The bytes are valid UTF-8 here (bad bytes were replaced), and
        // `HTML_PARSE_IGNORE_ENC` keeps a <meta> from switching.
        if encoding == "UTF-8" {
            _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        } else if let handler = xmlFindCharEncodingHandler(encoding) {
            _ = xmlSwitchToEncoding(context, handler)
        }
        _ = htmlParseDocument(context)
        if let document = context.pointee.myDoc {
            xmlFreeDoc(document)
            context.pointee.myDoc = nil
        }
        builder.pointee.endText()
        return builder.pointee.tree
    }

    /// A comment or processing instruction before the root makes it the document's first node instead of the root.
    private mutating func documentNodeOutsideElements() {
        if stack.isEmpty && tree.root < 0 { rootIsFirstDocumentNode = false }
    }

    private mutating func start(
        _ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        if skipping > 0 {
            skipping += 1
            return
        }
        endText()
        let parent: Int32
        if let last = stack.last {
            parent = last
        } else if tree.root < 0 {
            parent = -1
        } else if rootIsFirstDocumentNode {
            parent = tree.root
            stack.append(parent)
            rootStandsIn = true
        } else {
            // libxml2's DOM puts it beside the root, where no reader looks.
            skipping = 1
            return
        }
        let node = tree.openElement(name: intern(name), parent: parent)
        var dropsContent = tree.flags(node).contains(.unread) || stack.count >= HTMLTreeBuilder.maximumDepth
        let isScript = tree.code(node) == .script
        var scriptIsJSON = false
        if var pair = attributes {
            while let attributeName = pair.pointee {
                let nameIndex = intern(attributeName)
                let start = Int32(tree.bytes.count)
                if let value = pair.successor().pointee {
                    tree.bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
                }
                if isScript, tree.codes[Int(nameIndex)] == .type {
                    scriptIsJSON = HTMLText.containsLowercased(tree.bytes[Int(start)...], HTMLTreeBuilder.json)
                }
                tree.closeAttribute(of: node, name: nameIndex, start: start)
                pair += 2
            }
        }
        // Code is never read (only JSON-LD scripts are): skipping it saves most of a modern page's bytes.
        if isScript && !scriptIsJSON { dropsContent = true }
        stack.append(node)
        if dropsContent { skipping = 1 }
    }

    private mutating func end() {
        if skipping > 1 {
            skipping -= 1
            return
        }
        if skipping == 1 {
            skipping = 0
            // A dropped element beside the root was never opened.
            if stack.isEmpty { return }
        } else {
            endText()
        }
        _ = stack.popLast()
        if rootStandsIn, stack.count == 1 {
            stack.removeAll()
            rootStandsIn = false
        }
    }

    private mutating func characters(_ text: UnsafePointer<xmlChar>, _ length: Int) {
        guard skipping == 0, !stack.isEmpty else { return }
        if textStart < 0 { textStart = Int32(tree.bytes.count) }
        tree.bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
    }

    /// Closes the text run being gathered: whitespace only becomes one space.
    private mutating func endText() {
        guard textStart >= 0, let parent = stack.last else {
            textStart = -1
            return
        }
        let start = Int(textStart)
        textStart = -1
        if !tree.bytes[start...].contains(where: { !HTMLTreeBuilder.isASCIISpace($0) }) {
            // Most runs are one blank byte (the stripper shrinks blank runs): overwritten, nothing removed.
            tree.bytes[start] = 0x20
            let extra = tree.bytes.count - start - 1
            if extra > 0 { tree.bytes.removeLast(extra) }
        }
        tree.appendText(parent: parent, start: Int32(start))
    }

    @inline(__always) private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private mutating func intern(_ name: UnsafePointer<xmlChar>) -> Int32 {
        let key = UInt(bitPattern: name)
        var mask = namePointers.count - 1
        var slot = Int(truncatingIfNeeded: ((key >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while namePointers[slot] != 0 {
            if namePointers[slot] == key { return nameIndices[slot] }
            slot = (slot + 1) & mask
        }
        var string = String(cString: name)
        if string.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { string = string.lowercased() }
        let index = tree.intern(string)
        namePointers[slot] = key
        nameIndices[slot] = index
        namesSeen += 1
        if namesSeen * 2 > namePointers.count {
            // Rehash into a table twice the size.
            let oldPointers = namePointers
            let oldIndices = nameIndices
            namePointers = [UInt](repeating: 0, count: oldPointers.count * 2)
            nameIndices = [Int32](repeating: 0, count: oldPointers.count * 2)
            mask = namePointers.count - 1
            for (old, pointer) in oldPointers.enumerated() where pointer != 0 {
                var slot = Int(truncatingIfNeeded: ((pointer >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
                while namePointers[slot] != 0 { slot = (slot + 1) & mask }
                namePointers[slot] = pointer
                nameIndices[slot] = oldIndices[old]
            }
        }
        return index
    }
}
