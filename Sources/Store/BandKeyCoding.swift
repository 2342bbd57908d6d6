import Foundation

/// Band keys as a little-endian blob, kept per article so that pruning finds its `band` rows by primary key.
enum BandKeyCoding {
    static func encode(_ keys: [UInt64]) -> Data {
        var data = Data(capacity: keys.count * 8)
        for key in keys {
            withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func decode(_ data: Data) -> [UInt64] {
        var keys: [UInt64] = []
        keys.reserveCapacity(data.count / 8)
        var index = data.startIndex
        while index + 8 <= data.endIndex {
            var value: UInt64 = 0
            for offset in 0..<8 { value |= UInt64(data[index + offset]) << (8 * UInt64(offset)) }
            keys.append(value)
            index += 8
        }
        return keys
    }
}
