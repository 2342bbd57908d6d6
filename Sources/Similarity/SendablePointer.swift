/// An output buffer that parallel workers fill at disjoint indices, owned by someone else.
///
/// Unlike ``SharedBuffer`` it does not own its memory: it wraps the buffer of
/// `Array(unsafeUninitializedCapacity:initializingWith:)` so that a large result (a million signatures) is written
/// in place instead of being copied out of a temporary buffer.
struct SendablePointer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
