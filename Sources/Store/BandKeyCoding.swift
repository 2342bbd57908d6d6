import Foundation

/// 64-bit values as a little-endian blob: an article's band keys in `signature` (the LSH buckets of a window are
/// rebuilt from them), and a change record's member rows in `groupChange.memberRows`.
enum BandKeyCoding {
    static func encode(_ keys: [UInt64]) -> Data {
        var data = Data(capacity: keys.count * 8)
        for key in keys {
            withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// The values of a blob ``encode(_:)`` wrote; nil when its length is not a multiple of 8 (a damaged row).
    static func decode(_ data: Data) -> [UInt64]? {
        guard data.count % 8 == 0 else { return nil }
        return data.withUnsafeBytes { bytes in
            stride(from: 0, to: bytes.count, by: 8).map {
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: $0, as: UInt64.self))
            }
        }
    }
}
