internal import CZlib
import Foundation

/// One zlib stream kept open to deflate many texts into ``CompressedText``'s blobs, reset between them.
///
/// `compress2`, which made the blobs until the twentieth session, sets a stream up for each call: some 256 KB of
/// state allocated, and its hash table cleared. For the 29,261 reports (12 KB on average) of the 1M-index measurement
/// night, that setup was a third of the deflate: in C, on one core, 3.2 s with `compress2` against 2.0–2.2 s with one
/// stream reset between reports, the same 58.6 MB out. A reset stream deflates with `compress2`'s parameters (the
/// fastest level, `deflateInit`'s defaults), so its output is the same; each thread of
/// ``CompressedText/compress(all:)`` has its own stream.
///
///     let deflater = TextDeflater()
///     let blobs = reports.map { deflater.compress($0) }
final class TextDeflater {
    /// Heap-allocated: zlib's state points back to its stream, which must not move.
    private let stream: UnsafeMutablePointer<z_stream>

    init() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = cc_deflateInitFastest(stream)
        precondition(status == Z_OK, "zlib deflateInit failed (\(status))")
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// The blob of `text`: the magic, the UTF-8 length (8 bytes, little-endian) and the zlib stream.
    func compress(_ text: String) -> Data {
        let status = deflateReset(stream)
        precondition(status == Z_OK, "zlib deflateReset failed (\(status))")
        var text = text
        return text.withUTF8 { utf8 -> Data in
            let header = CompressedText.magic.count + 8
            let capacity = Int(deflateBound(stream, uLong(utf8.count)))
            var output = Data(count: header + capacity)
            let produced = output.withUnsafeMutableBytes { raw -> Int in
                let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
                CompressedText.writeHeader(length: utf8.count, to: base)
                stream.pointee.next_in = UnsafeMutablePointer(mutating: utf8.baseAddress)
                stream.pointee.avail_in = uInt(utf8.count)
                stream.pointee.next_out = base + header
                stream.pointee.avail_out = uInt(capacity)
                let status = deflate(stream, Z_FINISH)
                precondition(
                    status == Z_STREAM_END, "zlib deflate failed (\(status)) with a buffer of deflateBound size")
                return Int(stream.pointee.total_out)
            }
            output.count = header + produced
            return output
        }
    }
}
