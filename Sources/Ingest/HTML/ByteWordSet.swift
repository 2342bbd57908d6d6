/// A fixed set of short ASCII words, looked up by UTF-8 bytes without building a `String`.
///
/// Class-name reading tests every sub-word of every class and id on a page against a few word lists; hashing a
/// `String` per sub-word cost more than the rest of the reading. Words are stored in one flat buffer, filed by length and
/// first byte (or by first byte only, for prefix tests), so a look-up compares the few candidates byte by byte. The tables are built
/// once per process (static word lists) in buffers that are never freed, so a look-up retains and releases nothing.
///
///     let set = ByteWordSet(["ad", "nav"])
///     Array("nav".utf8).withUnsafeBufferPointer { set.contains($0) }  // true
struct ByteWordSet: @unchecked Sendable {
    /// The words, concatenated (immutable after `init`, hence the unchecked `Sendable`).
    private let storage: UnsafeBufferPointer<UInt8>
    /// The words' ranges in `storage`, filed by group (length × 256 + first byte for `contains`, first byte for
    /// `hasPrefixIn`).
    private let words: UnsafeBufferPointer<Range<Int>>
    /// Group `g` holds `words[groupStarts[g]..<groupStarts[g + 1]]`.
    private let groupStarts: UnsafeBufferPointer<Int>
    private let byFirstByte: Bool

    /// A set for exact look-ups (`contains`).
    init(_ words: some Sequence<String>) { self.init(words, byFirstByte: false) }

    /// A table for prefix and substring tests (`hasPrefixIn`, `occursIn`).
    static func prefixes(_ words: some Sequence<String>) -> ByteWordSet { ByteWordSet(words, byFirstByte: true) }

    private init(_ list: some Sequence<String>, byFirstByte: Bool) {
        var storage: [UInt8] = []
        var groups = [[Range<Int>]](repeating: [], count: byFirstByte ? 256 : 1)
        for word in list {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            let key = byFirstByte ? Int(first) : bytes.count << 8 | Int(first)
            while groups.count <= key { groups.append([]) }
            groups[key].append(storage.count..<storage.count + bytes.count)
            storage.append(contentsOf: bytes)
        }
        self.storage = ByteWordSet.permanent(storage)
        self.words = ByteWordSet.permanent(groups.flatMap { $0 })
        self.groupStarts = ByteWordSet.permanent(groups.reduce(into: [0]) { $0.append($0.last! + $1.count) })
        self.byFirstByte = byFirstByte
    }

    /// A copy that lives as long as the process (the sets are static tables).
    private static func permanent<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }

    /// True when the word is in the set.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !byFirstByte, let first = word.first else { return false }
        let group = word.count << 8 | Int(first)
        guard group + 1 < groupStarts.count else { return false }
        for index in groupStarts[group]..<groupStarts[group + 1] where matches(words[index], word, at: 0) {
            return true
        }
        return false
    }

    /// True when one of the words starts `text` at `offset`.
    func hasPrefixIn(_ text: UnsafeBufferPointer<UInt8>, at offset: Int = 0) -> Bool {
        guard byFirstByte, offset < text.count else { return false }
        let group = Int(text[offset])
        for index in groupStarts[group]..<groupStarts[group + 1] where matches(words[index], text, at: offset) {
            return true
        }
        return false
    }

    /// True when one of the words occurs anywhere in `text`.
    func occursIn(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard byFirstByte else { return false }
        for offset in 0..<text.count {
            // Most bytes start no word: their group is empty, and nothing is called for them.
            let group = Int(text[offset])
            let first = groupStarts[group]
            let last = groupStarts[group + 1]
            guard first < last else { continue }
            for index in first..<last where matches(words[index], text, at: offset) { return true }
        }
        return false
    }

    @inline(__always)
    private func matches(_ range: Range<Int>, _ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard range.count <= text.count - offset else { return false }
        var index = 0
        while index < range.count {
            if storage[range.lowerBound + index] != text[offset + index] { return false }
            index += 1
        }
        return true
    }

    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var index = 0
        while index < a.count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }

    @inline(__always)
    static func hasPrefix(_ word: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= word.count else { return false }
        var index = 0
        while index < prefix.count {
            if word[index] != prefix[index] { return false }
            index += 1
        }
        return true
    }
}
