/// A fixed-size buffer that parallel workers fill at disjoint indices.
///
/// `DispatchQueue.concurrentPerform` closures must be `Sendable`; the buffer is a class marked `@unchecked Sendable`
/// because the callers guarantee that no two iterations write the same index and nobody reads until all are done.
final class SharedBuffer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Element>

    init(repeating value: Element, count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: value)
    }

    deinit {
        pointer.deinitialize()
        pointer.deallocate()
    }

    var array: [Element] { Array(pointer) }
}
