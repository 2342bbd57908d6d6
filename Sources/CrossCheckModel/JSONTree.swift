/// The values ``JSONTextEncoder`` is given, as one flat table of nodes, before they are written out.
///
/// A keyed container cannot write its members as they come, since sorted keys need them all, and `Encoder` never
/// says when a container is done; so the encoding is kept, then written. Keeping it flat (children linked by index,
/// every leaf's text in one shared buffer) costs an append per value, where a tree of objects and dictionaries cost an
/// allocation and a hash per member. Offsets are 32-bit: one value's JSON stays under 2 GB (a report's largest file,
/// `index.json`, is put together from its groups' files rather than encoded whole).
final class JSONTree {
    enum Kind: UInt8 {
        /// A node whose value asked for no container yet: written as an empty object, as `JSONEncoder` does.
        case unset
        case leaf
        case object
        case array
    }

    /// Plain numbers only, so that appending, reading and sorting nodes counts no references (with a `String` key
    /// per node, the 1.6 KB night's `plan`, mostly encoding group pages, took 7.8 CPU s against 7.0).
    struct Node {
        var kind: Kind
        /// Its key in the object above it, as UTF-8 offsets in ``keys``; empty in an array.
        var keyStart: Int32 = 0
        var keyEnd: Int32 = 0
        var parent: Int32
        /// A leaf's text in ``text``, as UTF-8 offsets.
        var start: Int32 = 0
        var end: Int32 = 0
        var first: Int32 = -1
        var last: Int32 = -1
        var next: Int32 = -1
    }

    let style: JSONString.Style
    // Unchecked exclusivity: a tree belongs to one `encode` call on one thread, and every access is an append or an
    // assignment that calls out to nothing holding the tree. Checked, the runtime's bookkeeping for each access was a
    // tenth of a night's encoding time.
    @exclusivity(unchecked) private(set) var nodes: [Node]
    /// Every leaf's JSON text, one after the other, as UTF-8.
    @exclusivity(unchecked) private(set) var text: [UInt8] = []
    /// Every object member's key, unescaped, one after the other, as UTF-8.
    @exclusivity(unchecked) private(set) var keys: [UInt8] = []

    init(style: JSONString.Style) {
        self.style = style
        nodes = [Node(kind: .unset, parent: -1)]
    }

    var root: Int { 0 }

    func children(of node: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[node].first
        while child >= 0 {
            result.append(Int(child))
            child = nodes[Int(child)].next
        }
        return result
    }

    /// The key of `node` in the object above it.
    func key(of node: Int) -> String {
        String(decoding: keys[Int(nodes[node].keyStart)..<Int(nodes[node].keyEnd)], as: UTF8.self)
    }

    /// A new node, last child of `parent`.
    func append(to parent: Int, key: String = "", kind: Kind = .unset) -> Int {
        let index = nodes.count
        let keyStart = Int32(keys.count)
        if !key.isEmpty {
            var key = key
            key.withUTF8 { keys.append(contentsOf: $0) }
        }
        nodes.append(Node(kind: kind, keyStart: keyStart, keyEnd: Int32(keys.count), parent: Int32(parent)))
        if nodes[parent].last >= 0 {
            nodes[Int(nodes[parent].last)].next = Int32(index)
        } else {
            nodes[parent].first = Int32(index)
        }
        nodes[parent].last = Int32(index)
        return index
    }

    /// Makes `node` a container of `kind`; asking a node for the same container again gives it back as it is.
    func become(_ node: Int, _ kind: Kind) {
        if nodes[node].kind == .unset { nodes[node].kind = kind }
    }

    /// Makes `node` a leaf whose JSON text `write` appends.
    func setLeaf(_ node: Int, _ write: (inout [UInt8]) -> Void) {
        nodes[node].kind = .leaf
        nodes[node].start = Int32(text.count)
        write(&text)
        nodes[node].end = Int32(text.count)
    }

    func setLeaf(_ node: Int, literal: StaticString) {
        setLeaf(node) {
            $0.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        }
    }

    func setLeaf(_ node: Int, string: String) {
        setLeaf(node) { JSONString.append(string, to: &$0, style: style) }
    }

    func setLeaf(_ node: Int, number value: some BinaryFloatingPoint & CustomStringConvertible) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: path(to: node), debugDescription: "\(value) is not valid JSON")
            )
        }
        // `JSONEncoder`'s form: the shortest text that reads back as the same value, without a trailing ".0".
        let description = value.description
        setLeaf(node) { $0.append(contentsOf: description.utf8.dropLast(description.hasSuffix(".0") ? 2 : 0)) }
    }

    func setLeaf(_ node: Int, integer value: some BinaryInteger) {
        setLeaf(node) { $0.append(contentsOf: String(value).utf8) }
    }

    /// The coding path of `node`, for errors: worked out only when one is thrown.
    func path(to node: Int) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var current = node
        while nodes[current].parent >= 0 {
            let parent = Int(nodes[current].parent)
            if nodes[parent].kind == .array {
                keys.append(IndexKey(intValue: children(of: parent).firstIndex(of: current) ?? 0))
            } else {
                keys.append(IndexKey(stringValue: key(of: current)))
            }
            current = parent
        }
        return keys.reversed()
    }

    /// A key of a coding path: an array position or an object key.
    struct IndexKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) {
            stringValue = "Index \(intValue)"
            self.intValue = intValue
        }
    }
}

extension JSONTree {
    /// The encoder handed to each value: it fills one node.
    struct NodeEncoder: Encoder {
        let tree: JSONTree
        let node: Int

        var codingPath: [any CodingKey] { tree.path(to: node) }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            tree.become(node, .object)
            return KeyedEncodingContainer(KeyedContainer<Key>(tree: tree, node: node))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            tree.become(node, .array)
            return UnkeyedContainer(tree: tree, node: node)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueContainer(tree: tree, node: node)
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let tree: JSONTree
        let node: Int

        var codingPath: [any CodingKey] { tree.path(to: node) }

        private func child(_ key: Key) -> Int { tree.append(to: node, key: key.stringValue) }

        mutating func encodeNil(forKey key: Key) throws { tree.setLeaf(child(key), literal: "null") }
        mutating func encode(_ value: Bool, forKey key: Key) throws {
            tree.setLeaf(child(key), literal: value ? "true" : "false")
        }
        mutating func encode(_ value: String, forKey key: Key) throws { tree.setLeaf(child(key), string: value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { try tree.setLeaf(child(key), number: value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { try tree.setLeaf(child(key), number: value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { tree.setLeaf(child(key), integer: value) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            try value.encode(to: NodeEncoder(tree: tree, node: child(key)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            KeyedEncodingContainer(
                KeyedContainer<NestedKey>(tree: tree, node: tree.append(to: node, key: key.stringValue, kind: .object)))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            UnkeyedContainer(tree: tree, node: tree.append(to: node, key: key.stringValue, kind: .array))
        }

        mutating func superEncoder() -> any Encoder {
            NodeEncoder(tree: tree, node: tree.append(to: node, key: "super"))
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(tree: tree, node: child(key)) }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let tree: JSONTree
        let node: Int
        private(set) var count = 0

        init(tree: JSONTree, node: Int) {
            self.tree = tree
            self.node = node
        }

        var codingPath: [any CodingKey] { tree.path(to: node) }

        private mutating func child(_ kind: JSONTree.Kind = .unset) -> Int {
            count += 1
            return tree.append(to: node, kind: kind)
        }

        mutating func encodeNil() throws { tree.setLeaf(child(), literal: "null") }
        mutating func encode(_ value: Bool) throws { tree.setLeaf(child(), literal: value ? "true" : "false") }
        mutating func encode(_ value: String) throws { tree.setLeaf(child(), string: value) }
        mutating func encode(_ value: Double) throws { try tree.setLeaf(child(), number: value) }
        mutating func encode(_ value: Float) throws { try tree.setLeaf(child(), number: value) }
        mutating func encode(_ value: Int) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: Int8) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: Int16) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: Int32) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: Int64) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: UInt) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: UInt8) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: UInt16) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: UInt32) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: UInt64) throws { tree.setLeaf(child(), integer: value) }
        mutating func encode(_ value: some Encodable) throws {
            try value.encode(to: NodeEncoder(tree: tree, node: child()))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            KeyedEncodingContainer(KeyedContainer<NestedKey>(tree: tree, node: child(.object)))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(tree: tree, node: child(.array))
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(tree: tree, node: child()) }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let tree: JSONTree
        let node: Int

        var codingPath: [any CodingKey] { tree.path(to: node) }

        mutating func encodeNil() throws { tree.setLeaf(node, literal: "null") }
        mutating func encode(_ value: Bool) throws { tree.setLeaf(node, literal: value ? "true" : "false") }
        mutating func encode(_ value: String) throws { tree.setLeaf(node, string: value) }
        mutating func encode(_ value: Double) throws { try tree.setLeaf(node, number: value) }
        mutating func encode(_ value: Float) throws { try tree.setLeaf(node, number: value) }
        mutating func encode(_ value: Int) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: Int8) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: Int16) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: Int32) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: Int64) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: UInt) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: UInt8) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: UInt16) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: UInt32) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: UInt64) throws { tree.setLeaf(node, integer: value) }
        mutating func encode(_ value: some Encodable) throws {
            try value.encode(to: NodeEncoder(tree: tree, node: node))
        }
    }
}
