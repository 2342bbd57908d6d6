import Foundation

/// Band keys as a little-endian blob, one per article in `signature`: the LSH buckets of a window are rebuilt from it.
enum BandKeyCoding {
    static func encode(_ keys: [UInt64]) -> Data {
        var data = Data(capacity: keys.count * 8)
        for key in keys {
            withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

}
