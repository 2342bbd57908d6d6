/// A fixed set of short ASCII words, looked up by UTF-8 bytes without building a `String`.
///
/// Class-name reading tests every sub-word of every class and id on a page against a few word lists; hashing a
/// `String` per sub-word cost more than the rest of the reading. Words are filed by length, so a look-up compares
/// the few words of the same length byte by byte.
///
///     let set = ByteWordSet(["ad", "nav"])
///     Array("nav".utf8).withUnsafeBufferPointer { set.contains($0) }  // true
struct ByteWordSet: Sendable {
    private let byLength: [[[UInt8]]]

    init(_ words: some Sequence<String>) {
        var table: [[[UInt8]]] = []
        for word in words {
            let bytes = Array(word.utf8)
            while table.count <= bytes.count { table.append([]) }
            table[bytes.count].append(bytes)
        }
        byLength = table
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count < byLength.count else { return false }
        for candidate in byLength[word.count] where candidate.withUnsafeBufferPointer({ ByteWordSet.equal($0, word) }) {
            return true
        }
        return false
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
