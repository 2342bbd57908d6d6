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
        if tree.nodes[tree.root].kind == .unset {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "\(type(of: value)) encoded no value"))
        }
        // The table, the text and the keys taken out of the tree once: read through buffers, with no reference
        // counting and no exclusivity check per node.
        let nodes = tree.nodes
        let text = tree.text
        let keys = tree.keys
        var out: [UInt8] = []
        out.reserveCapacity(text.count + nodes.count * (prettyPrinted ? 24 : 8))
        nodes.withUnsafeBufferPointer { nodes in
            text.withUnsafeBufferPointer { text in
                keys.withUnsafeBufferPointer { keys in
                    var writer = Writer(format: self, nodes: nodes, text: text, keys: keys)
                    writer.write(tree.root, depth: 0, to: &out)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the nodes out, from the root down.
    private struct Writer {
        let format: JSONTextEncoder
        let nodes: UnsafeBufferPointer<JSONTree.Node>
        let text: UnsafeBufferPointer<UInt8>
        let keys: UnsafeBufferPointer<UInt8>
        /// The sorted children of the objects being written, outermost first: each object puts its own on top and
        /// takes them off when done, so one array serves the whole encoding rather than one per object.
        var order: [Int32] = []

        mutating func write(_ node: Int, depth: Int, to out: inout [UInt8]) {
            switch nodes[node].kind {
            case .leaf:
                out.append(
                    contentsOf: UnsafeBufferPointer(rebasing: text[Int(nodes[node].start)..<Int(nodes[node].end)]))
            case .object, .unset:
                if format.sortedKeys && nodes[node].first != nodes[node].last {
                    let base = order.count
                    var child = nodes[node].first
                    while child >= 0 {
                        order.append(child)
                        child = nodes[Int(child)].next
                    }
                    let (nodes, keys) = (self.nodes, self.keys)
                    order[base...].sort { Self.precedes(nodes[Int($0)], nodes[Int($1)], keys) }
                    container(sorted: base..<order.count, node: node, depth: depth, object: true, to: &out)
                    order.removeSubrange(base...)
                } else {
                    container(sorted: nil, node: node, depth: depth, object: true, to: &out)
                }
            case .array:
                container(sorted: nil, node: node, depth: depth, object: false, to: &out)
            }
        }

        /// Whether the key of `a` comes before that of `b` in the order of their UTF-8 bytes.
        @inline(__always)
        private static func precedes(_ a: JSONTree.Node, _ b: JSONTree.Node, _ keys: UnsafeBufferPointer<UInt8>)
            -> Bool
        {
            var (i, j) = (Int(a.keyStart), Int(b.keyStart))
            let (endA, endB) = (Int(a.keyEnd), Int(b.keyEnd))
            while i < endA && j < endB {
                if keys[i] != keys[j] { return keys[i] < keys[j] }
                i += 1
                j += 1
            }
            return i == endA && j < endB
        }

        /// An object's or array's children, in the order sorted into the range `sorted` of ``order``, or as they
        /// were encoded; pretty printed, an empty container is its brackets around an empty line, as `JSONEncoder`
        /// writes it. (Nested objects put their own children above the range and take them off again.)
        private mutating func container(
            sorted: Range<Int>?, node: Int, depth: Int, object: Bool, to out: inout [UInt8]
        ) {
            out.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
            var index = 0
            var child = sorted.map { order[$0.lowerBound] } ?? nodes[node].first
            while child >= 0 {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if format.prettyPrinted { newline(depth + 1, to: &out) }
                if object {
                    let member = nodes[Int(child)]
                    JSONString.append(
                        utf8: UnsafeBufferPointer(rebasing: keys[Int(member.keyStart)..<Int(member.keyEnd)]), to: &out,
                        style: format.style)
                    if format.prettyPrinted { out.append(UInt8(ascii: " ")) }
                    out.append(UInt8(ascii: ":"))
                    if format.prettyPrinted { out.append(UInt8(ascii: " ")) }
                }
                write(Int(child), depth: depth + 1, to: &out)
                index += 1
                if let sorted {
                    child = index < sorted.count ? order[sorted.lowerBound + index] : -1
                } else {
                    child = nodes[Int(child)].next
                }
            }
            if format.prettyPrinted {
                if index == 0 { out.append(UInt8(ascii: "\n")) }
                newline(depth, to: &out)
            }
            out.append(object ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }

        private func newline(_ depth: Int, to out: inout [UInt8]) {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
    }
}
