/// A growable run of bytes whose appends are one `memcpy`, for the block scanner's inline text.
///
/// The scanner appends every text run of a page to the text of the block being read; an `Array` append of a
/// buffer went through the generic element copy and a uniqueness check each time. The buffer is owned by one walk
/// (non-copyable) and freed when the walk ends.
///
///     var buffer = ByteBuffer()
///     buffer.append(0x61)
///     buffer.bytes.count  // 1
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The bytes appended so far, valid until the next append.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        reserve(count + source.count)
        (base + count).initialize(from: from, count: source.count)
        count += source.count
    }

    mutating func append(_ byte: UInt8) {
        reserve(count + 1)
        base[count] = byte
        count += 1
    }

    mutating func removeAll() { count = 0 }

    private mutating func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.initialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }
}
