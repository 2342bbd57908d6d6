import Foundation

/// One-call gzip decompression on top of `GzipReader`, with a size limit.
///
/// Article files are small, so reading them whole is simplest; the limit protects the batch from a damaged file or a
/// decompression bomb, which would otherwise exhaust memory and stop every other input too.
///
///     let text = try GzipDecoder.decompress(Data(contentsOf: url), source: url.path)
public enum GzipDecoder {
    /// The largest decompressed size `decompress` accepts by default (1 GiB).
    public static let defaultLimit = 1 << 30

    /// True when the data starts with the gzip magic bytes `1F 8B`.
    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// Decompresses all members of a gzip stream.
    /// - Parameters:
    ///   - data: the compressed bytes.
    ///   - source: the name used in error messages, usually the file path.
    ///   - limit: the largest decompressed size accepted.
    /// - Throws: `IngestError.truncatedGzip`, `.corruptGzip` or `.decompressedTooLarge`.
    public static func decompress(_ data: Data, source: String = "gzip data", limit: Int = defaultLimit) throws -> Data
    {
        let reader = try GzipReader(data: data, source: source)
        var output = Data()
        while let chunk = try reader.next() {
            guard output.count + chunk.count <= limit else {
                throw IngestError.decompressedTooLarge(source: source, limit: limit)
            }
            output.append(chunk)
        }
        return output
    }
}
