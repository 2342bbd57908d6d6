internal import CZlib
import CrossCheckModel
import Foundation
internal import GRDB

/// Text stored deflated (zlib) in the index: a group's report JSON in each change record and, from schema v5, an
/// article's text when that makes it smaller (news text deflates about twofold at the fastest level: 2.6:1 for the
/// Arabic samples, 1.9–2.0:1 for the ECB+ and FA-KES dev texts).
///
/// A night records the full report of every group it changed, so that a re-run of the night writes the same pages;
/// as plain text that was most of what a night added to the index (0.74 GB for 82,596 articles) and, through the WAL
/// and its checkpoint, twice as many bytes written while the report files were being written. JSON deflates about
/// tenfold at zlib's fastest level. The blob is the magic `CCZ1`, the text's UTF-8 length (8 bytes, little-endian)
/// and a zlib stream at the fastest level, as `compress2` makes it (rows of earlier nights were made by it); a value
/// without the magic is plain text (an index written before v3).
///
///     let blob = CompressedText.compress(json)
///     CompressedText.text(of: blob) == json  // true
enum CompressedText {
    static let magic = Data("CCZ1".utf8)

    /// One text's blob (``TextDeflater`` makes it; a night deflates its reports with ``compress(all:)``).
    static func compress(_ text: String) -> Data {
        TextDeflater().compress(text)
    }

    /// Many texts at once, on every core: each thread deflates a slice with a stream of its own (``TextDeflater``),
    /// reset between texts, into the same blobs as ``compress(_:)`` gives for `preparing(text)`. `preparing` runs in
    /// the same tasks, so that the text it makes is deflated while it is still in the core's cache.
    static func compress(all texts: [String], preparing: @Sendable (String) -> String = { $0 }) -> [Data] {
        let size = max(1, (texts.count + 15) / 16)
        let slices = stride(from: 0, to: texts.count, by: size).map { texts[$0..<min(texts.count, $0 + size)] }
        return ParallelMap.map(slices) { slice in
            let deflater = TextDeflater()
            return slice.map { deflater.compress(preparing($0)) }
        }.flatMap { $0 }
    }

    /// Writes the blob's header, the magic and the text's UTF-8 length (8 bytes, little-endian), at `base`.
    static func writeHeader(length: Int, to base: UnsafeMutablePointer<UInt8>) {
        for (offset, byte) in magic.enumerated() { base[offset] = byte }
        for offset in 0..<8 { base[magic.count + offset] = UInt8(truncatingIfNeeded: UInt64(length) >> (8 * offset)) }
    }

    /// The text a column holds in either form: text as it is (stored plainly, or before the column held blobs), a blob
    /// inflated. Nil for NULL, or for a blob that is not one ``compress(_:)`` made or does not inflate: a damaged file.
    static func text(stored value: DatabaseValue) -> String? {
        switch value.storage {
        case .string(let text): text
        case .blob(let blob): text(of: blob)
        default: nil
        }
    }

    /// The text of a stored blob, or nil when it is not one that ``compress(_:)`` made or it does not inflate.
    static func text(of blob: Data) -> String? {
        guard blob.count >= magic.count + 8, blob.prefix(magic.count) == magic else { return nil }
        let length = blob.dropFirst(magic.count).prefix(8).enumerated().reduce(UInt64(0)) {
            $0 | UInt64($1.element) << (8 * UInt64($1.offset))
        }
        guard length < 1 << 34 else { return nil }
        var output = [UInt8](repeating: 0, count: Int(length))
        var produced = uLong(length)
        let payload = blob.dropFirst(magic.count + 8)
        let status = payload.withUnsafeBytes { input in
            output.withUnsafeMutableBufferPointer { buffer in
                uncompress(
                    buffer.baseAddress, &produced, input.bindMemory(to: UInt8.self).baseAddress,
                    uLong(input.count))
            }
        }
        guard status == Z_OK, produced == uLong(length) else { return nil }
        return String(decoding: output, as: UTF8.self)
    }
}
