/// Encodes `Encodable` values as JSON text, byte for byte as Foundation's `JSONEncoder` writes them with the same
/// formatting (pretty printing, sorted keys, slashes escaped or not), without Foundation.
///
/// The report writer encodes every group page of a run, hundreds of megabytes a night. `JSONEncoder` spent most of
/// that time in its own machinery rather than in the text: a dictionary per object, a dynamic cast per value to find
/// dates and URLs, string comparisons to sort keys, reference counting on each. This encoder keeps one flat table of
/// nodes (``JSONTree``), its leaves' text in one buffer, and writes the whole in one pass; the types keep a single
/// definition of their JSON, their `Codable` conformance.
///
/// What it does not do: `JSONEncoder`'s strategies (dates, data, keys, non-conforming floats). A `Date`, `Data` or
/// `URL` is written as its own `Codable` conformance writes it, which is not what `JSONEncoder` writes; the report
/// types hold none, and the tests compare the two encoders on every report type. A non-finite number throws
/// `EncodingError.invalidValue`, as `JSONEncoder` does by default.
///
///     let text = try JSONTextEncoder(prettyPrinted: true, sortedKeys: true, style: .inert).encode(report)
public struct JSONTextEncoder: Sendable {
    /// Indented by two spaces a level, `"key" : value`, as `.prettyPrinted`; otherwise compact.
    public var prettyPrinted: Bool
    /// Object keys in the order of their UTF-8 bytes, as `.sortedKeys`; otherwise in the order encoded (where
    /// `JSONEncoder` writes them in hash order, different from one encoding to the next).
    public var sortedKeys: Bool
    /// How strings (keys too) are escaped.
    public var style: JSONString.Style

    public init(prettyPrinted: Bool = false, sortedKeys: Bool = false, style: JSONString.Style = .jsonEncoder) {
        self.prettyPrinted = prettyPrinted
        self.sortedKeys = sortedKeys
        self.style = style
    }

    public func encode(_ value: some Encodable) throws -> String {
        let tree = JSONTree(style: style)
        try value.encode(to: JSONTree.NodeEncoder(tree: tree, node: tree.root))
        var out: [UInt8] = []
        out.reserveCapacity(tree.text.count + tree.nodes.count * (prettyPrinted ? 24 : 8))
        write(tree.root, of: tree, depth: 0, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(_ node: Int, of tree: JSONTree, depth: Int, to out: inout [UInt8]) {
        let entry = tree.nodes[node]
        switch entry.kind {
        case .leaf:
            tree.text.withUnsafeBufferPointer {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[tree.leaf(node)]))
            }
        case .object, .unset:
            var children = tree.children(of: node)
            if sortedKeys && children.count > 1 {
                children.sort { tree.nodes[$0].key.utf8.lexicographicallyPrecedes(tree.nodes[$1].key.utf8) }
            }
            container(children, of: tree, depth: depth, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), to: &out) {
                child, out in
                JSONString.append(tree.nodes[child].key, to: &out, style: style)
                if prettyPrinted { out.append(UInt8(ascii: " ")) }
                out.append(UInt8(ascii: ":"))
                if prettyPrinted { out.append(UInt8(ascii: " ")) }
            }
        case .array:
            container(
                tree.children(of: node), of: tree, depth: depth, open: UInt8(ascii: "["), close: UInt8(ascii: "]"),
                to: &out
            ) { _, _ in }
        }
    }

    /// An object's or array's children between `open` and `close`; `label` writes what comes before each value.
    ///
    /// Pretty printed, an empty container is its brackets around an empty line, as `JSONEncoder` writes it.
    private func container(
        _ children: [Int], of tree: JSONTree, depth: Int, open: UInt8, close: UInt8, to out: inout [UInt8],
        label: (Int, inout [UInt8]) -> Void
    ) {
        out.append(open)
        for (index, child) in children.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if prettyPrinted { newline(depth + 1, to: &out) }
            label(child, &out)
            write(child, of: tree, depth: depth + 1, to: &out)
        }
        if prettyPrinted {
            if children.isEmpty { out.append(UInt8(ascii: "\n")) }
            newline(depth, to: &out)
        }
        out.append(close)
    }

    private func newline(_ depth: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}
